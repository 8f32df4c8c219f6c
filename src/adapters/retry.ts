// Retries a call that failed with a transient error (429, 5xx) with exponential backoff and full jitter, within the budget.
import type { Budget } from '../core/ports/budget';

export interface RetryPolicy {
  /** First backoff ceiling; doubles each attempt up to `maxDelayMs` ("exponential backoff", Google API guidance). */
  baseDelayMs: number;
  maxDelayMs: number;
  maxAttempts: number;
  /** Never sleep into the last part of the budget: the run needs it to save its checkpoint. */
  reserveMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseDelayMs: 1000, maxDelayMs: 32000, maxAttempts: 6, reserveMs: 20000 };

/** Thrown when a transient failure persists past the attempts or the budget. */
export class RetriesExhausted extends Error {
  constructor(readonly last: unknown) {
    super(`gave up after retries: ${last instanceof Error ? last.message : String(last)}`);
    this.name = 'RetriesExhausted';
  }
}

export function withRetry<T>(fn: () => T, isTransient: (e: unknown) => boolean, budget: Budget, policy: RetryPolicy = DEFAULT_RETRY): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (!isTransient(e)) throw e;
      if (attempt >= policy.maxAttempts) throw new RetriesExhausted(e);
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * Math.pow(2, attempt - 1));
      const delay = Math.floor(ceiling / 2 + (budget.random() * ceiling) / 2);
      if (budget.remainingMs() - delay < policy.reserveMs) throw new RetriesExhausted(e);
      budget.sleep(delay);
    }
  }
}
