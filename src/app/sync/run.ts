// One sync run (DESIGN.md section 9): recompute who receives what, gather every reachable account's changes, accept
// them by role under the lock, then push the differences account by account until the budget runs low; a cycle that
// does not fit continues in the next run from the saved per-account state. A killed run loses nothing: copies carry
// their master in a tag, so the next read finds what was written before the kill.
import { AppError } from '../../core/errors';
import type { Budget } from '../../core/ports/budget';
import { GatewayError, type ContactsGateway } from '../../core/ports/contacts-gateway';
import type { Collaborator } from '../../core/model';
import type { Status } from '../../core/status';
import type { AppContext } from '../context';
import { recomputeCollaborators } from '../collaborators';
import { envOf } from '../env';
import { roleOnLabel } from '../access';
import { readEdition, readSeats } from '../settings';
import { Model } from '../store/model';
import { SYNC_REQUEST_PREFIX } from '../store/codecs';
import { importFeeds } from '../feeds/feed-import';
import { acceptChanges, type PutBack } from './accept';
import { classifyRead, type LocalChange } from './classify';
import { desiredByAccount, type AccountLabels } from './desired';
import { dropGroups, ensureGroups } from './groups';
import { pushAccount } from './push';
import { decodeSyncState, emptySyncState, encodeSyncState, type AccountSyncState } from './sync-state';
import type { Row, TableName } from '../../core/ports/store';

export interface SyncContext extends AppContext {
  budget: Budget;
  /** The account's contacts: People REST with a DWD token for domain users, the advanced service for the run's own user. */
  gatewayFor(email: string): ContactsGateway;
  /** 'domain': the admin's trigger reaches every domain account; 'self': an external collaborator's own trigger. */
  reach: 'domain' | 'self';
  log(line: string): void;
}

export interface SyncReport {
  cycle: number;
  gathered: string[];
  pushed: string[];
  /** Accounts still to gather or push in this cycle: the next run continues. */
  pending: string[];
  failures: Array<{ email: string; failure: string }>;
  changesAccepted: number;
  putBack: number;
  /** The run found another one in progress and did nothing. */
  skipped?: boolean;
  /**
   * The run continued a cycle an earlier run began (it read only the accounts that run had not): edits made in Google
   * since that earlier read wait for the next cycle, so "nothing pending" does not yet mean "nothing to do".
   */
  continued?: boolean;
}

const ALL: TableName[] = ['labels', 'grants', 'contacts', 'history', 'collaborators', 'syncState'];
const CYCLE_KEY = 'sync.cycle';
/** A running sync's lease: another run that finds it unexpired leaves at once (a killed run's lease simply expires). */
const LEASE_KEY = 'sync.lease';
/**
 * Keep this much of the budget for the final save: 25 s of a trigger's 5 minutes, a quarter of a card's 20 s "sync
 * now" (a fixed 25 s would leave a card callback no time at all to write).
 */
export function reserveFor(budgetMs: number): number {
  return Math.min(25000, Math.floor(budgetMs / 4));
}
/** Checkpoint the per-account state at least this often during a long push. */
const CHECKPOINT_EVERY_MS = 90000;
const DEFAULT_CONTACT_LIMIT = 25000;

function states(rows: readonly Row[] | undefined): Map<string, AccountSyncState> {
  const out = new Map<string, AccountSyncState>();
  for (const row of rows ?? []) if (row[0] && !row[0].startsWith(SYNC_REQUEST_PREFIX)) out.set(row[0], decodeSyncState(row));
  return out;
}

function failureText(e: unknown): string {
  if (e instanceof GatewayError) return `${e.failure.kind}${'state' in e.failure ? ':' + e.failure.state : ''}: ${e.message}`;
  if (e instanceof AppError) return `${e.code}: ${e.message}`;
  return String((e as Error)?.message ?? e);
}

/** What a failed account means for its collaborator rows. */
function statusFromFailure(e: unknown): Status | null {
  if (e instanceof GatewayError) {
    if (e.failure.kind === 'contactLimit') return 'OVER_QUOTA';
    if (e.failure.kind === 'account') {
      const s = e.failure.state;
      return s === 'suspended' ? 'SUSPENDED' : s === 'deleted' ? 'DELETED' : s === 'banned' ? 'BANNED' : s === 'unknown' ? 'UNKNOWN' : 'REVOKED';
    }
    return null;
  }
  if (e instanceof AppError && (e.code === 'PERMISSION_DENIED' || e.code === 'FAILED_PRECONDITION')) return 'REVOKED';
  return null;
}

