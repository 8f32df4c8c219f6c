// The feed import, run at the start of every sync run: each feed label's source is read, and when it changed since the
// last complete import its rows are applied in units of work of a bounded number of writes, checkpointed, within its
// own share of the run's budget; a feed larger than one run continues in the next. Unchanged rows cost no write.
import { isAppError, ok, type AppError } from '../../core/errors';
import type { FeedRead } from '../../core/feed/feed-port';
import { checkSource, type CheckedSource, type SkipReason, type SkippedRow } from '../../core/feed/row-check';
import type { Label, FeedSpec } from '../../core/model';
import type { Budget } from '../../core/ports/budget';
import { preview } from '../../core/text';
import type { AppContext } from '../context';
import { envOf, type Env } from '../env';
import { FeedApplier } from './feed-apply';
import { skippedCsv } from './feed-report';
import { feedOf, storedVersion } from './feed-sources';
import { specKey, validSpec } from './feed-spec';
import { FeedTables, type FeedCursor, type FeedResult, type FeedState } from './feed-table';
import { readFeeds, transactFeeds } from './feed-transact';

/** Set by setFeed; while it is absent a run spends nothing on feeds (not even a read of the store). */
export const FEEDS_PRESENT_KEY = 'feeds.present';

export interface FeedImportContext extends AppContext {
  budget: Budget;
  /** Imports run on the admin's trigger only ('domain'); an outside collaborator's own trigger leaves them. */
  reach: 'domain' | 'self';
  log(line: string): void;
}

export interface FeedImportOptions {
  /** Contacts written (created or changed) per unit of work: bounds one save's size and one lock hold. */
  batchWrites?: number;
  /** Below this much budget a run imports nothing (a card's "sync now" has 20 s); the hourly run does it. */
  minBudgetMs?: number;
}

export interface FeedRunReport {
  /** `feed:<labelId>` of every feed still importing: the next run continues it. */
  pending: string[];
  /** Feeds that finished an import in this run. */
  imported: Array<{ labelId: string; result: FeedResult }>;
  failed: Array<{ labelId: string; message: string }>;
}

export const DEFAULT_BATCH_WRITES = 5000;
export const DEFAULT_MIN_BUDGET_MS = 60000;
/** Skipped rows listed in the downloadable CSV; past this the card says how many more there were. */
export const MAX_SKIPPED_LISTED = 5000;
const MAX_SAMPLE = 20;
const MAX_IGNORED = 50;

const pendingName = (labelId: string) => `feed:${labelId}`;

export function freshState(label: Label, spec: FeedSpec, at: string, by: string): FeedState {
  return {
    labelId: label.id,
    spec: specKey(spec),
    setAt: at,
    setBy: by,
    replace: false,
    source: null,
    doneVersion: null,
    cursor: null,
    last: null,
    error: null,
    skippedChunks: 0,
  };
}

interface Job {
  label: Label;
  spec: FeedSpec;
  state: FeedState;
}

