// Step 2 of a sync cycle (DESIGN.md section 9): what one account changed in Google Contacts since the last cycle.
import { fromPeoplePerson, type MasterPerson } from '../../core/person';
import { personHash } from '../../core/person-normalize';
import type { ChangeSet, RemotePerson } from '../../core/ports/contacts-gateway';
import type { AccountSyncState, CopyEntry } from './sync-state';

export const MY_CONTACTS = 'contactGroups/myContacts';

export type LocalChange =
  | { kind: 'edit'; user: string; masterId: string; person: MasterPerson; baseRevision: number; at: string; resourceName: string }
  | { kind: 'delete'; user: string; masterId: string; at: string }
  | { kind: 'removeFromLabel'; user: string; masterId: string; labelId: string; at: string }
  | { kind: 'newInLabel'; user: string; labelId: string; resourceName: string; etag: string; person: MasterPerson; at: string };

export interface Classification {
  changes: LocalChange[];
  /** Our own tagged contacts that duplicate another copy of the same master: to delete. */
  duplicates: string[];
  /** The account's state brought up to date with what the read showed (etags, groups, contact count, token). */
  state: AccountSyncState;
}

/** The label group resource names of this account, by group. */
function labelByGroup(state: AccountSyncState): Map<string, string> {
  return new Map(Object.entries(state.groups).map(([labelId, g]) => [g.resourceName, labelId]));
}

/**
 * The copy is exactly as the sync last wrote or read it: same resource, same etag, and no put-back or accepted edit left
 * its tag behind the state (either sets the state's revision apart from the tag's). Such a copy holds no new edit, so
 * its fields need not be hashed — which matters because the read after a push returns every copy the push wrote.
 */
function unchangedSinceSeen(known: CopyEntry | undefined, p: RemotePerson): boolean {
  return known !== undefined && known.etag !== '' && known.resourceName === p.resourceName && known.etag === p.etag && known.revision === p.tag?.revision;
}

/**
 * Compares a read with what the account held. A copy is recognised by its tag, never by its content; a contact without
 * our tag is the user's own and yields a change only when the user put it into a label's group.
 */
export function classifyRead(read: ChangeSet, before: AccountSyncState, now: string): Classification {
  const state: AccountSyncState = {
    ...before,
    copies: { ...before.copies },
    syncToken: read.nextSyncToken,
  };
  const user = before.email;
  const groupLabel = labelByGroup(before);
  const byResource = new Map(Object.entries(before.copies).map(([masterId, c]) => [c.resourceName, masterId]));
  const changes: LocalChange[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();

  const at = (p: RemotePerson) => p.updateTime ?? now;

  const deletedNow = new Set(read.people.filter((p) => p.deleted).map((p) => p.resourceName));
  const tagged = new Map<string, RemotePerson[]>();
  for (const p of read.people) {
    if (p.deleted) {
      const masterId = byResource.get(p.resourceName);
      if (masterId && state.copies[masterId]?.resourceName === p.resourceName) {
        delete state.copies[masterId];
        changes.push({ kind: 'delete', user, masterId, at: at(p) });
      }
    } else if (p.tag) {
      tagged.set(p.tag.masterId, [...(tagged.get(p.tag.masterId) ?? []), p]);
    } else {
      const person = fromPeoplePerson(p.person);
      for (const g of p.groups.filter((x) => groupLabel.has(x))) {
        changes.push({ kind: 'newInLabel', user, labelId: groupLabel.get(g)!, resourceName: p.resourceName, etag: p.etag, person, at: at(p) });
      }
    }
  }

  for (const [masterId, persons] of tagged) {
    const known = before.copies[masterId];
    // The copy we knew is still there (not in this incremental read, not deleted): every tagged newcomer duplicates it.
    const knownStillThere = !!known && !read.full && !deletedNow.has(known.resourceName) && !persons.some((p) => p.resourceName === known.resourceName);
    const keeper = knownStillThere ? null : (persons.find((p) => p.resourceName === known?.resourceName) ?? persons.find((p) => p.tag!.adopted) ?? persons[0]);
    for (const p of persons) if (p !== keeper && !p.tag!.adopted) duplicates.push(p.resourceName);
    if (!keeper) continue;
    seen.add(masterId);
    if (!state.copies[masterId] && known) {
      // Deleted above in this same read and recreated: the keeper replaces it, no deletion to report.
      const i = changes.findIndex((c) => c.kind === 'delete' && c.masterId === masterId);
      if (i >= 0) changes.splice(i, 1);
    }
    const tag = keeper.tag!;
    for (const g of known?.groups ?? []) {
      const labelId = groupLabel.get(g);
      if (labelId && !keeper.groups.includes(g)) changes.push({ kind: 'removeFromLabel', user, masterId, labelId, at: at(keeper) });
    }
    if (!unchangedSinceSeen(known, keeper)) {
      const person = fromPeoplePerson(keeper.person);
      if (personHash(person) !== tag.hash) {
        changes.push({ kind: 'edit', user, masterId, person, baseRevision: tag.revision, at: at(keeper), resourceName: keeper.resourceName });
      }
    }
    state.copies[masterId] = {
      resourceName: keeper.resourceName,
      etag: keeper.etag,
      revision: tag.revision,
      groups: keeper.groups.filter((g) => groupLabel.has(g) || g === MY_CONTACTS),
      adopted: tag.adopted,
    };
  }

  if (read.full) {
    // A full read lists every contact: a copy we knew of that is not there any more was deleted by the user.
    for (const [masterId, c] of Object.entries(before.copies)) {
      if (!seen.has(masterId) && !deletedNow.has(c.resourceName)) {
        delete state.copies[masterId];
        changes.push({ kind: 'delete', user, masterId, at: now });
      }
    }
    state.contactCount = read.people.filter((p) => !p.deleted).length;
  } else {
    const created = read.people.filter((p) => !p.deleted && !byResource.has(p.resourceName) && !p.tag).length;
    const removed = read.people.filter((p) => p.deleted).length;
    state.contactCount = Math.max(0, state.contactCount + created - removed);
  }
  return { changes, duplicates, state };
}
