// Every execution the simulator starts (card callbacks, trigger runs), with its result and the API calls it made.
import { AppsScriptRuntime, type Manifest, type RunOptions, type RunResult } from '../emulator/appsscript/runtime';
import type { World } from '../emulator';

export interface RunEntry {
  id: number;
  /** Virtual time the execution started (ISO). */
  at: string;
  user: string;
  fn: string;
  kind: string;
  ok: boolean;
  error?: string;
  killed?: string;
  virtualMs: number;
  /** API calls by service: total and per discovery method id, retries included. */
  api: Record<string, { calls: number; byMethod: Record<string, number> }>;
  calls: number;
  logs: string[];
  /** A trigger run's return value (the sync's report), as JSON, shortened. */
  value?: string;
  /** The run ended normally but its result says it failed (`{ok: false, error}`). */
  reported?: string;
}

/** Kept in memory and on disk; older entries fall off. */
export const RUN_LOG_LIMIT = 200;
const LOG_LINES_KEPT = 40;
const VALUE_CHARS_KEPT = 2000;

export function entryOf(id: number, world: World, since: number, startedAt: number, user: string, fn: string, kind: string, r: RunResult): RunEntry {
  const counts = world.callCounts(since);
  const api: RunEntry['api'] = {};
  for (const [service, c] of Object.entries(counts)) if (c.calls) api[service] = c;
  const entry: RunEntry = {
    id,
    at: new Date(startedAt).toISOString(),
    user: user.toLowerCase(),
    fn,
    kind,
    ok: r.ok,
    virtualMs: r.virtualMs,
    api,
    calls: Object.values(counts).reduce((n, c) => n + c.calls, 0),
    logs: r.logs.slice(-LOG_LINES_KEPT),
  };
  if (r.error) entry.error = `${r.error.name}: ${r.error.message}`;
  const v = r.value as { ok?: unknown; error?: { message?: unknown } } | undefined;
  if (v && typeof v === 'object' && v.ok === false) entry.reported = String(v.error?.message ?? JSON.stringify(v.error ?? v)).slice(0, 300);
  if (kind === 'trigger' && r.value !== undefined) {
    const text = JSON.stringify(r.value);
    entry.value = text.length > VALUE_CHARS_KEPT ? `${text.slice(0, VALUE_CHARS_KEPT)}…` : text;
  }
  if (r.killed) entry.killed = r.killed;
  return entry;
}

/** The Apps Script runtime with every execution (including each trigger firing) reported to `onRun`. */
export class RecordingRuntime extends AppsScriptRuntime {
  constructor(
    private readonly simWorld: World,
    code: string,
    manifest: Manifest,
    private readonly onRun: (world: World, since: number, startedAt: number, user: string, fn: string, kind: string, r: RunResult) => void,
  ) {
    super(simWorld, code, manifest);
  }

  override run(user: string, functionName: string, args: unknown[] = [], opts: RunOptions = {}): RunResult {
    const since = this.simWorld.calls.length;
    const startedAt = this.simWorld.clock.now();
    const r = super.run(user, functionName, args, opts);
    this.onRun(this.simWorld, since, startedAt, user, functionName, opts.kind ?? 'other', r);
    return r;
  }
}
