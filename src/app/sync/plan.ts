// Step 4 of a sync cycle: the difference between the copies an account should hold and the ones it holds, as the
// fewest writes the People API allows (DESIGN.md section 9: batches of 200 creates, 200 updates, 500 deletes,
// 1,000 member changes). Pure.
import type { MasterContact } from '../../core/model';
import { toPeoplePerson, fromPeoplePerson } from '../../core/person';
import { personHash } from '../../core/person-normalize';
import type { CopyTag, CopyUpdate, NewCopy } from '../../core/ports/contacts-gateway';
import { MY_CONTACTS } from './classify';
import type { AccountSyncState } from './sync-state';

export const BATCH = { create: 200, update: 200, delete: 500, members: 1000 } as const;

/** What the account should hold of one master: in which label groups, and whether in myContacts (phones). */
export interface DesiredCopy {
  master: MasterContact;
  labelIds: string[];
  toMobile: boolean;
}

export interface CopyPlan {
  creates: Array<NewCopy & { masterId: string }>;
  updates: Array<CopyUpdate & { masterId: string }>;
  /** The user's own contacts adopted into a label: tag them in place (their etag is read first). */
  adopts: Array<{ masterId: string; resourceName: string; tag: CopyTag; person: MasterContact['person']; groups: string[] }>;
  deletes: Array<{ masterId: string; resourceName: string }>;
  /** Per group: resource names to add and to remove. */
  members: Map<string, { add: string[]; remove: string[] }>;
  /** Masters that no longer concern the account but whose contact is the user's own: only ungrouped, then forgotten. */
  released: string[];
}

/**
 * Hash of each master's synced fields, by master object. A run hands the same master object to every account that
 * receives it, so a label shared with 50 people is hashed once, not 50 times. Masters are immutable values (a change
 * makes a new object), so an entry never goes stale; the map holds its keys weakly and lives one execution.
 */
const hashes = new WeakMap<MasterContact, string>();

function masterHash(m: MasterContact): string {
  let h = hashes.get(m);
  if (h === undefined) {
    h = personHash(fromPeoplePerson(toPeoplePerson(m.person)));
    hashes.set(m, h);
  }
  return h;
}

/** The tag a copy of `m` carries; the hash is of what a read of the written person gives back. */
export function tagFor(m: MasterContact, adopted: boolean): CopyTag {
  return { masterId: m.id, revision: m.revision, hash: masterHash(m), adopted };
}

function memberOps(plan: CopyPlan, group: string): { add: string[]; remove: string[] } {
  let ops = plan.members.get(group);
  if (!ops) {
    ops = { add: [], remove: [] };
    plan.members.set(group, ops);
  }
  return ops;
}

export function planCopies(user: string, state: AccountSyncState, desired: ReadonlyMap<string, DesiredCopy>): CopyPlan {
  const plan: CopyPlan = { creates: [], updates: [], adopts: [], deletes: [], members: new Map(), released: [] };
  const managed = new Set<string>([MY_CONTACTS, ...Object.values(state.groups).map((g) => g.resourceName)]);

  for (const [masterId, d] of desired) {
    const want = d.labelIds.map((id) => state.groups[id]?.resourceName).filter((g): g is string => !!g);
    if (d.toMobile) want.push(MY_CONTACTS);
    const entry = state.copies[masterId];
    if (!entry) {
      const own = d.master.adoptedFrom?.account === user ? d.master.adoptedFrom.resourceName : null;
      if (own) plan.adopts.push({ masterId, resourceName: own, tag: tagFor(d.master, true), person: d.master.person, groups: want });
      else plan.creates.push({ masterId, person: toPeoplePerson(d.master.person), tag: tagFor(d.master, false), groups: want });
      continue;
    }
    if (entry.revision !== d.master.revision) {
      plan.updates.push({
        masterId,
        resourceName: entry.resourceName,
        etag: entry.etag,
        person: toPeoplePerson(d.master.person),
        tag: tagFor(d.master, entry.adopted),
      });
    }
    for (const g of want) if (!entry.groups.includes(g)) memberOps(plan, g).add.push(entry.resourceName);
    for (const g of entry.groups) if (managed.has(g) && !want.includes(g)) memberOps(plan, g).remove.push(entry.resourceName);
  }

  for (const [masterId, entry] of Object.entries(state.copies)) {
    if (desired.has(masterId)) continue;
    if (entry.adopted) {
      // The user's own contact: it leaves our groups but is never deleted (DESIGN.md section 9, last rule).
      for (const g of entry.groups) if (managed.has(g) && g !== MY_CONTACTS) memberOps(plan, g).remove.push(entry.resourceName);
      plan.released.push(masterId);
    } else {
      plan.deletes.push({ masterId, resourceName: entry.resourceName });
    }
  }
  return plan;
}

/** Splits a list into the API's batch size. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** People calls the plan needs at best: the lower bound the benchmark compares against. */
export function planCost(plan: CopyPlan): number {
  let n = Math.ceil(plan.creates.length / BATCH.create) + Math.ceil(plan.updates.length / BATCH.update) +
    Math.ceil(plan.deletes.length / BATCH.delete) + Math.ceil(plan.adopts.length / BATCH.update) * 2;
  for (const ops of plan.members.values()) n += Math.ceil((ops.add.length + ops.remove.length) / BATCH.members);
  return n;
}
