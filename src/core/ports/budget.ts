// Port: the time a run may still spend, and the platform's sleep. Lets retries and checkpoints respect the deadline.

/**
 * A run's time budget. `remainingMs` falls as calls and sleeps take time; a run stops starting new work well before it
 * reaches 0 (Apps Script ends an execution at 6 minutes, a card callback at 30 seconds). `random` is the jitter source.
 */
export interface Budget {
  remainingMs(): number;
  sleep(ms: number): void;
  random(): number;
}
