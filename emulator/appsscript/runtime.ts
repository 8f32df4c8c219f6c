// The Apps Script runtime: runs a bundle's top-level functions in a node:vm sandbox holding only Apps Script's globals,
// one execution at a time, each bound to its user, kind and virtual deadline; fires time-driven triggers on the clock.
import * as vm from 'node:vm';
import type { Execution, World } from '../core/world';
import { createGlobals } from './globals';
import type { ActiveExecution, ExecutionKind, Manifest, ScriptHost } from './host';
import { quotaFor, useDailyQuota } from './host';
import { releaseExecutionLocks } from './lock-service';
import { Realm } from './realm';
import { clockEvent, dueTriggers, nextDue, reschedule } from './triggers';
import { installSeededRandom, installVirtualDate } from './virtual-date';

export type { Manifest } from './host';

export interface RunOptions {
  kind?: ExecutionKind;
  /** overrides the virtual deadline */
  deadlineMs?: number;
  killAfterCalls?: number;
}

export interface RunResult {
  ok: boolean;
  /** JSON-plain (CardService objects converted via their toJSON). */
  value?: unknown;
  error?: { name: string; message: string; stack?: string };
  /** Set when the platform ended the execution (deadline / injected kill). */
  killed?: string;
  calls: number;
  virtualMs: number;
  logs: string[];
}

export interface RuntimeOptions {
  /**
   * Apps Script evaluates the whole script afresh for every execution, so globals never carry over between
   * executions. `false` keeps one global scope for all executions (faster; not faithful). Default true.
   */
  freshContextPerRun?: boolean;
}

/** Windows of the daily trigger runtime quota are keyed with this prefix and the owner's email. */
const TRIGGER_QUOTA = 'triggerMs|';

export class AppsScriptRuntime {
  /** Names of functions that cards referenced (CardService Action.setFunctionName) during any execution. */
  readonly referencedFunctions = new Set<string>();
  /** Service methods the script called while its global scope was being evaluated (DESIGN: must stay 0). */
  loadServiceCalls = 0;
  private readonly script: vm.Script;
  private readonly fresh: boolean;
  private ctx: vm.Context;
  private active: ActiveExecution | null = null;
  private loading = false;

  constructor(
    private readonly world: World,
    code: string,
    private readonly manifest: Manifest,
    opts: RuntimeOptions = {},
  ) {
    this.script = new vm.Script(code, { filename: 'Code.js' });
    this.fresh = opts.freshContextPerRun ?? true;
    this.ctx = this.load();
  }

  /** The sandbox's global object (for tests: e.g. typeof ctx.onHomepage); the latest execution's when contexts are fresh. */
  get context(): Record<string, unknown> {
    return this.ctx as Record<string, unknown>;
  }

  /** One execution of a top-level function as `user` (an email); args are deep-cloned into the sandbox realm. */
  run(user: string, functionName: string, args: unknown[] = [], opts: RunOptions = {}): RunResult {
    const world = this.world;
    if (world.execution) throw new Error(`an execution (${world.execution.id}) is already running`);
    const kind = opts.kind ?? 'other';
    const startedAt = world.clock.now();
    const limit = opts.deadlineMs ?? (kind === 'card' ? world.config.cardCallbackMs : world.config.executionMs);
    const n = (world.appsScript.executionCount ?? 0) + 1;
    world.appsScript.executionCount = n;
    const execution: Execution = {
      id: `exec-${n}`,
      user: user.toLowerCase(),
      startedAt,
      deadlineAt: startedAt + limit,
      calls: 0,
      killAfterCalls: opts.killAfterCalls ?? world.faults.killAfterCalls,
    };
    const active: ActiveExecution = {
      execution,
      user: execution.user,
      kind,
      logs: [],
      holds: { script: false, user: false },
    };
    world.execution = execution;
    this.active = active;
    let ok = false;
    let value: unknown;
    let error: RunResult['error'];
    try {
      const ctx = this.fresh ? this.load() : this.ctx;
      this.ctx = ctx;
      const fn = (ctx as Record<string, unknown>)[functionName];
      if (typeof fn !== 'function') {
        const realm = new Realm(ctx);
        throw realm.error(`Script function not found: ${functionName}`);
      }
      const realmArgs = vm.runInContext('JSON.parse', ctx)(JSON.stringify(args)) as unknown[];
      const out = (fn as (...a: unknown[]) => unknown)(...realmArgs);
      value = out === undefined ? undefined : JSON.parse(JSON.stringify(out));
      ok = true;
    } catch (e) {
      error = describeError(e);
    } finally {
      releaseExecutionLocks(world, active);
      world.execution = null;
      this.active = null;
    }
    if (!execution.killed && world.clock.now() > execution.deadlineAt) execution.killed = 'Exceeded maximum execution time';
    const result: RunResult = {
      ok: ok && !execution.killed,
      calls: execution.calls,
      virtualMs: world.clock.now() - startedAt,
      logs: active.logs,
    };
    if (execution.killed) result.killed = execution.killed;
    if (ok && !execution.killed) result.value = value;
    if (error) result.error = error;
    return result;
  }

