// Contact card actions: open, add a new one (also prefilled from a message), adopt one from my Google Contacts, edit
// (only the fields that changed, against the revision shown), remove from a label, comment.
import type { AddContactOutput } from '../../app/commands/add-contact';
import type { AddExistingContactOutput } from '../../app/commands/add-existing-contact';
import type { RemoveContactOutput } from '../../app/commands/remove-contact';
import type { UpdateContactOutput } from '../../app/commands/update-contact';
import { displayName } from '../../app/queries/contact-view';
import type { ActionResultView, CardView, NavStep } from '../../ui/card-model';
import { changedPerson, CONTACT_FORM_FIELDS, emptyForm, formValuesOf, personFromForm, splitName, type ContactFormValues } from '../../ui/person-form';
import { contactFormScreen, contactScreen } from '../../ui/screens/contact';
import { findExistingScreen } from '../../ui/screens/misc';
import { cardAction, query, run, type CardEnv } from './frame';
import { gmailCard } from './gmail';
import { labelCard } from './label';

/** Results of one search of my own Google Contacts (the People API answers at most 30). */
export const FIND_RESULTS = 20;

export function contactCard(env: CardEnv, contactId: string, labelId: string | null, from: string): CardView {
  const detail = query(env, 'contactDetail', { contactId });
  return contactScreen(detail, { labelId, from }, env.t, env.fmt);
}

function formValues(env: CardEnv): ContactFormValues {
  const v = emptyForm();
  for (const f of CONTACT_FORM_FIELDS) v[f] = env.form(f).slice(0, 5000);
  return v;
}

/** After a change made from a form: back to the card below it, rebuilt (the label, or the open message's card). */
function backTo(env: CardEnv, labelId: string): NavStep[] {
  if (env.params.back === 'gmail') return [{ popToRoot: true }, { update: gmailCard(env) }];
  return [{ pop: true }, { update: labelCard(env, labelId) }];
}

export const CONTACT_ENTRY_POINTS = {
  onOpenContact: cardAction('onOpenContact', (env) => ({
    nav: [{ push: contactCard(env, env.params.contactId ?? '', env.params.labelId || null, env.params.from ?? 'label') }],
  })),

  /** The new-contact form; `email` and `name` prefill it (from a message header), `back` says where Save returns. */
  onNewContactForm: cardAction('onNewContactForm', (env) => {
    const labelId = env.params.labelId ?? '';
    const detail = query(env, 'labelDetail', { labelId, pageSize: 1 });
    const v = emptyForm();
    if (env.params.email) v.emails = env.params.email.slice(0, 320);
    if (env.params.name) Object.assign(v, splitName(env.params.name.slice(0, 200)));
    const back = env.params.email !== undefined ? 'gmail' : 'label';
    return { nav: [{ push: contactFormScreen({ kind: 'new', labelId, labelName: detail.label.name, back }, v, env.t) }] };
  }),

  onAddContact: cardAction('onAddContact', (env) => {
    const labelId = env.params.labelId ?? '';
    const { contact } = run<AddContactOutput>('addContact', { labelId, person: personFromForm(formValues(env)) });
    return { nav: backTo(env, labelId), notify: env.t('form.added', { name: displayName(contact.person) }), stateChanged: true };
  }),

  /** Opens the search of my own Google Contacts, or (nav=update) runs the search typed in it. */
  onFindExisting: cardAction('onFindExisting', (env) => {
    const labelId = env.params.labelId ?? '';
    const detail = query(env, 'labelDetail', { labelId, pageSize: 1 });
    const label = { id: labelId, name: detail.label.name };
    if (env.params.nav !== 'update') return { nav: [{ push: findExistingScreen(label, '', null, env.t) }] };
    const q = env.form('q').trim().slice(0, 200);
    const results = q ? env.ctx.actorContacts.search(q, FIND_RESULTS) : null;
    return { nav: [{ update: findExistingScreen(label, q, results, env.t) }] };
  }),

  onAddExisting: cardAction('onAddExisting', (env) => {
    const labelId = env.params.labelId ?? '';
    const out = run<AddExistingContactOutput>('addExistingContact', { labelId, resourceName: env.params.resourceName ?? '' });
    const name = displayName(out.contact.person);
    return {
      nav: [{ pop: true }, { update: labelCard(env, labelId) }],
      notify: out.outcome === 'linked' ? env.t('find.linked', { name }) : env.t('find.added', { name }),
      stateChanged: true,
    };
  }),

  onEditContactForm: cardAction('onEditContactForm', (env) => {
    const detail = query(env, 'contactDetail', { contactId: env.params.contactId ?? '' });
    const c = detail.contact;
    const mode = { kind: 'edit' as const, contactId: c.id, revision: c.revision, labelId: env.params.labelId ?? '', name: c.displayName, back: env.params.from ?? 'label' };
    return { nav: [{ push: contactFormScreen(mode, formValuesOf(c.person), env.t) }] };
  }),

  /** Sends only the fields whose text changed, with the revision the form was made from. */
  onUpdateContact: cardAction('onUpdateContact', (env): ActionResultView => {
    const contactId = env.params.contactId ?? '';
    const revision = Number(env.params.revision);
    const current = query(env, 'contactDetail', { contactId }).contact;
    const person = changedPerson(current.person, formValues(env));
    if (Object.keys(person).length === 0) return { nav: [{ pop: true }], notify: env.t('form.noChange') };
    const out = run<UpdateContactOutput>('updateContact', { contactId, person, expectedRevision: Number.isInteger(revision) ? revision : undefined });
    return {
      nav: [{ pop: true }, { update: contactCard(env, contactId, env.params.labelId || null, env.params.back ?? 'label') }],
      notify: out.changed.length ? env.t('form.saved') : env.t('form.noChange'),
      stateChanged: true,
    };
  }),

  onRemoveContact: cardAction('onRemoveContact', (env) => {
    const labelId = env.params.labelId ?? '';
    const out = run<RemoveContactOutput>('removeContact', { labelId, contactId: env.params.contactId ?? '' });
    const notify = out.deleted ? env.t('contact.removedDeleted') : env.t('contact.removed');
    return env.params.from === 'label'
      ? { nav: [{ pop: true }, { update: labelCard(env, labelId) }], notify, stateChanged: true }
      : { nav: [{ pop: true }], notify, stateChanged: true };
  }),

  onAddComment: cardAction('onAddComment', (env) => {
    const contactId = env.params.contactId ?? '';
    const labelId = env.form('commentLabel') || env.params.labelId || '';
    run('comment', { labelId, contactId, text: env.form('commentText') });
    return { nav: [{ update: contactCard(env, contactId, env.params.labelId || null, env.params.from ?? 'label') }], notify: env.t('contact.commented') };
  }),
};