/** Imports every feed label whose source changed, within half of the budget the run has left. */
export function importFeeds(ctx: FeedImportContext, opts: FeedImportOptions = {}): FeedRunReport {
  const report: FeedRunReport = { pending: [], imported: [], failed: [] };
  if (ctx.reach !== 'domain' || ctx.config.get(FEEDS_PRESENT_KEY) === null) return report;
  const start = ctx.budget.remainingMs();
  if (start < (opts.minBudgetMs ?? DEFAULT_MIN_BUDGET_MS)) return report;
  // The sync after the import gets at least the other half.
  const stopBelow = start / 2;
  const found = readFeeds(ctx, ['labels', 'feeds'], (model, feeds) => {
    const jobs: Job[] = [];
    for (const label of model.labels()) {
      const spec = label.deleted ? null : validSpec(label.feed);
      if (!spec) continue;
      const state = feeds.state(label.id);
      const now = new Date(ctx.clock.nowMs()).toISOString();
      jobs.push({ label, spec, state: state && state.spec === specKey(spec) ? state : freshState(label, spec, now, label.owner) });
    }
    const live = new Set(jobs.map((j) => j.label.id));
    const orphans = feeds.states().filter((s) => !live.has(s.labelId)).map((s) => s.labelId);
    return ok({ jobs: jobs.sort((a, b) => (a.label.id < b.label.id ? -1 : 1)), orphans });
  });
  if (!found.ok) {
    ctx.log(`feeds: could not read the feed state: ${found.error.message}`);
    return report;
  }
  // A deleted label keeps its feed's rows until here: its state and text go (once; two Sheets calls).
  if (found.value.orphans.length > 0) forget(ctx, found.value.orphans);
  if (found.value.jobs.length === 0) {
    ctx.config.remove(FEEDS_PRESENT_KEY);
    return report;
  }
  let chunks: FeedTables | null = null;
  for (const job of found.value.jobs) {
    const { label, spec, state } = job;
    const known = storedVersion(spec, state);
    if (known !== null && state.cursor === null && state.doneVersion === known) continue;
    if (ctx.budget.remainingMs() < stopBelow) {
      report.pending.push(pendingName(label.id));
      continue;
    }
    let read: FeedRead;
    try {
      if ((spec.kind === 'csv' || spec.kind === 'crm') && chunks === null) chunks = new FeedTables(ctx.store.load(['feedChunks']));
      read = feedOf(ctx, label, spec, state, chunks).read();
    } catch (e) {
      if (!isAppError(e)) throw e;
      recordError(ctx, job, e);
      report.failed.push({ labelId: label.id, message: e.message });
      continue;
    }
    if (state.cursor === null && state.doneVersion === read.version) continue;
    const outcome = runPass(ctx, job, read, checkSource(read), stopBelow, opts.batchWrites ?? DEFAULT_BATCH_WRITES);
    if (outcome.result) report.imported.push({ labelId: label.id, result: outcome.result });
    if (outcome.pending) report.pending.push(pendingName(label.id));
    if (outcome.error) report.failed.push({ labelId: label.id, message: outcome.error });
  }
  for (const i of report.imported) {
    const r = i.result;
    ctx.log(`feed ${i.labelId}: ${r.read} rows read, ${r.imported} imported, ${r.updated} updated, ${r.removed} removed, ${r.skipped} skipped`);
  }
  return report;
}

/** The feed's writer as audit and history see it: not a person, the feed. */
function feedEnv(ctx: AppContext, spec: FeedSpec): Env {
  return { ...envOf(ctx), actor: `feed:${spec.kind}` };
}

function newCursor(version: string, total: number, now: string): FeedCursor {
  return { version, next: 0, total, startedAt: now, runs: 0, created: 0, updated: 0, unchanged: 0 };
}

type PassStep = { kind: 'gone' } | { kind: 'progress'; cursor: FeedCursor } | { kind: 'done'; result: FeedResult };

