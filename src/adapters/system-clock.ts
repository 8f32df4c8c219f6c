// Clock from the platform: Apps Script's Date (the emulator's sandbox Date follows its virtual clock). Core code never
// reads a clock itself, so tests hand in a virtual one.
import type { Clock } from '../core/ports/infrastructure';

export class SystemClock implements Clock {
  /** @param date the realm's Date (default: this realm's); tests running in Node hand in the sandbox's. */
  constructor(private readonly date: { now(): number } = Date) {}

  nowMs(): number {
    return this.date.now();
  }
}
