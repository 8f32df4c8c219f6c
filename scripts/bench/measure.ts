// Measures sync trigger executions of a session: API calls by service from the emulator's log, virtual time and CPU
// from `Session.runStats`, minus the CPU the emulator's own dispatcher spent (it is not the product's).
import type { World } from '../../emulator';
import type { ApiRequest, ApiResponse } from '../../emulator/core/types';
import { runSyncTriggers } from '../scenario/steps';
import type { Session, SyncRunStat } from '../scenario/session';
import type { Measured } from './types';

const LIST = 'people.people.connections.list';
const READS = /\.(get|list|batchGet|getBatchGet|search\w*)$/;

/** CPU milliseconds spent inside `world.call` so far (the emulated Google answering), per world. */
const dispatcherCpu = new WeakMap<World, { ms: number }>();

/** Wraps the world's dispatcher once so the CPU of emulated API handlers can be told apart from the product's. */
export function instrument(world: World): { ms: number } {
  let meter = dispatcherCpu.get(world);
  if (meter) return meter;
  const m = { ms: 0 };
  meter = m;
  dispatcherCpu.set(world, m);
  const original = world.call.bind(world);
  world.call = (req: ApiRequest): ApiResponse => {
    const t = process.cpuUsage();
    try {
      return original(req);
    } finally {
      const d = process.cpuUsage(t);
      m.ms += (d.user + d.system) / 1000;
    }
  };
  return meter;
}

/** Sums the runs in `stats` (and the calls they made) into one measurement. */
export function summarize(world: World, stats: readonly SyncRunStat[], dispatcherMs: number): Measured {
  const out: Measured = {
    peopleCalls: 0,
    peopleWrites: 0,
    peopleLists: 0,
    directoryCalls: 0,
    sheetsCalls: 0,
    runs: stats.length,
    longestRunMs: 0,
    totalRunMs: 0,
    cpuMs: 0,
    byMethod: {},
    idle: stats.length > 0 && stats[stats.length - 1].ok && stats[stats.length - 1].pending === 0,
  };
  for (const s of stats) {
    out.longestRunMs = Math.max(out.longestRunMs, s.virtualMs);
    out.totalRunMs += s.virtualMs;
    out.cpuMs += s.cpuMs;
    for (const c of world.calls.slice(s.callRange[0], s.callRange[1])) {
      if (c.service === 'people') {
        out.peopleCalls++;
        out.byMethod[c.methodId] = (out.byMethod[c.methodId] ?? 0) + 1;
        if (c.methodId === LIST) out.peopleLists++;
        else if (!READS.test(c.methodId)) out.peopleWrites++;
      } else if (c.service === 'directory') out.directoryCalls++;
      else if (c.service === 'sheets') out.sheetsCalls++;
    }
  }
  out.cpuMs = Math.max(0, Math.round(out.cpuMs - dispatcherMs));
  return out;
}

/**
 * Runs every sync trigger until a run leaves nothing pending (`until: 'idle'`, at most `maxRuns`), or exactly once,
 * and measures only those executions.
 */
export function measureRuns(session: Session, opts: { until: 'idle' | 'once'; maxRuns?: number }): Measured {
  const meter = instrument(session.world);
  const before = session.runStats?.length ?? 0;
  const cpuBefore = meter.ms;
  const max = opts.until === 'once' ? 1 : (opts.maxRuns ?? 60);
  for (let i = 0; i < max; i++) {
    const r = runSyncTriggers(session);
    if (!r.pending) break;
  }
  return summarize(session.world, (session.runStats ?? []).slice(before), meter.ms - cpuBefore);
}

/**
 * Runs, unmeasured, until a run writes nothing to People and reads one page per account: the read-back of earlier
 * writes is done, so what follows starts from a steady state.
 */
export function settle(session: Session, accounts: number, maxRuns = 10): void {
  for (let i = 0; i < maxRuns; i++) {
    const m = measureRuns(session, { until: 'once' });
    if (m.peopleWrites === 0 && m.idle && m.peopleLists <= accounts) return;
  }
  throw new Error(`the domain did not settle in ${maxRuns} runs`);
}
