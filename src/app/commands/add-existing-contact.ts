// Command: put one of the actor's own Google Contacts into a label (editor+), adopting it instead of duplicating it.
import { alreadyExists, fail, invalidArgument, ok, Result } from '../../core/errors';
import type { MasterContact } from '../../core/model';
import { fromPeoplePerson } from '../../core/person';
import { validatePerson } from '../../core/person-validate';
import { TAG_KEYS } from '../../core/ports/contacts-gateway';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { contactNotFound, requireLabel, roleOnContact } from '../access';
import { audit, envOf } from '../env';
import { id, parseInput, text } from '../input';
import { readEdition, readSeats } from '../settings';
import { transact } from '../store/transact';
import { contactTables, feedRefusal, refreshAfterCountChange } from './shared';

export interface AddExistingContactOutput {
  contact: MasterContact;
  /** 'adopted': a new master made from the actor's contact; 'linked': the contact already was a master (or a copy of one). */
  outcome: 'adopted' | 'linked';
}

const RESOURCE_NAME = /^people\/[A-Za-z0-9_-]{1,200}$/;

const SHAPE = { labelId: id(), resourceName: text({ max: 210, min: 1 }) };

/** The master a contact is a copy of, from the tag the sync writes into its clientData. */
function taggedMaster(person: Record<string, unknown>): string | null {
  const data = person.clientData;
  if (!Array.isArray(data)) return null;
  for (const entry of data as unknown[]) {
    if (typeof entry === 'object' && entry !== null) {
      const { key, value } = entry as { key?: unknown; value?: unknown };
      if (key === TAG_KEYS.master && typeof value === 'string' && value !== '') return value;
    }
  }
  return null;
}

/**
 * A contact already adopted (same account and resource name) or one that is itself a synced copy of a master the actor
 * can see is not adopted again: the label is added to its master, so the user never holds two copies of one person.
 */
export function addExistingContact(ctx: AppContext, input: unknown): Result<AddExistingContactOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const { labelId, resourceName } = parsed.value;
    if (!RESOURCE_NAME.test(resourceName)) {
      return fail(
        invalidArgument(
          'error.contact.badResourceName',
          'That is not one of your contacts; pick it again from the list.',
        ),
      );
    }
    const env = envOf(ctx);
    const edition = readEdition(ctx.config);
    const seats = readSeats(ctx.config);
    return transact(ctx, contactTables(edition, 'labels', 'grants', 'contacts'), (model) => {
      const access = requireLabel(model, labelId, env.actor, env.dir, 'addContact');
      if (!access.ok) return access;
      const { label } = access.value;
      const refusal = feedRefusal(label);
      if (refusal) return fail(refusal);
      const own = ctx.actorContacts.get(resourceName);
      if (own === null) return fail(contactNotFound());
      const masterId = taggedMaster(own.person);
      const tagged = masterId ? model.contact(masterId) : undefined;
      // A tag is data in the user's own account, so they could forge it: it links only to a master they can already see.
      const copyOf =
        tagged && !tagged.deleted && roleOnContact(model, tagged, env.actor, env.dir) !== null
          ? tagged
          : undefined;
      const existing = model.contactAdoptedFrom(env.actor, own.resourceName) ?? copyOf;
      if (existing) {
        if (existing.labelIds.includes(label.id)) {
          return fail(
            alreadyExists('error.contact.alreadyInLabel', 'This contact is already in "{name}".', {
              name: label.name,
            }),
          );
        }
        const linked: MasterContact = {
          ...existing,
          labelIds: [...existing.labelIds, label.id],
          updatedAt: env.now,
          updatedBy: env.actor,
        };
        model.putContact(linked);
        refreshAfterCountChange(model, env, edition, seats);
        audit(env, model, 'contact.add', label.id, linked.id, { linked: true });
        return ok({ contact: linked, outcome: 'linked' as const });
      }
      const person = fromPeoplePerson(own.person);
      const invalid = validatePerson(person);
      if (invalid) return fail(invalid);
      const contact: MasterContact = {
        id: ctx.ids.newId('ct_'),
        labelIds: [label.id],
        revision: 1,
        createdAt: env.now,
        createdBy: env.actor,
        updatedAt: env.now,
        updatedBy: env.actor,
        deleted: false,
        person,
        adoptedFrom: { account: env.actor, resourceName: own.resourceName },
        feedKey: null,
      };
      model.putContact(contact);
      refreshAfterCountChange(model, env, edition, seats);
      audit(env, model, 'contact.add', label.id, contact.id, { adopted: true });
      return ok({ contact, outcome: 'adopted' as const });
    });
  });
}
