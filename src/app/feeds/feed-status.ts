// Query: a feed label's import state and last import result (rows read, imported, updated, removed, skipped with
// reasons), with the skipped rows as CSV text for the owner and managers to download.
import { ok, Result } from '../../core/errors';
import type { FeedSpec } from '../../core/model';
import { can } from '../../core/role';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { envOf } from '../env';
import { id, parseInput } from '../input';
import { describeSpec, specKey, validSpec } from './feed-spec';
import type { FeedError, FeedResult, FeedState } from './feed-table';
import { readFeeds } from './feed-transact';

export type FeedPhase = 'none' | 'waiting' | 'importing' | 'upToDate' | 'failed';

export interface FeedStatusOutput {
  labelId: string;
  labelName: string;
  feed: FeedSpec | null;
  /** The source in words ("a CSV file", "the company directory", …). */
  source: string | null;
  phase: FeedPhase;
  setAt: string | null;
  setBy: string | null;
  /** A pass under way: rows applied of the source's rows, and the runs it has taken. */
  progress: { done: number; total: number; runs: number } | null;
  last: FeedResult | null;
  error: FeedError | null;
  /** The last import's skipped rows as CSV (row, reason, the row's cells); only for those who may manage the label. */
  skippedCsv: string | null;
}

const SHAPE = { labelId: id() };

export function phaseOf(spec: FeedSpec | null, state: FeedState | null): FeedPhase {
  if (spec === null) return 'none';
  if (!state) return 'waiting';
  if (state.error && (!state.last || state.error.at >= state.last.at)) return 'failed';
  if (state.cursor) return 'importing';
  return state.doneVersion === null ? 'waiting' : 'upToDate';
}

/** Viewers see how the feed is doing; the skipped rows (source data that is not in the label) only its managers. */
export function feedStatus(ctx: AppContext, input: unknown): Result<FeedStatusOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const env = envOf(ctx);
    return readFeeds(ctx, ['labels', 'grants', 'feeds'], (model, feeds) => {
      const access = requireLabel(model, parsed.value.labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      const { label, role } = access.value;
      const spec = validSpec(label.feed);
      const stored = feeds.state(label.id);
      // A state row of another feed of this label says nothing about the current one.
      const current = stored && spec && stored.spec === specKey(spec) ? stored : null;
      const mayManage = can(role, 'share');
      const csv = current && mayManage && current.skippedChunks > 0 ? feeds.text(label.id, 'skipped', current.skippedChunks) : null;
      return ok({
        labelId: label.id,
        labelName: label.name,
        feed: spec,
        source: spec ? describeSpec(spec) : null,
        phase: phaseOf(spec, current),
        setAt: current?.setAt ?? null,
        setBy: current?.setBy ?? null,
        progress: current?.cursor ? { done: current.cursor.next, total: current.cursor.total, runs: current.cursor.runs } : null,
        last: current?.last ?? null,
        error: current?.error ?? null,
        skippedCsv: csv,
      });
    });
  });
}
