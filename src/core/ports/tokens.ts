// Port: access tokens minted through the domain's service account (domain-wide delegation), and how their failures read.
import { AppError, failedPrecondition, permissionDenied, unavailable, type ErrorParams } from '../errors';

/** OAuth scopes the adapters ask DWD tokens for. The admin authorises exactly `DWD_SCOPES` for the key's client id. */
export const SCOPES = {
  contacts: 'https://www.googleapis.com/auth/contacts',
  directoryUsers: 'https://www.googleapis.com/auth/admin.directory.user.readonly',
  directoryGroups: 'https://www.googleapis.com/auth/admin.directory.group.readonly',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
} as const;

/** What the Admin console's domain-wide delegation entry must list (Security > API controls > Domain-wide delegation). */
export const DWD_SCOPES: readonly string[] = [
  SCOPES.contacts,
  SCOPES.directoryUsers,
  SCOPES.directoryGroups,
  SCOPES.spreadsheets,
];

/**
 * Access tokens for acting as a domain user.
 * - `token` returns a bearer token for `user` (lower-cased by the adapter) carrying exactly `scopes` (order and
 *   duplicates do not matter). Tokens are cached per (key, user, scope set) for less than an hour, so repeated calls
 *   within that time cost no request.
 * - Failures throw an AppError whose `key` is one of `DWD_ERROR_KEYS` (read it with `dwdFailureOf`); nothing else is
 *   thrown for a refusal. The service-account key never appears in a message, a parameter or a return value.
 * - `invalidate` drops the cached token (an API answered 401 with it), so the next `token` mints a fresh one.
 */
export interface TokenProvider {
  token(user: string, scopes: readonly string[]): string;
  invalidate(user: string, scopes: readonly string[]): void;
}

/** The public half of a stored key: what the settings card shows and what the admin authorises. */
export interface DwdKeyInfo {
  clientEmail: string;
  /** The number the admin pastes into the Admin console's domain-wide delegation entry. */
  clientId: string;
  privateKeyId: string;
}

/**
 * - `notConfigured`: no key stored (FAILED_PRECONDITION).
 * - `notAuthorized`: Google answered `unauthorized_client`: the client id is not authorised for these scopes in the
 *   Admin console (PERMISSION_DENIED).
 * - `userNotAllowed`: `invalid_grant` "Invalid email or User ID": the user is unknown, suspended, deleted or outside
 *   the key's domain (PERMISSION_DENIED).
 * - `keyRevoked`: `invalid_grant` for the key itself (deleted key or service account) (FAILED_PRECONDITION).
 * - `rejected`: any other refusal (a malformed request, a clock too far off); not expected in service (FAILED_PRECONDITION).
 * - `unavailable`: 429, 5xx or no answer at all; retrying later may work (UNAVAILABLE).
 */
export type DwdFailure =
  'notConfigured' | 'notAuthorized' | 'userNotAllowed' | 'keyRevoked' | 'rejected' | 'unavailable';

export const DWD_ERROR_KEYS: Readonly<Record<DwdFailure, string>> = {
  notConfigured: 'error.dwd.notConfigured',
  notAuthorized: 'error.dwd.notAuthorized',
  userNotAllowed: 'error.dwd.userNotAllowed',
  keyRevoked: 'error.dwd.keyRevoked',
  rejected: 'error.dwd.rejected',
  unavailable: 'error.dwd.unavailable',
};

const TEMPLATES: Readonly<Record<DwdFailure, string>> = {
  notConfigured:
    'The service-account key is not set up yet: a Workspace admin must paste it in the add-on Settings.',
  notAuthorized:
    'Domain-wide delegation is not authorised for client {clientId}: a Workspace admin must add it in the Admin console (Security > API controls > Domain-wide delegation) with the scopes {scopes}.',
  userNotAllowed:
    'Google refused to act as {user}: the account is unknown, suspended or deleted, or delegation is not allowed for it.',
  keyRevoked:
    'Google no longer accepts the service-account key {keyId}: it was deleted or its service account was removed. A Workspace admin must create a new key and paste it in Settings.',
  rejected: 'Google refused the sign-in request ({reason}: {detail}).',
  unavailable: "Google's sign-in service did not answer ({detail}); try again in a few minutes.",
};

const BUILDERS = {
  notConfigured: failedPrecondition,
  notAuthorized: permissionDenied,
  userNotAllowed: permissionDenied,
  keyRevoked: failedPrecondition,
  rejected: failedPrecondition,
  unavailable: unavailable,
} as const;

/** The AppError of a DWD failure; every adapter and fake builds its refusals here so they read the same. */
export function dwdError(failure: DwdFailure, params: ErrorParams = {}): AppError {
  return BUILDERS[failure](DWD_ERROR_KEYS[failure], TEMPLATES[failure], params);
}

/** The DWD failure an error stands for, or null when it is not one. */
export function dwdFailureOf(e: unknown): DwdFailure | null {
  if (!(e instanceof AppError)) return null;
  const entry = (Object.keys(DWD_ERROR_KEYS) as DwdFailure[]).find((f) => DWD_ERROR_KEYS[f] === e.key);
  return entry ?? null;
}

/**
 * How a DWD failure bears on a collaborator's status (DESIGN.md section 6), for the sync:
 * - `dwdAuthorized` feeds `StatusFacts.dwdAuthorized`: false makes an otherwise active internal user REVOKED (the
 *   Directory's own verdict, SUSPENDED/DELETED/BANNED/UNKNOWN, still comes first in `diagnose`); null means "no
 *   verdict" (a transient failure): keep the last known status and try again next run.
 * - `everyone`: the failure is not about this user (no key, a revoked key, a malformed request), so every DWD user
 *   fails alike; the sync can stop minting tokens for the rest of the run instead of asking once per user.
 */
export interface DwdStatusCause {
  failure: DwdFailure;
  dwdAuthorized: boolean | null;
  everyone: boolean;
}

export function dwdStatusCause(e: unknown): DwdStatusCause | null {
  const failure = dwdFailureOf(e);
  if (failure === null) return null;
  switch (failure) {
    case 'unavailable':
      return { failure, dwdAuthorized: null, everyone: false };
    case 'notConfigured':
    case 'keyRevoked':
      return { failure, dwdAuthorized: false, everyone: true };
    case 'rejected':
      // Our request was malformed (or our clock is off): every user fails alike, and it says nothing about this one.
      return { failure, dwdAuthorized: null, everyone: true };
    case 'notAuthorized':
    case 'userNotAllowed':
      return { failure, dwdAuthorized: false, everyone: false };
  }
}

/** The scope set a token is cached under: trimmed, de-duplicated, sorted. */
export function normalizeScopes(scopes: readonly string[]): string[] {
  return Array.from(new Set(scopes.map((s) => s.trim()).filter((s) => s !== ''))).sort();
}
