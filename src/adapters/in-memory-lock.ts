// The Lock fake: a lock another (simulated) execution can hold, so tests see contention; counts acquisitions.
import type { Lock } from '../core/ports/infrastructure';
import { lockBusy } from './lock-rules';

export class InMemoryLock implements Lock {
  /** Times `run` took the lock (nested runs ride on the outer hold and do not count). */
  acquisitions = 0;
  private heldByOther = false;
  private depth = 0;

  /** Another execution holds the lock until `release()`: every `run` then fails with UNAVAILABLE. */
  holdElsewhere(): void {
    this.heldByOther = true;
  }

  release(): void {
    this.heldByOther = false;
  }

  /** Whether this execution holds the lock now (inside `run`). */
  get held(): boolean {
    return this.depth > 0;
  }

  run<T>(_timeoutMs: number, fn: () => T): T {
    if (this.depth === 0) {
      if (this.heldByOther) throw lockBusy();
      this.acquisitions++;
    }
    this.depth++;
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }
}
