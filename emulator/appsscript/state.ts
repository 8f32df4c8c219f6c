// Apps Script platform state shared across executions: property stores, cache, triggers, mail outbox, logs.

export interface TriggerRecord {
  id: string;
  /** Lower-case email of the account that created it: it runs as that account. */
  owner: string;
  handlerFunction: string;
  everyHours: number;
  nextRunAt: number;
}

export interface MailRecord {
  from: string;
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  cc?: string;
  bcc?: string;
  name?: string;
  replyTo?: string;
  at: number;
}

/** A message of the emulated Gmail, as GmailApp reads it for the contextual card (headers only). */
export interface GmailMessageRecord {
  id: string;
  threadId: string;
  /** The per-message token Gmail puts in the add-on event (`gmail.accessToken`). */
  accessToken: string;
  /** Header values as Gmail returns them: `"Name" <a@x>, b@y`. */
  from: string;
  to: string;
  cc: string;
  subject: string;
  /** Lower-case accounts whose mailbox holds it: only they can open it. */
  mailbox: string[];
  at: number;
}

/** A daily quota window: Apps Script quotas reset 24 h after the first request ([C] quotas page). */
export interface QuotaWindow {
  since: number;
  used: number;
}

export interface AppsScriptState {
  scriptProperties: Record<string, string>;
  /** Keyed by lower-case email. */
  userProperties: Record<string, Record<string, string>>;
  /** Script cache: key -> value with expiry (virtual ms). */
  scriptCache: Record<string, { value: string; expiresAt: number }>;
  userCache: Record<string, Record<string, { value: string; expiresAt: number }>>;
  triggers: TriggerRecord[];
  outbox: MailRecord[];
  logs: string[];
  /** Holder of the script lock (an execution id), if any. */
  scriptLockHolder: string | null;
  /** Per-user locale and time zone, as Gmail would send them in event objects. */
  userSettings: Record<string, { locale: string; timeZone: string }>;
  // The optional fields below are created on first use, so worlds saved before they existed still load.
  /** Virtual time at which a simulated concurrent holder lets the script lock go (null: holds until released). */
  scriptLockUntil?: number | null;
  /** Holder (execution id) of each user's user lock, keyed by lower-case email. */
  userLockHolders?: Record<string, string>;
  /** Daily quota windows keyed `<quota>|<email>`. */
  dailyQuota?: Record<string, QuotaWindow>;
  /** Executions started so far (execution ids derive from it). */
  executionCount?: number;
  /** The emulated Gmail's messages (gmail-app.ts), by id. */
  gmail?: { messages: Record<string, GmailMessageRecord>; next: number };
}
