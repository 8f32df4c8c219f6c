// The emulator's virtual clock: every timestamp the emulated services hand out comes from here, so tests control time.

export class VirtualClock {
  private ms: number;

  constructor(startMs = Date.UTC(2026, 0, 5, 9, 0, 0)) {
    this.ms = startMs;
  }

  now(): number {
    return this.ms;
  }

  iso(): string {
    return new Date(this.ms).toISOString();
  }

  advance(ms: number): void {
    if (ms < 0) throw new Error('the clock never goes back');
    this.ms += ms;
  }

  set(ms: number): void {
    this.ms = ms;
  }
}
