// Command: add a new master contact to a label (editor+): a validated person at revision 1.
import { fail, ok, Result } from '../../core/errors';
import type { MasterContact } from '../../core/model';
import { fromPeoplePerson } from '../../core/person';
import { validatePerson } from '../../core/person-validate';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { audit, envOf } from '../env';
import { id, jsonObject, parseInput } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { contactTables, feedRefusal, refreshAfterCountChange } from './shared';

export interface AddContactOutput {
  contact: MasterContact;
}

/** A People Person as JSON; the size bound keeps a pasted blob from costing more than one refusal. */
export const PERSON_INPUT = jsonObject({ maxChars: 100000 });

const SHAPE = { labelId: id(), person: PERSON_INPUT };

export function addContact(ctx: AppContext, input: unknown): Result<AddContactOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    // Only the synced fields survive: metadata, resource names and other apps' data never enter the master.
    const person = fromPeoplePerson(parsed.value.person);
    const invalid = validatePerson(person);
    if (invalid) return fail(invalid);
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, contactTables(edition, 'labels', 'grants', 'contacts'), (model) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'addContact');
      if (!access.ok) return access;
      const refusal = feedRefusal(access.value.label);
      if (refusal) return fail(refusal);
      const contact: MasterContact = {
        id: ctx.ids.newId('ct_'),
        labelIds: [access.value.label.id],
        revision: 1,
        createdAt: env.now,
        createdBy: env.actor,
        updatedAt: env.now,
        updatedBy: env.actor,
        deleted: false,
        person,
        adoptedFrom: null,
        feedKey: null,
      };
      model.putContact(contact);
      refreshAfterCountChange(model, env, edition, seats);
      audit(env, model, 'contact.add', access.value.label.id, contact.id);
      return ok({ contact });
    });
  });
}