  /** Fires every time-driven trigger whose time has come (clock <= now), each as its owner, kind 'trigger'. */
  fireDueTriggers(): RunResult[] {
    const results: RunResult[] = [];
    for (const t of dueTriggers(this.world)) {
      // An earlier trigger of this pass may have deleted this one.
      if (!this.world.appsScript.triggers.includes(t)) continue;
      const firedAt = this.world.clock.now();
      reschedule(this.world, t, firedAt);
      const state = this.world.accountState(t.owner);
      // [?] Triggers of a suspended or deleted owner stop: they run as that account, which can no longer run anything.
      if (state === 'suspended' || state === 'deleted' || state === 'banned') continue;
      const key = TRIGGER_QUOTA + t.owner;
      const limit = quotaFor(this.world, t.owner, this.world.config.triggerRuntimePerDayMs);
      if (!useDailyQuota(this.world, key, 0, limit - 1)) {
        results.push(quotaRefusal());
        continue;
      }
      const r = this.run(t.owner, t.handlerFunction, [clockEvent(t, firedAt)], { kind: 'trigger' });
      useDailyQuota(this.world, key, r.virtualMs, Infinity);
      results.push(r);
    }
    return results;
  }

  /** Advances the virtual clock by `ms` in steps, firing triggers as they fall due. */
  advance(ms: number): RunResult[] {
    const clock = this.world.clock;
    const target = clock.now() + ms;
    const results: RunResult[] = [];
    for (;;) {
      const due = nextDue(this.world);
      if (due === undefined || due > target) break;
      if (due > clock.now()) clock.set(due);
      results.push(...this.fireDueTriggers());
    }
    if (clock.now() < target) clock.set(target);
    return results;
  }

  /** Evaluates the bundle into a fresh context whose globals serve whichever execution is current. */
  private load(): vm.Context {
    const ctx = vm.createContext({}, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
    const realm = new Realm(ctx, () => {
      if (this.loading) this.loadServiceCalls++;
    });
    const host: ScriptHost = {
      world: this.world,
      manifest: this.manifest,
      realm,
      current: () => {
        if (!this.active) throw realm.error('Apps Script services are only available inside an execution.');
        return this.active;
      },
      log: (line) => {
        this.active?.logs.push(line);
        this.world.appsScript.logs.push(line);
      },
      referenced: (name) => this.referencedFunctions.add(name),
    };
    // V8 gives every context its own inert `console`; Apps Script's replaces it below.
    vm.runInContext('delete globalThis.console;', ctx);
    installVirtualDate(ctx, () => this.world.clock.now());
    installSeededRandom(ctx, () => this.world.rng.next());
    Object.assign(ctx, createGlobals(host));
    this.loading = true;
    try {
      this.script.runInContext(ctx);
    } finally {
      this.loading = false;
    }
    return ctx;
  }
}

function describeError(e: unknown): NonNullable<RunResult['error']> {
  if (e !== null && typeof e === 'object' && 'message' in e) {
    const o = e as { name?: unknown; message?: unknown; stack?: unknown };
    const out: NonNullable<RunResult['error']> = { name: String(o.name ?? 'Error'), message: String(o.message) };
    if (typeof o.stack === 'string') out.stack = o.stack;
    return out;
  }
  return { name: 'Error', message: String(e) };
}

/** What a trigger that did not run reports: the owner spent the day's trigger runtime ([C] quotas page). */
function quotaRefusal(): RunResult {
  return {
    ok: false,
    error: { name: 'Exception', message: 'Service using too much computer time for one day' },
    calls: 0,
    virtualMs: 0,
    logs: [],
  };
}
