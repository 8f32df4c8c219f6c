// Emulator settings: every behaviour Google leaves unstated ([?] in google-api-facts.md) is a setting here, with its default.
import type { ServiceName } from './types';

export interface QuotaSetting {
  /** Requests a minute per user; `Infinity` disables the check. */
  readsPerMinutePerUser: number;
  writesPerMinutePerUser: number;
}

export interface EmulatorConfig {
  /** Virtual milliseconds each API call takes, per service; `methodLatencyMs` overrides by method id. */
  latencyMs: Record<ServiceName, number>;
  methodLatencyMs: Record<string, number>;
  quotas: Record<ServiceName, QuotaSetting>;
  /** [?] HTTP status of EXPIRED_SYNC_TOKEN: older docs said 410; current docs do not say. Default 400 (FAILED_PRECONDITION). */
  expiredSyncTokenStatus: 400 | 410;
  /** Sync tokens live this long after the full sync (7 days, [C] connections.list docs). */
  syncTokenTtlMs: number;
  /** [?] Whether createContact puts the new contact into contactGroups/myContacts. Default true (what the Contacts UI shows). */
  createAddsToMyContacts: boolean;
  /** Default contact limit per account (25,000 [S]). */
  defaultContactLimit: number;
  /** Virtual length of one execution (6 minutes, [C] quotas page); card callbacks have 30 s. */
  executionMs: number;
  cardCallbackMs: number;
  /** Validate every request and response body against the discovery schemas (tests turn it on). */
  validateSchemas: boolean;
}

export function defaultConfig(): EmulatorConfig {
  return {
    latencyMs: { people: 300, directory: 200, sheets: 400, oauth: 150 },
    methodLatencyMs: {
      'people.people.batchCreateContacts': 1500,
      'people.people.batchUpdateContacts': 1500,
      'people.people.batchDeleteContacts': 800,
    },
    quotas: {
      // People: 90 critical reads/min/user reported [S]; writes per minute are [?] and default to the same.
      people: { readsPerMinutePerUser: 90, writesPerMinutePerUser: 90 },
      // Admin SDK: 2,400 queries/min/user/project [S]; Sheets: 60 reads and 60 writes/min/user/project [C].
      directory: { readsPerMinutePerUser: 2400, writesPerMinutePerUser: 2400 },
      sheets: { readsPerMinutePerUser: 60, writesPerMinutePerUser: 60 },
      oauth: { readsPerMinutePerUser: Infinity, writesPerMinutePerUser: Infinity },
    },
    expiredSyncTokenStatus: 400,
    syncTokenTtlMs: 7 * 24 * 3600 * 1000,
    createAddsToMyContacts: true,
    defaultContactLimit: 25000,
    executionMs: 6 * 60 * 1000,
    cardCallbackMs: 30 * 1000,
    validateSchemas: false,
  };
}
