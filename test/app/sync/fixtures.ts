// Test-data builders ("mothers") for the sync's pure parts.
import type { Label, MasterContact } from '../../../src/core/model';
import { emptyPerson, fromPeoplePerson, toPeoplePerson, type MasterPerson } from '../../../src/core/person';
import type { RemotePerson } from '../../../src/core/ports/contacts-gateway';
import { tagFor } from '../../../src/app/sync/plan';
import { emptySyncState, type AccountSyncState } from '../../../src/app/sync/sync-state';

export const T0 = '2026-01-05T09:00:00.000Z';
export const T1 = '2026-01-05T10:00:00.000Z';
export const T2 = '2026-01-05T11:00:00.000Z';

export function person(given: string, extra: Partial<MasterPerson> = {}): MasterPerson {
  return { ...emptyPerson(), names: { givenName: given, familyName: 'Lee' }, ...extra };
}

export function master(id: string, p: MasterPerson, over: Partial<MasterContact> = {}): MasterContact {
  return {
    id,
    labelIds: ['lbl_1'],
    revision: 1,
    createdAt: T0,
    createdBy: 'alice@example.com',
    updatedAt: T0,
    updatedBy: 'alice@example.com',
    deleted: false,
    person: p,
    adoptedFrom: null,
    feedKey: null,
    ...over,
  };
}

export function label(id: string, over: Partial<Label> = {}): Label {
  return { id, name: 'Clients', owner: 'alice@example.com', createdAt: T0, updatedAt: T0, deleted: false, feed: null, ...over };
}

/** The copy of `m` as a read of the account returns it (optionally with the user's own edits to its fields). */
export function remoteCopy(m: MasterContact, rn: string, groups: string[], fields?: MasterPerson): RemotePerson {
  return {
    resourceName: rn,
    etag: `etag-${rn}-${m.revision}`,
    deleted: false,
    person: toPeoplePerson(fields ?? m.person) as unknown as Record<string, unknown>,
    groups,
    tag: tagFor(m, false),
    updateTime: T1,
  };
}

export function stateWith(email: string, copies: Record<string, { rn: string; revision: number; groups: string[] }>): AccountSyncState {
  const s = emptySyncState(email);
  s.groups = { lbl_1: { resourceName: 'contactGroups/g1', name: 'Clients', forLabel: 'Clients' } };
  for (const [masterId, c] of Object.entries(copies)) {
    s.copies[masterId] = { resourceName: c.rn, etag: `etag-${c.rn}`, revision: c.revision, groups: c.groups, adopted: false };
  }
  return s;
}

export { fromPeoplePerson };
