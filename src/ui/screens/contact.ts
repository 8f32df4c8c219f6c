// Contact: its fields, the labels it is in, the comments (who, when, text) with a form to add one, and edit/remove for
// those whose role allows; plus the add/edit form itself.
import type { ContactDetailOutput } from '../../app/queries/contact-detail';
import { can } from '../../core/role';
import type { CardView, WidgetView } from '../card-model';
import type { Formatter } from '../format';
import type { Translate } from '../i18n';
import type { ContactFormValues } from '../person-form';
import { act, btn, buttons, deco, dropdown, input, para, section } from '../widgets';
import { roleName } from './common';

/** Comments shown on the card: the latest ones (a long thread would pass the widget limit). */
export const COMMENTS_SHOWN = 30;

const KNOWN_TYPES = { work: 'contact.type.work', home: 'contact.type.home', mobile: 'contact.type.mobile', other: 'contact.type.misc', main: 'contact.type.main' } as const;

/** "Email (work)": People's standard types in the user's language, a custom type as typed. */
function typeLabel(base: string, type: string | undefined, t: Translate): string {
  if (!type) return base;
  const key = type.toLowerCase();
  return `${base} (${Object.prototype.hasOwnProperty.call(KNOWN_TYPES, key) ? t(KNOWN_TYPES[key as keyof typeof KNOWN_TYPES]) : type})`;
}

function detailWidgets(d: ContactDetailOutput, t: Translate, fmt: Formatter): WidgetView[] {
  const p = d.contact.person;
  const out: WidgetView[] = [];
  for (const e of p.emailAddresses) out.push(deco(e.value, { top: typeLabel(t('contact.email'), e.type, t) }));
  for (const e of p.phoneNumbers) out.push(deco(e.value, { top: typeLabel(t('contact.phone'), e.type, t) }));
  for (const o of p.organizations) {
    const text = [o.name, o.department].filter(Boolean).join(', ');
    if (text || o.title) out.push(deco(text || (o.title ?? ''), { top: t('contact.company'), bottom: text ? o.title : undefined }));
  }
  for (const a of p.addresses) {
    const text = a.formattedValue ?? [a.streetAddress, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ');
    out.push(deco(text, { top: typeLabel(t('contact.address'), a.type, t) }));
  }
  for (const u of p.urls) out.push(deco(u.value, { top: typeLabel(t('contact.website'), u.type, t) }));
  if (p.birthdays) out.push(deco(fmt.day(p.birthdays.month, p.birthdays.day, p.birthdays.year), { top: t('contact.birthday') }));
  for (const f of p.userDefined) out.push(deco(f.value, { top: f.key }));
  if (p.biographies) out.push(deco(p.biographies, { top: t('contact.notes') }));
  return out.slice(0, 90);
}

export interface ContactScreenOptions {
  /** The label the contact was opened from (comments go there by default; "remove" removes from it). */
  labelId: string | null;
  /** Where the contact was opened from ('label' or 'search'): where a removal returns. */
  from: string;
}

export function contactScreen(d: ContactDetailOutput, opts: ContactScreenOptions, t: Translate, fmt: Formatter): CardView {
  const c = d.contact;
  const from = d.labels.find((l) => l.id === opts.labelId) ?? d.labels[0];
  const labelNames = new Map(d.labels.map((l) => [l.id, l.name]));
  const shown = d.comments.slice(-COMMENTS_SHOWN);
  const comments: WidgetView[] = [];
  if (d.comments.length > shown.length) comments.push(para(t.plural('contact.earlierComments', d.comments.length - shown.length)));
  for (const k of shown) {
    comments.push(
      deco(k.text, {
        top: `${k.by} · ${fmt.dateTime(k.at)}`,
        bottom: d.labels.length > 1 ? labelNames.get(k.labelId) : undefined,
      }),
    );
  }
  if (d.comments.length === 0) comments.push(para(t('contact.noComments')));
  const commentForm: WidgetView[] = [input('commentText', t('contact.commentInput'), { multiline: true })];
  if (d.labels.length > 1) {
    commentForm.push(dropdown('commentLabel', t('contact.commentLabel'), d.labels.map((l) => ({ text: l.name, value: l.id })), from?.id));
  }
  const ref = { contactId: c.id, labelId: from?.id ?? '', from: opts.from };
  commentForm.push(buttons(btn(t('contact.commentButton'), 'onAddComment', ref)));
  const actions = [];
  if (can(d.role, 'editContact') && !c.fromFeed) actions.push(btn(t('contact.edit'), 'onEditContactForm', ref));
  if (from && can(from.role, 'removeContact') && !c.fromFeed) actions.push(btn(t('contact.remove', { label: from.name }), 'onRemoveContact', ref));
  const org = c.person.organizations[0];
  const details = detailWidgets(d, t, fmt);
  return {
    name: 'contact',
    header: { title: c.displayName || t('contact.noName'), subtitle: [org?.title, org?.name].filter(Boolean).join(', ') || undefined },
    sections: [
      ...section(t('contact.details'), details.length ? details : [para(t('contact.noDetails'))]),
      ...section(t('contact.labels'), d.labels.slice(0, 90).map((l) => deco(l.name, { bottom: roleName(l.role, t), onClick: act('onOpenLabel', { labelId: l.id }) }))),
      ...section(t('contact.comments'), comments),
      ...section(t('contact.addComment'), commentForm),
      ...section(undefined, [
        ...(actions.length ? [buttons(...actions)] : []),
        para(t('contact.changed', { when: fmt.dateTime(c.updatedAt), who: c.updatedBy, revision: c.revision })),
      ]),
    ],
  };
}

/** `back`: where Save returns ('label', 'gmail' for a contact added from a message, 'search'). */
export type ContactFormMode =
  | { kind: 'new'; labelId: string; labelName: string; back: string }
  | { kind: 'edit'; contactId: string; revision: number; labelId: string; name: string; back: string };

export function contactFormScreen(mode: ContactFormMode, v: ContactFormValues, t: Translate): CardView {
  const save =
    mode.kind === 'new'
      ? btn(t('form.save'), 'onAddContact', { labelId: mode.labelId, back: mode.back }, true)
      : btn(t('form.save'), 'onUpdateContact', { contactId: mode.contactId, revision: String(mode.revision), labelId: mode.labelId, back: mode.back }, true);
  return {
    name: 'contactForm',
    header: mode.kind === 'new' ? { title: t('form.newTitle'), subtitle: mode.labelName } : { title: t('form.editTitle'), subtitle: mode.name },
    sections: [
      {
        widgets: [
          input('givenName', t('form.givenName'), { value: v.givenName }),
          input('familyName', t('form.familyName'), { value: v.familyName }),
          input('emails', t('form.emails'), { value: v.emails, hint: t('form.severalHint') }),
          input('phones', t('form.phones'), { value: v.phones, hint: t('form.severalHint') }),
          input('company', t('form.company'), { value: v.company }),
          input('jobTitle', t('form.jobTitle'), { value: v.jobTitle }),
          input('address', t('form.address'), { value: v.address, multiline: true }),
          input('notes', t('form.notes'), { value: v.notes, multiline: true }),
        ],
      },
      { widgets: [buttons(save, btn(t('common.cancel'), 'onBack'))] },
    ],
  };
}