/**
 * Two runs never overlap: the script lock guards taking a lease that lasts as long as this run's budget. Holding the
 * lock itself for the whole run would make every card command wait (and fail after 30 seconds).
 */
function takeLease(ctx: SyncContext): string | null {
  return ctx.lock.run(30000, () => {
    const now = ctx.clock.nowMs();
    const held = Number(ctx.config.get(LEASE_KEY)?.split('|')[0] ?? '0');
    if (held > now) return null;
    const lease = `${now + ctx.budget.remainingMs()}|${ctx.ids.newId('run_')}`;
    ctx.config.set(LEASE_KEY, lease);
    return lease;
  });
}

function releaseLease(ctx: SyncContext, lease: string): void {
  ctx.lock.run(30000, () => {
    if (ctx.config.get(LEASE_KEY) === lease) ctx.config.remove(LEASE_KEY);
  });
}

export function runSync(ctx: SyncContext): SyncReport {
  const lease = takeLease(ctx);
  if (lease === null) {
    ctx.log('another sync run is in progress; this one leaves it to finish');
    return { cycle: 0, gathered: [], pushed: [], pending: ['(another run in progress)'], failures: [], changesAccepted: 0, putBack: 0, skipped: true };
  }
  try {
    return runCycle(ctx);
  } finally {
    releaseLease(ctx, lease);
  }
}

