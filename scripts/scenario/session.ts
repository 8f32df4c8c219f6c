// A scenario's running state: the emulated Google, the deployed bundle in it, and the names a file uses for things
// (label names, contact keys) mapped to the product's ids.
import type { World } from '../../emulator';
import type { AppsScriptRuntime, RunResult } from '../../emulator/appsscript/runtime';
import type { ApiResult } from '../../src/entrypoints/api';

export interface Session {
  world: World;
  runtime: AppsScriptRuntime;
  /** Label name -> id (the latest label of that name). */
  labels: Map<string, string>;
  /** Scenario key -> master contact id. */
  masters: Map<string, string>;
  /** Account -> (scenario key -> resource name) of the account's own contacts. */
  own: Map<string, Map<string, string>>;
  /** Sync trigger executions so far. */
  runs: number;
  /** One entry per sync trigger execution that `runSyncTriggers` made (the benchmark and the chaos suite read them). */
  runStats?: SyncRunStat[];
  log(line: string): void;
}

/** What one sync trigger execution cost: the platform's view (virtual time, API calls) and Node's (CPU). */
export interface SyncRunStat {
  owner: string;
  ok: boolean;
  /** Virtual milliseconds the execution took (API latency, sleeps, lock waits). */
  virtualMs: number;
  /** API calls the execution made, retries included. */
  calls: number;
  /** `world.calls` indices of this execution's calls: [from, to). */
  callRange: [number, number];
  /** Node CPU time of the execution: the bundle in its sandbox and the emulator's handlers alike. */
  cpuMs: number;
  /** Accounts the run left pending (0 when it failed). */
  pending: number;
}

/** A card-less event, as the platform would pass it, carrying a command name and its JSON input. */
export function commandEvent(world: World, user: string, name: string, input: unknown) {
  const parameters = { command: name, input: JSON.stringify(input ?? {}) };
  return {
    commonEventObject: {
      userLocale: world.appsScript.userSettings[user]?.locale ?? 'en',
      timeZone: { id: 'Etc/UTC', offset: 0 },
      platform: 'WEB',
      hostApp: 'GMAIL',
      parameters,
    },
    parameters,
  };
}

/** Runs one product command or query as `user`, through the bundle's `onCommand` entry point. */
export function command(session: Session, user: string, name: string, input: unknown = {}): ApiResult {
  const r: RunResult = session.runtime.run(user, 'onCommand', [commandEvent(session.world, user, name, input)], { kind: 'card' });
  if (!r.ok) {
    const message = r.killed ?? r.error?.message ?? 'the execution failed';
    return { ok: false, error: { code: 'UNAVAILABLE', key: 'error.execution', message, params: {} } };
  }
  return r.value as ApiResult;
}
