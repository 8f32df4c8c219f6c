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
  // ---- People (emulator/people, README-people.md) ----
  /** [?] What Google answers when a create would pass the account's contact limit (no documented error, facts A). */
  contactLimitError: { code: 400 | 403 | 429; status: string; message: string };
  /** [?] What a sync token's TTL counts from: its own issue, or the full sync its chain began with ("7 days after the full sync" [C]). */
  syncTokenExpiryBasis: 'issue' | 'fullSync';
  /** [?] Extra per-minute, per-user quota on the first page of a full sync: it exists and answers 429 [C], its size is unpublished. */
  fullSyncFirstPagesPerMinute: number;
  /** [?] Whether contact group names clash case-insensitively (the docs say only "unique" [C]). */
  contactGroupNamesCaseInsensitive: boolean;
  /** [?] Most user contact groups one account may hold (facts A: maximum unknown). */
  maxContactGroups: number;
  /** [?] batchDeleteContacts naming a missing or deleted contact: fail the whole batch with 404, or skip that name. */
  batchDeleteMissing: 'fail' | 'skip';
  /** Region assumed for phone numbers without a country code when computing `canonicalForm` (Google uses the viewer's region). */
  phoneDefaultRegion: string;
  /** [?] How long a write stays out of incremental sync results ("Writes may have a propagation delay of several minutes" [C]). */
  syncPropagationDelayMs: number;
  // ---- OAuth (emulator/oauth, README-dso.md) ----
  /** [?] `aud` values the token endpoint accepts; the first is named in the refusal. The legacy URL is what apps-script-oauth2 uses. */
  oauthTokenAudiences: string[];
  /** Lifetime of a minted access token (`expires_in` 3599 as Google answers). */
  accessTokenTtlSeconds: number;
  /** [?] HTTP status of `unauthorized_client` (401 in reports [S]; RFC 6749 allows 400). */
  oauthUnauthorizedClientStatus: 400 | 401;
  /** [?] How far in the future a JWT's `iat` may lie (clock skew Google tolerates). */
  jwtIatSkewSeconds: number;
  /** [?] Whether an account's tokens stop working once it is suspended, deleted or disabled. */
  tokensDieWithAccount: boolean;
  // ---- Directory (emulator/directory, README-dso.md) ----
  /** [?] A `maxResults` above the maximum (users 500, members 200): 400 error, or clamp to the maximum. */
  directoryMaxResultsOverLimit: 'error' | 'clamp';
  /** [?] Whether `members.list?includeDerivedMembership=true` keeps the nested groups' own GROUP entries beside their users. */
  derivedMembershipListsGroups: boolean;
  // ---- Sheets (emulator/sheets, README-dso.md) ----
  /** [?] USER_ENTERED: a leading apostrophe forces text and is dropped from the value. */
  sheetsApostropheForcesText: boolean;
  /** [?] USER_ENTERED: `+x`/`-x` where x is not a number is parsed as a formula (`=+x`). */
  sheetsSignPrefixIsFormula: boolean;
  /** [?] USER_ENTERED: `@x` is parsed as a formula (implicit intersection). */
  sheetsAtPrefixIsFormula: boolean;
  // ---- Apps Script runtime (emulator/appsscript, README-runtime.md) ----
  /** [?] Largest property (bytes, UTF-8) before "Argument too large: value": 9 KB a value [C] quotas page. */
  propertyValueMaxBytes: number;
  /** [?] Whether the key's bytes count toward the 9 KB value limit (an empirical test [S] found the limit slightly below 9 KB). */
  propertyValueCountsKey: boolean;
  /** Bytes of keys + values one property store holds: 500 KB [C] quotas page; keys count [S]. */
  propertyStoreMaxBytes: number;
  /** [?] Longest `expirationInSeconds` CacheService keeps (21600 [S]); larger values are clamped to it. */
  cacheMaxExpirationSeconds: number;
  /** [?] Time-driven trigger periods (hours) `everyHours` accepts (ClockTriggerBuilder docs do not list them). */
  triggerEveryHoursAllowed: number[];
  /** [?] Most a time-driven trigger fires after its due time ("slightly randomized" [C] installable triggers guide). */
  triggerJitterMs: number;
  /** Trigger runtime an owner may use per day: 6 h Workspace, 90 min consumer [C] quotas page. */
  triggerRuntimePerDayMs: { workspace: number; consumer: number };
  /** Email recipients per day: 1,500 Workspace, 100 consumer [C] quotas page. */
  mailRecipientsPerDay: { workspace: number; consumer: number };
  /** UrlFetch calls per day: 100,000 Workspace, 20,000 consumer [C] quotas page. */
  urlFetchPerDay: { workspace: number; consumer: number };
  /** [?] Whether an allowlist is enforced when the manifest has no `urlFetchWhitelist` (required for versioned deployments [C]). */
  urlFetchAllowlistRequired: boolean;
  /** [?] Longest single Utilities.sleep (ms); longer sleeps throw. */
  sleepMaxMs: number;
  /** [?] Time zone Session.getScriptTimeZone() reports when the manifest has none. */
  defaultScriptTimeZone: string;
  // ---- CardService (emulator/appsscript/card-*.ts, README-cards.md) ----
  /** CardService choices Google leaves open ([?] google-api-facts.md E). */
  cards: CardSettings;
}

