// Time-driven trigger bookkeeping on the virtual clock: which triggers are due, when each fires next, its event object.
// Facts: installable triggers run as their creator; add-ons fire at most hourly; firing is slightly randomized
// ([C] https://developers.google.com/apps-script/guides/triggers/installable).
import type { World } from '../core/world';
import type { TriggerRecord } from './state';

const HOUR = 3600 * 1000;

/** When a trigger created (or last fired) at `from` fires next: one period later, plus the configured jitter. */
export function nextRunAfter(world: World, everyHours: number, from: number): number {
  const jitter = world.config.triggerJitterMs;
  return from + everyHours * HOUR + (jitter > 0 ? world.rng.int(jitter + 1) : 0);
}

/** Triggers due now, earliest first. */
export function dueTriggers(world: World): TriggerRecord[] {
  const now = world.clock.now();
  return world.appsScript.triggers.filter((t) => t.nextRunAt <= now).sort((a, b) => a.nextRunAt - b.nextRunAt);
}

/** The earliest time any trigger falls due. */
export function nextDue(world: World): number | undefined {
  let best: number | undefined;
  for (const t of world.appsScript.triggers) if (best === undefined || t.nextRunAt < best) best = t.nextRunAt;
  return best;
}

/** Moves a firing trigger's next run past `firedAt`; runs missed while nothing advanced the clock are not caught up. */
export function reschedule(world: World, t: TriggerRecord, firedAt: number): void {
  let next = t.nextRunAt;
  while (next <= firedAt) next += t.everyHours * HOUR;
  const jitter = world.config.triggerJitterMs;
  t.nextRunAt = next + (jitter > 0 ? world.rng.int(jitter + 1) : 0);
}

/**
 * The event object of a time-driven trigger ([C] https://developers.google.com/apps-script/guides/triggers/events#time-driven_events):
 * authMode, triggerUid and the firing time broken down in UTC.
 */
export function clockEvent(t: TriggerRecord, firedAt: number): Record<string, unknown> {
  const d = new Date(firedAt);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid: t.id,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': Math.floor((firedAt - jan1) / (7 * 24 * HOUR)) + 1,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}
