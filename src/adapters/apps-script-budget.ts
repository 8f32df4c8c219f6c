// Budget over Apps Script: the deadline of this execution, Utilities.sleep, and Math.random for jitter.
import type { Budget } from '../core/ports/budget';

export class AppsScriptBudget implements Budget {
  /** `deadlineAtMs`: when this run must have saved its work (well inside the platform's own limit). */
  constructor(
    private readonly utilities: GoogleAppsScript.Utilities.Utilities,
    private readonly deadlineAtMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  remainingMs(): number {
    return this.deadlineAtMs - this.now();
  }

  sleep(ms: number): void {
    this.utilities.sleep(Math.max(0, Math.floor(ms)));
  }

  random(): number {
    return Math.random();
  }
}
