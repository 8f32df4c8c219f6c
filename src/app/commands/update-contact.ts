// Command: change fields of a master contact (editor+ on a label carrying it): the listed fields replace the old ones.
import { fail, failedPrecondition, invalidArgument, ok, Result } from '../../core/errors';
import { diffFields } from '../../core/merge';
import type { MasterContact } from '../../core/model';
import { fromPeoplePerson, MasterPerson, presentFields, SyncedField } from '../../core/person';
import { validatePerson } from '../../core/person-validate';
import { can } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { contactNotFound, denied, roleOnContact } from '../access';
import { audit, envOf } from '../env';
import { id, int, optional, parseInput } from '../input';
import { transact } from '../store/transact';
import { PERSON_INPUT } from './add-contact';
import { contactFeedRefusal } from './shared';

export interface UpdateContactOutput {
  contact: MasterContact;
  /** The synced fields that really changed (compared as a person would); empty when nothing did and nothing was saved. */
  changed: SyncedField[];
}

const SHAPE = {
  contactId: id(),
  person: PERSON_INPUT,
  /** The revision the card showed: a later edit by someone else refuses this one instead of silently overwriting it. */
  expectedRevision: optional(int({ min: 1, max: 1e9 }), null),
};

function replaceFields(
  base: MasterPerson,
  incoming: MasterPerson,
  fields: readonly SyncedField[],
): MasterPerson {
  const out: MasterPerson = { ...base };
  const target = out as unknown as Record<string, unknown>;
  const source = incoming as unknown as Record<string, unknown>;
  for (const f of fields) {
    if (source[f] === undefined) delete target[f];
    else target[f] = source[f];
  }
  return out;
}

export function updateContact(ctx: AppContext, input: unknown): Result<UpdateContactOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const fields = presentFields(parsed.value.person);
    if (fields.length === 0) {
      return fail(
        invalidArgument(
          'error.contact.noFields',
          'Nothing to change: the update names none of the contact fields.',
        ),
      );
    }
    const incoming = fromPeoplePerson(parsed.value.person);
    const env = envOf(ctx);
    return transact(ctx, ['labels', 'grants', 'contacts'], (model) => {
      const old = model.contact(parsed.value.contactId);
      if (!old || old.deleted) return fail(contactNotFound());
      const role = roleOnContact(model, old, env.actor, env.dir);
      if (role === null) return fail(contactNotFound());
      if (!can(role, 'editContact')) return fail(denied('editContact', role));
      const feed = contactFeedRefusal(model, old);
      if (feed) return fail(feed);
      const expected = parsed.value.expectedRevision;
      if (expected !== null && expected !== old.revision) {
        return fail(
          failedPrecondition(
            'error.contact.stale',
            'Someone changed this contact while you were editing it; reload it and make your change again.',
            {
              expected,
              revision: old.revision,
            },
          ),
        );
      }
      const person = replaceFields(old.person, incoming, fields);
      const invalid = validatePerson(person);
      if (invalid) return fail(invalid);
      const changed = diffFields(old.person, person);
      if (changed.length === 0) return ok({ contact: old, changed });
      const next: MasterContact = {
        ...old,
        person,
        revision: old.revision + 1,
        updatedAt: env.now,
        updatedBy: env.actor,
      };
      model.addHistory({
        key: ctx.ids.newId('hist_'),
        contactId: old.id,
        revision: old.revision,
        at: env.now,
        by: env.actor,
        person: old.person,
        reason: 'revision',
      });
      model.putContact(next);
      // One audit row per label carrying the contact: each label's managers see what changed in their label.
      for (const labelId of old.labelIds)
        audit(env, model, 'contact.edit', labelId, old.id, {
          fields: changed.join(','),
          revision: next.revision,
        });
      return ok({ contact: next, changed });
    });
  });
}