function runCycle(ctx: SyncContext): SyncReport {
  const RESERVE_MS = reserveFor(ctx.budget.remainingMs());
  const feeds = importFeeds(ctx);
  const env = envOf(ctx);
  const report: SyncReport = { cycle: 0, gathered: [], pushed: [], pending: [], failures: [], changesAccepted: 0, putBack: 0 };

  // 1. Who receives what, from the Directory and the grants (saved so the sidebar shows it).
  const first = transactSync(ctx, (model) => {
    recomputeCollaborators(model, env, {
      edition: readEdition(ctx.config),
      seats: readSeats(ctx.config),
      expand: new Set(model.labels().map((l) => l.id)),
    });
  });
  let model = first.model;
  const accountStates = states(first.snapshot.tables.syncState);
  const desired = desiredByAccount(model);

  const reachable = (email: string) => (ctx.reach === 'self' ? email === ctx.actor : env.dir.isInternal(email));
  const accounts = Array.from(new Set([...desired.keys(), ...accountStates.keys()])).filter(reachable).sort();

  let cycle = Number(ctx.config.get(CYCLE_KEY) ?? '0') || 0;
  const unfinished = accounts.some((a) => {
    const s = accountStates.get(a);
    return s !== undefined && s.gatheredCycle === cycle && s.pushedCycle < cycle;
  });
  report.continued = unfinished && cycle !== 0;
  if (!unfinished || cycle === 0) {
    cycle += 1;
    ctx.config.set(CYCLE_KEY, String(cycle));
  }
  report.cycle = cycle;

  const stateOf = (email: string) => {
    let s = accountStates.get(email);
    if (!s) accountStates.set(email, (s = emptySyncState(email)));
    return s;
  };
  const gateways = new Map<string, ContactsGateway>();
  const failed = new Map<string, unknown>();
  const gatewayOf = (email: string) => {
    let gw = gateways.get(email);
    if (!gw) gateways.set(email, (gw = ctx.gatewayFor(email)));
    return gw;
  };
  const dirty = new Set<string>();
  const duplicates = new Map<string, string[]>();

  // 2. Gather: every account's changes before anything is pushed, so one run spreads an edit to everyone.
  const changes: LocalChange[] = [];
  for (const email of accounts) {
    const s = stateOf(email);
    if (s.gatheredCycle >= cycle) continue;
    if (ctx.budget.remainingMs() < RESERVE_MS) break;
    try {
      const read = gatewayOf(email).readChanges(s.syncToken);
      const c = classifyRead(read, s, env.now);
      changes.push(...c.changes);
      duplicates.set(email, c.duplicates);
      c.state.gatheredCycle = cycle;
      accountStates.set(email, c.state);
      dirty.add(email);
      report.gathered.push(email);
    } catch (e) {
      failed.set(email, e);
      report.failures.push({ email, failure: failureText(e) });
    }
  }

  // 3. Accept by role, under the lock, against the masters as they are now.
  /** Labels whose contacts this run changed: accounts it cannot reach that receive them still need a run of their own. */
  const touchedLabels = new Set<string>();
  if (changes.length > 0) {
    const accepted = transactSync(ctx, (m) => {
      const result = acceptChanges(
        {
          masters: new Map(m.labels().flatMap((l) => m.contactsOf(l.id)).map((c) => [c.id, c])),
          labels: new Map(m.labels().map((l) => [l.id, l])),
          roleOn: (user, labelId) => {
            const label = m.label(labelId);
            return label ? roleOnLabel(m, label, user, env.dir) : null;
          },
          historyPerson: (id, rev) => m.historyOf(id).find((h) => h.revision === rev && h.reason === 'revision')?.person ?? null,
          now: env.now,
          newId: (p) => ctx.ids.newId(p),
        },
        changes,
      );
      for (const c of result.changed.values()) {
        for (const id of [...c.labelIds, ...(m.contact(c.id)?.labelIds ?? [])]) touchedLabels.add(id);
        m.putContact(c);
      }
      for (const h of result.history) m.addHistory({ ...h, key: ctx.ids.newId('his_') });
      for (const a of result.audit) m.addAudit({ ...a, key: ctx.ids.newId('aud_') });
      applyPutBacks(accountStates, result.putBack);
      for (const a of result.adopted) {
        const s = stateOf(a.user);
        s.copies[a.masterId] = { resourceName: a.resourceName, etag: a.etag, revision: 0, groups: [], adopted: true };
      }
      // The copy holds the master as it was when that user's edit was accepted, not necessarily as it ends this cycle.
      for (const cur of result.current) {
        const entry = stateOf(cur.user).copies[cur.masterId];
        if (entry) entry.revision = cur.revision;
      }
      report.changesAccepted = result.changed.size;
      report.putBack = result.putBack.length;
    });
    model = accepted.model;
  }

  // 4. Push the differences, one account at a time, each account's writes in sequence.
  const fresh = changes.length > 0 ? desiredByAccount(model) : desired;
  let lastCheckpoint = ctx.clock.nowMs();
  for (const email of accounts) {
    const s = stateOf(email);
    if (failed.has(email) || s.gatheredCycle < cycle || s.pushedCycle >= cycle) continue;
    if (ctx.budget.remainingMs() < RESERVE_MS) break;
    const want: AccountLabels = fresh.get(email) ?? { labels: new Map(), copies: new Map() };
    try {
      const gw = gatewayOf(email);
      ensureGroups(gw, s, want.labels);
      const outcome = pushAccount(gw, s, want.copies, duplicates.get(email) ?? [], ctx.budget, { contactLimit: DEFAULT_CONTACT_LIMIT, reserveMs: RESERVE_MS });
      if (outcome.done || outcome.overQuota) {
        if (outcome.done) dropGroups(gw, s, want.labels);
        s.pushedCycle = cycle;
        s.lastSyncAt = env.now;
        s.lastError = outcome.overQuota ? 'OVER_QUOTA' : '';
        report.pushed.push(email);
      } else if (outcome.reread) {
        // Not gathered in this cycle any more: the next run reads the account again (and, if nothing else is left of
        // this cycle, starts the next one) instead of retrying writes the account already refused.
        s.gatheredCycle = Math.min(s.gatheredCycle, cycle - 1);
      }
    } catch (e) {
      failed.set(email, e);
      s.lastError = failureText(e);
      report.failures.push({ email, failure: s.lastError });
    }
    dirty.add(email);
    if (ctx.clock.nowMs() - lastCheckpoint > CHECKPOINT_EVERY_MS) {
      saveStates(ctx, accountStates, dirty, failed, env.now);
      dirty.clear();
      lastCheckpoint = ctx.clock.nowMs();
    }
  }

  // 5. Save what every account now holds, and the statuses the calls revealed.
  saveStates(ctx, accountStates, dirty, failed, env.now, accounts);
  report.pending = [...feeds.pending, ...accounts.filter((a) => !failed.has(a) && (accountStates.get(a)?.pushedCycle ?? 0) < cycle)];
  // An outside collaborator's own run cannot push what it accepted to the domain's accounts (nor the admin's run to an
  // outside account): those are pending until their own run.
  for (const [email, want] of fresh) {
    if (!reachable(email) && [...want.labels.keys()].some((id) => touchedLabels.has(id))) report.pending.push(email);
  }
  return report;
}

