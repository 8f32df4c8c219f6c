// ScriptApp: installable time-driven triggers owned by the executing user, and the script's OAuth token.
// Facts ([C] https://developers.google.com/apps-script/guides/triggers/installable and google-api-facts.md C):
// triggers run as their creator and one account cannot see another's; add-ons fire time-driven triggers at most
// once per hour; 20 triggers per user per script ([C] https://developers.google.com/apps-script/guides/services/quotas).
import { mintScriptToken } from '../oauth/tokens';
import type { ScriptHost } from './host';
import type { TriggerRecord } from './state';
import { nextRunAfter } from './triggers';

const MAX_TRIGGERS_PER_USER = 20;
const TOO_MANY = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** Emulator wording of the add-on rule (the guide's sentence; Google's exact error text is not documented). */
const TOO_OFTEN = 'Add-ons can use time-driven triggers at most once per hour.';
const HOURS_PER_DAY = 24;

const enumOf = (names: string[]) => Object.fromEntries(names.map((n) => [n, n]));

function triggerObject(t: TriggerRecord): Record<string, unknown> {
  return {
    getUniqueId: () => t.id,
    getHandlerFunction: () => t.handlerFunction,
    getEventType: () => 'CLOCK',
    getTriggerSource: () => 'CLOCK',
    getTriggerSourceId: () => null,
    toString: () => 'Trigger',
  };
}

export function createScriptApp(host: ScriptHost): Record<string, unknown> {
  const { world, realm } = host;
  const mine = () => {
    const user = host.current().user;
    return world.appsScript.triggers.filter((t) => t.owner === user);
  };

  const clockBuilder = (handlerFunction: string) => {
    let everyHours: number | null = null;
    const notEmulated = (name: string) => () => {
      throw realm.error(`ClockTriggerBuilder.${name}() is not emulated: Shared Labels uses recurring hourly triggers only.`);
    };
    const count = (v: unknown, what: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw realm.error(`Invalid argument: ${what}`);
      return n;
    };
    const self: Record<string, unknown> = {
      // Valid minute periods are 1, 5, 10, 15 and 30 (ClockTriggerBuilder reference); all are too frequent for an add-on.
      everyMinutes: (n: unknown) => {
        const minutes = count(n, 'minutes');
        if (![1, 5, 10, 15, 30].includes(minutes)) throw realm.error('Invalid argument: minutes');
        everyHours = minutes / 60;
        return self;
      },
      everyHours: (n: unknown) => {
        everyHours = count(n, 'hours');
        return self;
      },
      everyDays: (n: unknown) => {
        everyHours = count(n, 'days') * HOURS_PER_DAY;
        return self;
      },
      everyWeeks: (n: unknown) => {
        everyHours = count(n, 'weeks') * 7 * HOURS_PER_DAY;
        return self;
      },
      // Firing-time hints only shift the hour within a period; the emulator fires on the period alone.
      atHour: () => self,
      nearMinute: () => self,
      inTimezone: () => self,
      onWeekDay: () => self,
      onMonthDay: () => self,
      after: notEmulated('after'),
      at: notEmulated('at'),
      atDate: notEmulated('atDate'),
      create: () => {
        const user = host.current().user;
        if (everyHours === null) throw realm.error('Invalid argument: a time-based trigger needs a frequency (everyHours, everyDays, ...).');
        if (everyHours < 1) throw realm.error(TOO_OFTEN);
        const allowed = world.config.triggerEveryHoursAllowed;
        if (everyHours < HOURS_PER_DAY && !allowed.includes(everyHours)) {
          throw realm.error(`Invalid argument: everyHours must be one of ${allowed.join(', ')}.`);
        }
        if (mine().length >= MAX_TRIGGERS_PER_USER) throw realm.error(TOO_MANY);
        const rec: TriggerRecord = {
          id: Array.from({ length: 19 }, (_, i) => (i === 0 ? 1 + world.rng.int(9) : world.rng.int(10))).join(''),
          owner: user,
          handlerFunction,
          everyHours,
          nextRunAt: nextRunAfter(world, everyHours, world.clock.now()),
        };
        world.appsScript.triggers.push(rec);
        return triggerObject(rec);
      },
    };
    return self;
  };

  const containerTriggersOnly = () => () => {
    throw realm.error('Workspace add-ons cannot use container-bound triggers; only time-based triggers are available.');
  };

  return {
    AuthMode: enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']),
    AuthorizationStatus: enumOf(['REQUIRED', 'NOT_REQUIRED']),
    EventType: enumOf(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']),
    TriggerSource: enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']),
    InstallationSource: enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']),

    newTrigger: (functionName: unknown) => {
      if (typeof functionName !== 'string' || functionName === '') throw realm.error('Invalid argument: functionName');
      return {
        timeBased: () => clockBuilder(functionName),
        forSpreadsheet: containerTriggersOnly(),
        forDocument: containerTriggersOnly(),
        forForm: containerTriggersOnly(),
        forUserCalendar: containerTriggersOnly(),
      };
    },
    getProjectTriggers: () => mine().map(triggerObject),
    getUserTriggers: (container: unknown) => {
      if (container === null || container === undefined) throw realm.error('Invalid argument: container');
      // Time-driven triggers belong to no container.
      return [];
    },
    deleteTrigger: (trigger: unknown) => {
      const get = (trigger as { getUniqueId?: unknown } | null)?.getUniqueId;
      if (typeof get !== 'function') throw realm.error('Invalid argument: trigger');
      const id = String(get.call(trigger));
      const user = host.current().user;
      world.appsScript.triggers = world.appsScript.triggers.filter((t) => !(t.id === id && t.owner === user));
    },
    getOAuthToken: () => mintScriptToken(world, host.current().user, host.manifest.oauthScopes),
    getScriptId: () => 'emulated-script-id',
    getInstallationSource: () => 'APPS_MARKETPLACE_DOMAIN_ADD_ON',
    getAuthorizationInfo: () => ({
      getAuthorizationStatus: () => 'NOT_REQUIRED',
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [...(host.manifest.oauthScopes ?? [])],
    }),
  };
}
