// Triggers over ScriptApp: the executing user's hourly time-driven triggers (add-ons may fire at most hourly).
import type { TriggerInfo, Triggers } from '../core/ports/admin';

export class ScriptAppTriggers implements Triggers {
  constructor(private readonly scriptApp: GoogleAppsScript.Script.ScriptApp) {}

  private ours(handler?: string): GoogleAppsScript.Script.Trigger[] {
    return this.scriptApp
      .getProjectTriggers()
      .filter((t) => t.getEventType() === this.scriptApp.EventType.CLOCK && (!handler || t.getHandlerFunction() === handler));
  }

  list(): TriggerInfo[] {
    return this.ours().map((t) => ({ handler: t.getHandlerFunction(), everyHours: 1 }));
  }

  ensureHourly(handler: string): boolean {
    const existing = this.ours(handler);
    for (const extra of existing.slice(1)) this.scriptApp.deleteTrigger(extra);
    if (existing.length > 0) return false;
    this.scriptApp.newTrigger(handler).timeBased().everyHours(1).create();
    return true;
  }

  remove(handler: string): number {
    const existing = this.ours(handler);
    for (const t of existing) this.scriptApp.deleteTrigger(t);
    return existing.length;
  }
}
