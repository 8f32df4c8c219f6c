// LockService: script and user locks held by execution id in world state, so contention with another (simulated)
// execution shows; waits spend virtual time. Facts: [C] https://developers.google.com/apps-script/reference/lock/lock
// (tryLock returns a Boolean, waitLock throws on timeout, locks are released when the script ends).
import type { World } from '../core/world';
import type { ActiveExecution, ScriptHost } from './host';
import { spendTime } from './host';

const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** Test helper: another execution (`holderId`) holds the script lock, until released or until virtual time `untilMs`. */
export function holdScriptLock(world: World, holderId: string, untilMs?: number): void {
  world.appsScript.scriptLockHolder = holderId;
  world.appsScript.scriptLockUntil = untilMs ?? null;
}

/** Test helper: whoever holds the script lock lets it go. */
export function releaseScriptLock(world: World): void {
  world.appsScript.scriptLockHolder = null;
  world.appsScript.scriptLockUntil = null;
}

/** Releases what an ending execution holds, killed or not ("Locks are released automatically when the script ends"). */
export function releaseExecutionLocks(world: World, active: ActiveExecution): void {
  const id = active.execution.id;
  if (world.appsScript.scriptLockHolder === id) releaseScriptLock(world);
  const users = world.appsScript.userLockHolders;
  if (users && users[active.user] === id) delete users[active.user];
  active.holds.script = false;
  active.holds.user = false;
}

interface Slot {
  holder(): string | null;
  /** When a simulated holder lets go on its own (null: never). */
  until(): number | null;
  take(id: string): void;
  free(): void;
}

function scriptSlot(world: World): Slot {
  return {
    holder: () => world.appsScript.scriptLockHolder,
    until: () => world.appsScript.scriptLockUntil ?? null,
    take: (id) => holdScriptLock(world, id),
    free: () => releaseScriptLock(world),
  };
}

function userSlot(world: World, user: string): Slot {
  const map = () => (world.appsScript.userLockHolders ??= {});
  return {
    holder: () => map()[user] ?? null,
    until: () => null,
    take: (id) => (map()[user] = id),
    free: () => delete map()[user],
  };
}

function makeLock(host: ScriptHost, which: 'script' | 'user'): Record<string, unknown> {
  const { world } = host;
  const slot = () => (which === 'script' ? scriptSlot(world) : userSlot(world, host.current().user));
  const me = () => host.current().execution.id;

  /** Tries for up to `ms` of virtual time; a holder that never lets go costs the whole wait. */
  const acquire = (ms: number): boolean => {
    const s = slot();
    const id = me();
    const holder = s.holder();
    if (holder === null || holder === id) {
      s.take(id);
      host.current().holds[which] = true;
      return true;
    }
    const until = s.until();
    const now = world.clock.now();
    if (until !== null && until <= now + ms) {
      spendTime(host, Math.max(0, until - now));
      s.take(id);
      host.current().holds[which] = true;
      return true;
    }
    spendTime(host, ms);
    return false;
  };

  const timeout = (ms: unknown) => {
    const n = Number(ms);
    if (!Number.isFinite(n) || n < 0) throw host.realm.error(`Invalid argument: timeoutInMillis`);
    return n;
  };

  return {
    tryLock: (ms: unknown) => acquire(timeout(ms)),
    waitLock: (ms: unknown) => {
      if (!acquire(timeout(ms))) throw host.realm.error(LOCK_TIMEOUT);
    },
    hasLock: () => slot().holder() === me(),
    releaseLock: () => {
      const s = slot();
      if (s.holder() === me()) s.free();
      host.current().holds[which] = false;
    },
  };
}

export function createLockService(host: ScriptHost): Record<string, unknown> {
  return {
    getScriptLock: () => makeLock(host, 'script'),
    getUserLock: () => makeLock(host, 'user'),
    // A Workspace add-on has no container document, so there is no document lock (the reference returns null then).
    getDocumentLock: () => null,
  };
}
