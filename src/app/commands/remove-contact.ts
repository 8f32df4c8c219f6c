// Command: take a contact out of a label (deleter+); a contact left in no label is deleted.
import { fail, ok, Result } from '../../core/errors';
import type { MasterContact } from '../../core/model';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { contactInLabel, requireLabel } from '../access';
import { audit, Env, envOf } from '../env';
import { id, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import type { Model } from '../store/model';
import { transact } from '../store/transact';
import { contactTables, feedRefusal, refreshAfterCountChange } from './shared';

export interface RemoveContactOutput {
  contactId: string;
  /** The contact was in no other label, so it is now deleted everywhere. */
  deleted: boolean;
}

const SHAPE = { labelId: id(), contactId: id() };

/**
 * Drops `labelId` from the contact; when no label is left the contact is deleted (its last person kept in history).
 * The revision counts changes of the person, so neither step moves it. Returns whether the contact was deleted.
 */
export function dropFromLabel(model: Model, env: Env, contact: MasterContact, labelId: string): boolean {
  const labelIds = contact.labelIds.filter((l) => l !== labelId);
  const live = labelIds.some((l) => model.label(l)?.deleted === false);
  if (live) {
    model.putContact({ ...contact, labelIds, updatedAt: env.now, updatedBy: env.actor });
    return false;
  }
  model.addHistory({
    key: env.ctx.ids.newId('hist_'),
    contactId: contact.id,
    revision: contact.revision,
    at: env.now,
    by: env.actor,
    person: contact.person,
    reason: 'deleted',
  });
  // The label ids stay: the sync uses them to find the groups the copies were in.
  model.putContact({ ...contact, deleted: true, updatedAt: env.now, updatedBy: env.actor });
  return true;
}

export function removeContact(ctx: AppContext, input: unknown): Result<RemoveContactOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, contactTables(edition, 'labels', 'grants', 'contacts'), (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'removeContact');
      if (!access.ok) return access;
      const { label } = access.value;
      const contact = contactInLabel(model, parsed.value.contactId, label.id);
      if (!contact.ok) return contact;
      const refusal = feedRefusal(label);
      if (refusal) return fail(refusal);
      const deleted = dropFromLabel(model, env, contact.value, label.id);
      refreshAfterCountChange(model, env, edition, seats);
      audit(env, model, 'contact.remove', label.id, contact.value.id, { deleted });
      return ok({ contactId: contact.value.id, deleted });
    });
  });
}
