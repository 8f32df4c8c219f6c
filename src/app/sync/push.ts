// Carries out one account's plan: deletes, updates, adoptions, creates, then group memberships, each in batches at the
// API's maxima and strictly in sequence, keeping the account's sync state in step with every write that succeeded.
import type { Budget } from '../../core/ports/budget';
import { GatewayError, type ContactsGateway, type RemotePerson } from '../../core/ports/contacts-gateway';
import { toPeoplePerson } from '../../core/person';
import { MY_CONTACTS } from './classify';
import { BATCH, chunks, planCopies, type DesiredCopy } from './plan';
import type { AccountSyncState } from './sync-state';

export interface PushOutcome {
  /** Every write of the plan was made. */
  done: boolean;
  /** Creates were held back because the account would pass its contact limit (OVER_QUOTA, nothing half-written). */
  overQuota: boolean;
  /** Writes that did not land this time (a stale etag, the budget ran out): the next cycle picks them up. */
  deferred: number;
  /**
   * A write was refused because the account changed after the run read it (stale etag, contact gone): what the state
   * holds of it is out of date, so the account must be read again before another push — retrying the same writes from
   * the same state would be refused forever.
   */
  reread: boolean;
}

export interface PushLimits {
  /** The account's contact limit as far as we can foresee it (Google's 25,000). */
  contactLimit: number;
  /** Stop starting new batches when less than this is left of the budget (it is needed to save). */
  reserveMs: number;
}

function record(state: AccountSyncState, masterId: string, p: RemotePerson, adopted: boolean): void {
  const managed = new Set<string>([MY_CONTACTS, ...Object.values(state.groups).map((g) => g.resourceName)]);
  state.copies[masterId] = {
    resourceName: p.resourceName,
    etag: p.etag,
    revision: p.tag?.revision ?? 0,
    groups: p.groups.filter((g) => managed.has(g)),
    adopted,
  };
}

/** Runs `fn` unless the budget is spent; a stale etag defers the batch to the next cycle instead of failing the account. */
function batch(budget: Budget, limits: PushLimits, outcome: PushOutcome, size: number, fn: () => void): boolean {
  if (budget.remainingMs() < limits.reserveMs) {
    outcome.deferred += size;
    outcome.done = false;
    return false;
  }
  try {
    fn();
  } catch (e) {
    if (!(e instanceof GatewayError) || (e.failure.kind !== 'staleEtag' && e.failure.kind !== 'notFound')) throw e;
    outcome.deferred += size;
    outcome.done = false;
    outcome.reread = true;
  }
  return true;
}

export function pushAccount(
  gw: ContactsGateway,
  state: AccountSyncState,
  desired: ReadonlyMap<string, DesiredCopy>,
  duplicates: readonly string[],
  budget: Budget,
  limits: PushLimits,
): PushOutcome {
  const outcome: PushOutcome = { done: true, overQuota: false, deferred: 0, reread: false };
  const plan = planCopies(state.email, state, desired);

  const deletes = [...duplicates, ...plan.deletes.map((d) => d.resourceName)];
  for (const part of chunks(deletes, BATCH.delete)) {
    batch(budget, limits, outcome, part.length, () => {
      gw.deleteContacts(part);
      const gone = new Set(part);
      for (const d of plan.deletes) if (gone.has(d.resourceName)) delete state.copies[d.masterId];
      state.contactCount = Math.max(0, state.contactCount - part.length);
    });
  }
  for (const id of plan.released) delete state.copies[id];

  for (const part of chunks(plan.updates, BATCH.update)) {
    batch(budget, limits, outcome, part.length, () => {
      const written = gw.updateCopies(part);
      const byResource = new Map(written.map((p) => [p.resourceName, p]));
      for (const u of part) {
        const p = byResource.get(u.resourceName);
        if (p) record(state, u.masterId, p, u.tag.adopted);
      }
    });
  }

  for (const part of chunks(plan.adopts, BATCH.update)) {
    batch(budget, limits, outcome, part.length, () => {
      const current = new Map(gw.getPeople(part.map((a) => a.resourceName)).map((p) => [p.resourceName, p]));
      const live = part.filter((a) => current.has(a.resourceName));
      const written = gw.updateCopies(
        live.map((a) => {
          const p = current.get(a.resourceName)!;
          return { resourceName: a.resourceName, etag: p.etag, person: toPeoplePerson(a.person), tag: a.tag, keepClientData: p.person.clientData };
        }),
      );
      const byResource = new Map(written.map((p) => [p.resourceName, p]));
      for (const a of live) {
        const p = byResource.get(a.resourceName);
        if (p) record(state, a.masterId, p, true);
      }
    });
  }

  if (plan.creates.length > 0 && state.contactCount + plan.creates.length > limits.contactLimit) {
    outcome.overQuota = true;
    outcome.done = false;
  } else {
    for (const part of chunks(plan.creates, BATCH.create)) {
      const ok = batch(budget, limits, outcome, part.length, () => {
        const created = gw.createCopies(part);
        created.forEach((p, i) => record(state, part[i].masterId, p, false));
        state.contactCount += created.length;
      });
      if (!ok) break;
    }
  }

  // Memberships last: re-planned so that copies just created or adopted are put into exactly the groups they belong to.
  const after = planCopies(state.email, state, desired);
  for (const [group, ops] of after.members) {
    const moves = [...ops.add.map((r) => ({ r, add: true })), ...ops.remove.map((r) => ({ r, add: false }))];
    for (const part of chunks(moves, BATCH.members)) {
      batch(budget, limits, outcome, part.length, () => {
        gw.modifyMembers(group, part.filter((m) => m.add).map((m) => m.r), part.filter((m) => !m.add).map((m) => m.r));
        for (const [masterId, c] of Object.entries(state.copies)) {
          for (const m of part) {
            if (m.r !== c.resourceName) continue;
            c.groups = m.add ? Array.from(new Set([...c.groups, group])) : c.groups.filter((g) => g !== group);
            void masterId;
          }
        }
      });
    }
  }
  return outcome;
}
