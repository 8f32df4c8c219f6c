// Each account's Google Contacts straight from emulator state (no API call, no account created on demand): the copies
// our tag marks, the label groups, and a contact's stored bytes for the "untouched" comparison.
import type { World } from '../../emulator';
import type { StoredGroup, StoredPerson } from '../../emulator/people/state';
import { TAG_KEYS } from '../../src/core/ports/contacts-gateway';

type ClientData = Array<{ key: string; value: string }>;

const dataOf = (x: unknown): ClientData => (Array.isArray(x) ? (x as ClientData) : []);

export function livePersons(world: World, email: string): StoredPerson[] {
  const acct = world.people.accounts[email.toLowerCase()];
  return acct ? Object.values(acct.persons).filter((p) => !p.deleted) : [];
}

export function storedPerson(world: World, email: string, resourceName: string): StoredPerson | undefined {
  const p = world.people.accounts[email.toLowerCase()]?.persons[resourceName];
  return p && !p.deleted ? p : undefined;
}

/** The master a contact is a copy of, from our tag in its clientData; null for the user's own contact. */
export function tagOf(p: StoredPerson): { masterId: string; adopted: boolean } | null {
  const data = dataOf(p.fields.clientData);
  const masterId = data.find((d) => d.key === TAG_KEYS.master)?.value;
  return masterId ? { masterId, adopted: data.find((d) => d.key === TAG_KEYS.adopted)?.value === '1' } : null;
}

export interface LabelGroup {
  resourceName: string;
  name: string;
  labelId: string;
}

/** The account's live contact groups that carry a label (our clientData names it). */
export function labelGroups(world: World, email: string): LabelGroup[] {
  const acct = world.people.accounts[email.toLowerCase()];
  const out: LabelGroup[] = [];
  for (const g of Object.values(acct?.groups ?? {}) as StoredGroup[]) {
    if (g.deleted) continue;
    const labelId = dataOf(g.clientData).find((d) => d.key === TAG_KEYS.label)?.value;
    if (labelId) out.push({ resourceName: g.resourceName, name: g.name, labelId });
  }
  return out;
}

/** Everything Google stores of the contact, as one string: equal strings mean not touched at all. */
export const bytesOf = (p: StoredPerson): string => JSON.stringify(p);