function applyPutBacks(accountStates: Map<string, AccountSyncState>, putBacks: readonly PutBack[]): void {
  for (const p of putBacks) {
    const s = accountStates.get(p.user);
    const entry = s?.copies[p.masterId];
    if (!s || !entry) continue;
    if (p.kind === 'rewrite') entry.revision = -1;
    if (p.kind === 'regroup') {
      const g = s.groups[p.labelId]?.resourceName;
      entry.groups = entry.groups.filter((x) => x !== g);
    }
  }
}

/** One locked load-change-save of the sync's tables; the callback changes the model. */
function transactSync(ctx: SyncContext, fn: (model: Model) => void): { model: Model; snapshot: ReturnType<AppContext['store']['load']> } {
  return ctx.lock.run(30000, () => {
    const snapshot = ctx.store.load(ALL);
    const model = new Model(snapshot);
    fn(model);
    if (model.hasChanges()) ctx.store.save(snapshot, model.changes(), { loadedUnderLock: true });
    return { model, snapshot };
  });
}

/** Writes the dirty accounts' sync state and brings their collaborator rows' sync-owned statuses up to date. */
function saveStates(
  ctx: SyncContext,
  accountStates: Map<string, AccountSyncState>,
  dirty: ReadonlySet<string>,
  failed: ReadonlyMap<string, unknown>,
  now: string,
  alsoStatusOf: readonly string[] = [],
): void {
  const touched = new Set([...dirty, ...alsoStatusOf]);
  if (touched.size === 0) return;
  ctx.lock.run(30000, () => {
    // syncState is loaded so that each account's row is written over in place: a key the snapshot did not load is
    // appended, and the table (read whole by every run) would grow by one row per account per save.
    const snapshot = ctx.store.load(['collaborators', 'labels', 'grants', 'syncState']);
    const model = new Model(snapshot);
    for (const email of touched) {
      const s = accountStates.get(email);
      const verdict = verdictFor(s, failed.get(email));
      for (const c of model.collaborationsOf(email)) {
        const next = withSyncStatus(c, verdict, s, now);
        if (next) model.putCollaborator(next);
      }
    }
    const rows = [...dirty].map((e) => accountStates.get(e)).filter((s): s is AccountSyncState => !!s).map(encodeSyncState);
    const changes = model.changes();
    if (rows.length) changes.put.syncState = [...(changes.put.syncState ?? []), ...rows];
    if (Object.keys(changes.put).length) ctx.store.save(snapshot, changes, { loadedUnderLock: true });
  });
}

/** The status the sync observed for an account, or null when it learned nothing new. */
function verdictFor(s: AccountSyncState | undefined, failure: unknown): { status: Status; detail: string } | null {
  if (failure !== undefined) {
    const status = statusFromFailure(failure);
    return status ? { status, detail: failureText(failure) } : null;
  }
  if (!s) return null;
  if (s.lastError === 'OVER_QUOTA') return { status: 'OVER_QUOTA', detail: 'The account has reached its contact limit.' };
  if (s.pushedCycle >= s.gatheredCycle && s.gatheredCycle > 0) return { status: 'ACTIVE', detail: 'All copies are up to date.' };
  return { status: 'SHARING', detail: 'Copies are being written; this takes until the next sync.' };
}

/** Only statuses the sync owns change here; Directory, seat and edition statuses stay as the recompute set them. */
function withSyncStatus(c: Collaborator, verdict: { status: Status; detail: string } | null, s: AccountSyncState | undefined, now: string): Collaborator | null {
  if (!verdict) return null;
  const syncOwned: Status[] = ['ACTIVE', 'SHARING', 'OVER_QUOTA', 'REVOKED'];
  if (!syncOwned.includes(c.status) || !c.seated) return null;
  const lastSyncAt = verdict.status === 'ACTIVE' ? (s?.lastSyncAt ?? now) : c.lastSyncAt;
  if (c.status === verdict.status && c.lastSyncAt === lastSyncAt) return null;
  return { ...c, status: verdict.status, detail: verdict.detail, lastSyncAt };
}
