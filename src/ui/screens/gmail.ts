// The Gmail contextual card: the open message's sender and recipients, which of my labels hold each, and adding the
// sender to a label in two clicks (pick a label -> prefilled form -> save).
import type { CardView, WidgetView } from '../card-model';
import type { Translate } from '../i18n';
import { act, btn, buttons, deco, dropdown, para, section } from '../widgets';

export const GMAIL_PARTIES_SHOWN = 40;

export interface LabelRef {
  id: string;
  name: string;
}

export interface GmailParty {
  email: string;
  name: string;
  role: 'from' | 'to' | 'cc';
  /** Labels I can see that hold a contact with this address. */
  labels: LabelRef[];
}

export interface GmailData {
  subject: string;
  parties: GmailParty[];
  /** Labels I may add contacts to (editor or more, not filled by a feed). */
  addable: LabelRef[];
}

function partyWidget(p: GmailParty, addable: LabelRef[], t: Translate): WidgetView {
  const missing = addable.filter((l) => !p.labels.some((h) => h.id === l.id));
  return deco(p.name || p.email, {
    top: `${t(`gmail.${p.role}` as const)}${p.name ? ` · ${p.email}` : ''}`,
    bottom: p.labels.length ? t('gmail.inLabels', { labels: p.labels.map((l) => l.name).join(', ') }) : t('gmail.inNoLabel'),
    onClick: p.labels.length ? act('onOpenLabel', { labelId: p.labels[0].id }) : undefined,
    button: missing.length ? btn(t('gmail.add'), 'onGmailPickLabel', { email: p.email, name: p.name }) : undefined,
  });
}

export function gmailScreen(d: GmailData, t: Translate): CardView {
  const shown = d.parties.slice(0, GMAIL_PARTIES_SHOWN);
  const people: WidgetView[] = shown.map((p) => partyWidget(p, d.addable, t));
  if (d.parties.length > shown.length) people.push(para(t.plural('gmail.more', d.parties.length - shown.length)));
  if (people.length === 0) people.push(para(t('gmail.nobody')));
  const sender = d.parties.find((p) => p.role === 'from');
  const targets = sender ? d.addable.filter((l) => !sender.labels.some((h) => h.id === l.id)) : [];
  const quickAdd: WidgetView[] =
    sender && targets.length
      ? [
          dropdown('gmailLabel', t('gmail.pickLabel'), targets.map((l) => ({ text: l.name, value: l.id }))),
          buttons(btn(t('gmail.addSenderButton'), 'onGmailAddForm', { email: sender.email, name: sender.name }, true)),
        ]
      : [];
  return {
    name: 'gmail',
    header: { title: t('gmail.title'), subtitle: d.subject || undefined },
    sections: [
      ...section(sender ? t('gmail.addSender', { name: sender.name || sender.email }) : undefined, quickAdd),
      ...section(t('gmail.people'), people),
    ],
  };
}

/** Step one for anyone but the sender: which label to add them to. */
export function pickLabelScreen(person: { email: string; name: string }, labels: LabelRef[], t: Translate): CardView {
  const list = labels.slice(0, 90).map((l) => deco(l.name, { onClick: act('onNewContactForm', { labelId: l.id, email: person.email, name: person.name }) }));
  return {
    name: 'pickLabel',
    header: { title: t('gmail.pickTitle', { name: person.name || person.email }) },
    sections: [{ widgets: list.length ? list : [para(t('gmail.noLabelToAdd'))] }],
  };
}

/** The contextual card when the message could not be read or Shared Labels is not set up: the reason, and home. */
export function gmailNoticeScreen(message: string, t: Translate): CardView {
  return {
    name: 'gmail',
    header: { title: t('gmail.title') },
    sections: [{ widgets: [para(message), buttons(btn(t('gmail.openHome'), 'onOpenHome'))] }],
  };
}
