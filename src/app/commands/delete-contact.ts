// Command: delete a contact everywhere (deleter+ on every label that carries it).
import { fail, ok, permissionDenied, Result } from '../../core/errors';
import type { Label } from '../../core/model';
import { can } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { contactNotFound, roleOnLabel } from '../access';
import { audit, envOf } from '../env';
import { id, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { contactFeedRefusal, contactTables, refreshAfterCountChange } from './shared';

export interface DeleteContactOutput {
  contactId: string;
  labelIds: string[];
}

const SHAPE = { contactId: id() };

/**
 * "Deleted everywhere" reaches the collaborators of every label carrying the contact, so the actor must be allowed to
 * delete in each of them: a deleter of one label may not empty another owner's label (no escalation, DESIGN.md 10).
 */
export function deleteContact(ctx: AppContext, input: unknown): Result<DeleteContactOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, contactTables(edition, 'labels', 'grants', 'contacts'), (model) => {
      const contact = model.contact(parsed.value.contactId);
      if (!contact || contact.deleted) return fail(contactNotFound());
      const live = contact.labelIds
        .map((l) => model.label(l))
        .filter((l): l is Label => l !== undefined && !l.deleted);
      const roles = live.map((l) => roleOnLabel(model, l, env.actor, env.dir));
      if (roles.every((r) => r === null)) return fail(contactNotFound());
      if (!roles.every((r) => can(r, 'deleteContact'))) {
        const role = roles.find((r) => !can(r, 'deleteContact')) ?? null;
        return fail(
          permissionDenied(
            'error.contact.deleteElsewhere',
            'This contact is also in labels where you cannot delete contacts; remove it from your label instead.',
            { role: role ?? 'none', action: 'deleteContact' },
          ),
        );
      }
      const feed = contactFeedRefusal(model, contact);
      if (feed) return fail(feed);
      model.addHistory({
        key: ctx.ids.newId('hist_'),
        contactId: contact.id,
        revision: contact.revision,
        at: env.now,
        by: env.actor,
        person: contact.person,
        reason: 'deleted',
      });
      model.putContact({ ...contact, deleted: true, updatedAt: env.now, updatedBy: env.actor });
      refreshAfterCountChange(model, env, edition, seats);
      for (const label of live) audit(env, model, 'contact.delete', label.id, contact.id);
      return ok({ contactId: contact.id, labelIds: live.map((l) => l.id) });
    });
  });
}