export interface CardSettings {
  /** [?] build() of a card with no section throws. Default true: the stricter choice catches empty screens. */
  requireSection: boolean;
  /** [?] build() of a card with an empty section throws. Default true, for the same reason. */
  requireWidget: boolean;
  /** [?] Longest string allowed anywhere in a card; Google states no text-length limit. Default Infinity (off). */
  maxTextLength: number;
  /** [?] Most cards one (Universal)ActionResponse may push or update. Default Infinity (off). */
  maxCardsPerResponse: number;
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
    contactLimitError: { code: 400, status: 'FAILED_PRECONDITION', message: 'Contact limit exceeded.' },
    syncTokenExpiryBasis: 'issue',
    fullSyncFirstPagesPerMinute: Infinity,
    contactGroupNamesCaseInsensitive: true,
    maxContactGroups: Infinity,
    batchDeleteMissing: 'fail',
    phoneDefaultRegion: 'US',
    syncPropagationDelayMs: 0,
    oauthTokenAudiences: ['https://oauth2.googleapis.com/token', 'https://accounts.google.com/o/oauth2/token'],
    accessTokenTtlSeconds: 3599,
    oauthUnauthorizedClientStatus: 401,
    jwtIatSkewSeconds: 300,
    tokensDieWithAccount: true,
    directoryMaxResultsOverLimit: 'error',
    derivedMembershipListsGroups: true,
    sheetsApostropheForcesText: true,
    sheetsSignPrefixIsFormula: true,
    sheetsAtPrefixIsFormula: true,
    propertyValueMaxBytes: 9 * 1024,
    propertyValueCountsKey: true,
    propertyStoreMaxBytes: 500 * 1024,
    cacheMaxExpirationSeconds: 21600,
    triggerEveryHoursAllowed: [1, 2, 4, 6, 8, 12],
    triggerJitterMs: 0,
    triggerRuntimePerDayMs: { workspace: 6 * 3600 * 1000, consumer: 90 * 60 * 1000 },
    mailRecipientsPerDay: { workspace: 1500, consumer: 100 },
    urlFetchPerDay: { workspace: 100000, consumer: 20000 },
    urlFetchAllowlistRequired: true,
    sleepMaxMs: 300000,
    defaultScriptTimeZone: 'Etc/UTC',
    cards: { requireSection: true, requireWidget: true, maxTextLength: Infinity, maxCardsPerResponse: Infinity },
  };
}
