// Add-on event objects in Google's shape, as Gmail sends them to a Workspace add-on's functions.
// https://developers.google.com/workspace/add-ons/concepts/event-objects (google-api-facts.md E): commonEventObject with
// formInputs[name].stringInputs.value: string[], the gmail object, and the legacy top-level fields Google still sends.
import type { World } from '../emulator';

export const DEFAULT_LOCALE = 'en';
export const DEFAULT_TIME_ZONE = 'Etc/UTC';

/** The open message, as the gmail event object carries it. */
export interface GmailContext {
  messageId: string;
  threadId: string;
  accessToken: string;
  toRecipients: string[];
  ccRecipients: string[];
}

export interface EventInput {
  /** The clicked action's parameters (`Action.setParameters`). */
  parameters?: Record<string, string>;
  /** Values of the card's text and selection inputs and switches, by widget name. */
  formInputs?: Record<string, string[]>;
  /** Values of date pickers, by widget name, in ms since the epoch. */
  dateInputs?: Record<string, number>;
  gmail?: GmailContext;
}

/** The user's Gmail locale and time zone (what `script.locale` with `useLocaleFromApp` sends). */
export function userSettings(world: World, user: string): { locale: string; timeZone: string } {
  const s = world.appsScript.userSettings[user.toLowerCase()];
  return { locale: s?.locale ?? DEFAULT_LOCALE, timeZone: s?.timeZone ?? DEFAULT_TIME_ZONE };
}

/** Offset of `zone` from UTC at `atMs`, in ms (the event object's timeZone.offset), daylight saving included. */
export function zoneOffsetMs(zone: string, atMs: number): number {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const part = Object.fromEntries(fmt.formatToParts(new Date(atMs)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+part.year, +part.month - 1, +part.day, +part.hour, +part.minute, +part.second);
  return wall - Math.floor(atMs / 1000) * 1000;
}

/** Whether Intl knows the zone (a typo would otherwise throw deep inside an event build). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type FormInputs = Record<string, { stringInputs?: { value: string[] }; dateInput?: { msSinceEpoch: string } }>;

/** The event object for any add-on function the user triggers from Gmail (homepage, contextual, universal, card action). */
export function addonEvent(world: World, user: string, input: EventInput = {}): Record<string, unknown> {
  const { locale, timeZone } = userSettings(world, user);
  const offset = zoneOffsetMs(timeZone, world.clock.now());
  const parameters = { ...(input.parameters ?? {}) };
  const formInputs: FormInputs = {};
  const legacyInput: Record<string, string> = {};
  const legacyInputs: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(input.formInputs ?? {})) {
    formInputs[name] = { stringInputs: { value: [...values] } };
    legacyInputs[name] = [...values];
    if (values.length) legacyInput[name] = values[0];
  }
  for (const [name, ms] of Object.entries(input.dateInputs ?? {})) {
    // int64 travels as a decimal string in proto3 JSON.
    formInputs[name] = { dateInput: { msSinceEpoch: String(Math.trunc(ms)) } };
  }
  const event: Record<string, unknown> = {
    commonEventObject: {
      userLocale: locale,
      timeZone: { id: timeZone, offset },
      platform: 'WEB',
      hostApp: 'GMAIL',
      parameters,
      formInputs,
    },
    // Legacy top-level fields: Google's own samples still read e.parameters.
    parameters,
    formInput: legacyInput,
    formInputs: legacyInputs,
    clientPlatform: 'web',
    userLocale: locale,
    userTimezone: { id: timeZone, offset: String(offset) },
  };
  if (input.gmail) {
    event.gmail = { ...input.gmail };
    event.messageMetadata = { messageId: input.gmail.messageId, accessToken: input.gmail.accessToken };
  }
  return event;
}
