// The Gmail contextual card and its two-click "add sender to a label": the open message's header addresses, which of
// my labels hold each, a label picker and the prefilled new-contact form.
import { normalizeEmail } from '../../core/email';
import { isAppError } from '../../core/errors';
import type { MessageHeaders, MessageParty } from '../../core/ports/gmail';
import { roleAtLeast } from '../../core/role';
import type { CardView } from '../../ui/card-model';
import { emptyForm, splitName } from '../../ui/person-form';
import { contactFormScreen } from '../../ui/screens/contact';
import { gmailNoticeScreen, gmailScreen, pickLabelScreen, type GmailParty, type LabelRef } from '../../ui/screens/gmail';
import { overview, type Overview } from '../../ui/overview';
import { cardAction, cardTrigger, query, readOnce, Refusal, unwrap, type CardEnv } from './frame';
import { LABEL_LIST_TABLES, visibleLabels, type VisibleLabels } from './home';

/** Labels I may add contacts to: mine and those shared with me as editor or more, unless a feed fills them. */
function addableLabels(v: VisibleLabels, ov: Overview): LabelRef[] {
  const mine = v.owned.map((l) => ({ id: l.id, name: l.name }));
  const shared = v.shared.filter((l) => roleAtLeast(l.role, 'editor') && !l.pendingInvitation).map((l) => ({ id: l.id, name: l.name }));
  return [...mine, ...shared].filter((l) => ov.labels[l.id] && !ov.labels[l.id].feed);
}

function parties(h: MessageHeaders, actor: string): Array<MessageParty & { role: GmailParty['role'] }> {
  const seen = new Set<string>([normalizeEmail(actor)]);
  const out: Array<MessageParty & { role: GmailParty['role'] }> = [];
  const add = (p: MessageParty | null, role: GmailParty['role']) => {
    if (!p || seen.has(p.email)) return;
    seen.add(p.email);
    out.push({ ...p, role });
  };
  add(h.from, 'from');
  h.to.forEach((p) => add(p, 'to'));
  h.cc.forEach((p) => add(p, 'cc'));
  return out;
}

export function gmailCard(env: CardEnv): CardView {
  const g = env.e?.gmail;
  if (!g?.messageId || !g.accessToken) return gmailNoticeScreen(env.t('gmail.noMessage'), env.t);
  const setup = env.setup();
  if (!setup.spreadsheetId) {
    return gmailNoticeScreen(setup.adminEmail ? env.t('home.notReadyAdmin', { admin: setup.adminEmail }) : env.t('home.notReady'), env.t);
  }
  let headers: MessageHeaders;
  try {
    headers = env.gmail().headers(g.messageId, g.accessToken);
  } catch (err) {
    if (isAppError(err)) return gmailNoticeScreen(env.t.error(err), env.t);
    throw err;
  }
  const people = parties(headers, env.ctx.actor);
  const view = readOnce(env, LABEL_LIST_TABLES);
  const v = visibleLabels(view);
  const ov = unwrap(overview(view.ctx, v.ids, people.map((p) => p.email)));
  const list: GmailParty[] = people.map((p) => ({
    email: p.email,
    name: p.name,
    role: p.role,
    labels: (ov.holding[p.email] ?? []).map((id) => ({ id, name: v.names[id] ?? '' })),
  }));
  return gmailScreen({ subject: headers.subject, parties: list, addable: addableLabels(v, ov) }, env.t);
}

function prefilledForm(env: CardEnv, labelId: string): CardView {
  const detail = query(env, 'labelDetail', { labelId, pageSize: 1 });
  const v = emptyForm();
  v.emails = (env.params.email ?? '').slice(0, 320);
  Object.assign(v, splitName((env.params.name ?? '').slice(0, 200)));
  return contactFormScreen({ kind: 'new', labelId, labelName: detail.label.name, back: 'gmail' }, v, env.t);
}

export const GMAIL_ENTRY_POINTS = {
  onGmailMessage: cardTrigger('onGmailMessage', (env) => gmailCard(env)),

  /** Click one: the label picked in the dropdown opens the prefilled form (click two is its Save). */
  onGmailAddForm: cardAction('onGmailAddForm', (env) => {
    const labelId = env.form('gmailLabel');
    if (!labelId) throw new Refusal({ key: 'gmail.pickFirst', message: 'Pick a label first.' });
    return { nav: [{ push: prefilledForm(env, labelId) }] };
  }),

  onGmailPickLabel: cardAction('onGmailPickLabel', (env) => {
    const view = readOnce(env, LABEL_LIST_TABLES);
    const v = visibleLabels(view);
    const ov = unwrap(overview(view.ctx, v.ids));
    const person = { email: (env.params.email ?? '').slice(0, 320), name: (env.params.name ?? '').slice(0, 200) };
    return { nav: [{ push: pickLabelScreen(person, addableLabels(v, ov), env.t) }] };
  }),
};
