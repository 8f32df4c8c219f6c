// Lock over Apps Script's script lock: one writer at a time across every execution of the script (DESIGN.md section 5).
import type { Lock } from '../core/ports/infrastructure';
import { lockBusy } from './lock-rules';

type LockService = GoogleAppsScript.Lock.LockService;

export class ScriptLock implements Lock {
  /** Nested `run` calls of this execution: only the outermost takes and releases the lock. */
  private depth = 0;

  constructor(private readonly lockService: LockService) {}

  run<T>(timeoutMs: number, fn: () => T): T {
    if (this.depth > 0) return this.nested(fn);
    const lock = this.lockService.getScriptLock();
    try {
      lock.waitLock(Number.isFinite(timeoutMs) ? Math.max(0, Math.floor(timeoutMs)) : 0);
    } catch {
      // waitLock throws "Lock timeout: another process was holding the lock for too long."
      throw lockBusy();
    }
    try {
      return this.nested(fn);
    } finally {
      lock.releaseLock();
    }
  }

  private nested<T>(fn: () => T): T {
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}
