// What every Apps Script global needs from the runtime: the world, the manifest, the sandbox realm and the CURRENT
// execution (user, deadline, kind), since the same global objects serve whichever execution is running.
import type { Execution, World } from '../core/world';
import { ExecutionKilled } from '../core/world';
import type { Realm } from './realm';
import type { QuotaWindow } from './state';

export interface Manifest {
  urlFetchWhitelist?: string[];
  oauthScopes?: string[];
  timeZone?: string;
  [k: string]: unknown;
}

export type ExecutionKind = 'card' | 'trigger' | 'other';

export interface ActiveExecution {
  execution: Execution;
  /** Lower-case email of the account the execution runs as. */
  user: string;
  kind: ExecutionKind;
  logs: string[];
  /** Locks this execution holds, released when it ends. */
  holds: { script: boolean; user: boolean };
}

export interface ScriptHost {
  world: World;
  manifest: Manifest;
  realm: Realm;
  /** The running execution; throws when a service is touched outside any (e.g. while the bundle loads in the constructor). */
  current(): ActiveExecution;
  log(line: string): void;
  /** CardService reports each function a card names here. */
  referenced(functionName: string): void;
}

/**
 * Advances the virtual clock inside an execution (sleep, lock waits) and ends the execution once it passes its
 * deadline, as the platform does at 6 min / 30 s ([C] quotas page; google-api-facts.md C).
 */
export function spendTime(host: ScriptHost, ms: number): void {
  const ex = host.current().execution;
  if (ex.killed) throw new ExecutionKilled(ex.killed);
  host.world.clock.advance(ms);
  if (host.world.clock.now() > ex.deadlineAt) {
    ex.killed = 'Exceeded maximum execution time';
    throw new ExecutionKilled(ex.killed);
  }
}

/** Workspace (domain) accounts get the larger daily quotas, consumer accounts the smaller ([C] quotas page). */
export function quotaFor(world: World, email: string, limits: { workspace: number; consumer: number }): number {
  return world.isDomainEmail(email) ? limits.workspace : limits.consumer;
}

/**
 * Uses `amount` of a per-user daily quota and says whether it fit; the window restarts 24 h after its first use
 * ("Quotas are per user and reset 24 h after the first request" [C] https://developers.google.com/apps-script/guides/services/quotas).
 */
export function useDailyQuota(world: World, key: string, amount: number, limit: number, commit = true): boolean {
  const windows = (world.appsScript.dailyQuota ??= {});
  const now = world.clock.now();
  let w: QuotaWindow | undefined = windows[key];
  if (!w || now - w.since >= 24 * 3600 * 1000) w = { since: now, used: 0 };
  if (w.used + amount > limit) return false;
  if (commit) windows[key] = { since: w.since, used: w.used + amount };
  return true;
}

/** Bytes of a string in UTF-8: Apps Script's size limits count bytes. */
export const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8');