/** Applies the rows from the cursor on, one unit of work at a time, while the budget allows. */
function runPass(
  ctx: FeedImportContext,
  job: Job,
  read: FeedRead,
  checked: CheckedSource,
  stopBelow: number,
  batchWrites: number,
): { result?: FeedResult; pending?: boolean; error?: string } {
  const { label, spec } = job;
  const now = envOf(ctx).now;
  let cursor = job.state.cursor?.version === read.version ? { ...job.state.cursor } : newCursor(read.version, checked.rows.length, now);
  cursor.runs += 1;
  for (;;) {
    const from: FeedCursor = cursor;
    const step = transactFeeds<PassStep>(ctx, ['labels', 'contacts', 'feeds'], (model, feeds) => {
      const live = model.label(label.id);
      const stored = feeds.state(label.id);
      // setFeed or removeFeed ran meanwhile: this pass belongs to a feed that no longer exists.
      if (!live || live.deleted || specKey(validSpec(live.feed)) !== specKey(spec)) return ok({ kind: 'gone' });
      if (stored && stored.spec !== specKey(spec)) return ok({ kind: 'gone' });
      const base = stored ?? job.state;
      const env = feedEnv(ctx, spec);
      const applier = new FeedApplier(model, live, env, checked.keys);
      const next = { ...from };
      let writes = 0;
      let i = from.next;
      for (; i < checked.rows.length && writes < batchWrites; i++) {
        const row = checked.rows[i];
        if (!row.ok) continue;
        const outcome = applier.apply(row);
        if (outcome === 'created') next.created++;
        else if (outcome === 'updated') next.updated++;
        else next.unchanged++;
        if (outcome !== 'unchanged') writes++;
      }
      next.next = i;
      if (i < checked.rows.length) {
        feeds.putState({ ...base, cursor: next });
        return ok({ kind: 'progress', cursor: next });
      }
      const removed = applier.removeGone();
      const skipped = checked.rows.filter((r): r is SkippedRow => !r.ok);
      const listed = skipped.slice(0, MAX_SKIPPED_LISTED);
      const skippedChunks = feeds.putText(label.id, 'skipped', listed.length ? skippedCsv(read.header, listed) : '');
      const reasons: Partial<Record<SkipReason, number>> = {};
      for (const r of skipped) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
      const result: FeedResult = {
        at: env.now,
        startedAt: next.startedAt,
        version: read.version,
        runs: next.runs,
        read: checked.rows.length,
        imported: next.created,
        updated: next.updated,
        unchanged: next.unchanged,
        removed,
        skipped: skipped.length,
        reasons,
        sample: skipped.slice(0, MAX_SAMPLE).map((r) => ({ row: r.row, reason: r.reason, message: preview(r.message, 300) })),
        ignoredColumns: read.ignoredColumns.slice(0, MAX_IGNORED).map((c) => preview(c, 100)),
        skippedListed: listed.length,
      };
      feeds.putState({ ...base, cursor: null, doneVersion: read.version, last: result, error: null, skippedChunks });
      return ok({ kind: 'done', result });
    });
    if (!step.ok) {
      // The checkpoint of the last unit of work stands. A busy lock or store: the next run goes on from it; a refusal
      // that would repeat is recorded for the feed card instead of being retried every run.
      ctx.log(`feed ${label.id}: ${step.error.message}`);
      if (step.error.code === 'UNAVAILABLE') return { pending: true, error: step.error.message };
      recordError(ctx, job, step.error);
      return { error: step.error.message };
    }
    if (step.value.kind === 'gone') return {};
    if (step.value.kind === 'done') return { result: step.value.result };
    cursor = step.value.cursor;
    if (ctx.budget.remainingMs() < stopBelow) return { pending: true };
  }
}

/** Clears the feed rows of labels that no longer have a feed (deleted labels), rechecked under the lock. */
function forget(ctx: FeedImportContext, labelIds: readonly string[]): void {
  const r = transactFeeds(ctx, ['labels', 'feeds', 'feedChunks'], (model, feeds) => {
    for (const id of labelIds) {
      const label = model.label(id);
      if (!label || label.deleted || !validSpec(label.feed)) feeds.clear(id);
    }
    return ok(null);
  });
  if (!r.ok) ctx.log(`feeds: could not clear the rows of removed feeds: ${r.error.message}`);
}

/** Keeps why the source could not be read, for the feed card; the same failure again writes nothing. */
function recordError(ctx: FeedImportContext, job: Job, e: AppError): void {
  const r = transactFeeds(ctx, ['labels', 'feeds'], (model, feeds) => {
    const live = model.label(job.label.id);
    if (!live || live.deleted || specKey(validSpec(live.feed)) !== specKey(job.spec)) return ok(null);
    const base = feeds.state(job.label.id) ?? job.state;
    if (base.spec !== specKey(job.spec)) return ok(null);
    if (base.error?.key === e.key && base.error.message === e.message) return ok(null);
    feeds.putState({ ...base, error: { at: envOf(ctx).now, code: e.code, key: e.key, message: e.message } });
    return ok(null);
  });
  if (!r.ok) ctx.log(`feed ${job.label.id}: could not record the failure: ${r.error.message}`);
}
