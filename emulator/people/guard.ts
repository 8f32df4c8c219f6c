// Checks every People call passes before its handler runs (token scopes, the caller's account state), and the shared errors.
import { METHOD_BY_ID } from '../core/discovery';
import { errorInfo, GoogleApiError } from '../core/errors';
import type { ApiRequest } from '../core/types';
import type { AccountState, World } from '../core/world';
import { livePersons, accountContacts } from './store';

/** 403 with the ErrorInfo Google attaches when a token lacks the method's scopes (https://cloud.google.com/apis/design/errors). */
export function checkScopes(req: ApiRequest): void {
  if (req.caller.scopes === null) return;
  const needed = METHOD_BY_ID.get(req.methodId)?.scopes ?? [];
  if (needed.some((s) => req.caller.scopes?.includes(s))) return;
  throw new GoogleApiError(403, 'Request had insufficient authentication scopes.', {
    status: 'PERMISSION_DENIED',
    reason: 'insufficientPermissions',
    details: [
      {
        ...errorInfo('ACCESS_TOKEN_SCOPE_INSUFFICIENT', 'googleapis.com'),
        metadata: { method: req.methodId, service: 'people.googleapis.com' },
      },
    ],
  });
}

/**
 * Google documents no People error for a disabled account, so the emulator answers 403 PERMISSION_DENIED with a
 * message per state: the sync engine tells SUSPENDED, DELETED and BANNED apart by it (README-people.md).
 */
export const ACCOUNT_STATE_MESSAGES: Record<Exclude<AccountState, 'active'>, (email: string) => string> = {
  suspended: (e) => `The account ${e} is suspended.`,
  archived: (e) => `The account ${e} is archived.`,
  deleted: (e) => `The account ${e} has been deleted.`,
  banned: (e) => `The account ${e} has been disabled by Google.`,
  unknown: (e) => `The account ${e} does not exist.`,
};

export function checkAccount(world: World, email: string): void {
  const state = world.accountState(email);
  if (state === 'active') return;
  throw new GoogleApiError(403, ACCOUNT_STATE_MESSAGES[state](email), { status: 'PERMISSION_DENIED' });
}

/** Refuses a write that would take the account past its contact limit (the error itself is the `contactLimitError` setting). */
export function checkContactLimit(world: World, email: string, adding: number): void {
  const live = livePersons(accountContacts(world, email)).length;
  if (live + adding <= world.contactLimit(email)) return;
  const e = world.config.contactLimitError;
  throw new GoogleApiError(e.code, e.message, {
    status: e.status,
    reason: e.status === 'FAILED_PRECONDITION' ? 'failedPrecondition' : undefined,
  });
}

export const entityNotFound = () => new GoogleApiError(404, 'Requested entity was not found.');

/** A google.rpc.Status as batch responses carry it (code numbers of google.rpc.Code). */
// prettier-ignore
export const RPC_CODE: Record<string, number> = {
  OK: 0, INVALID_ARGUMENT: 3, NOT_FOUND: 5, ALREADY_EXISTS: 6, PERMISSION_DENIED: 7, RESOURCE_EXHAUSTED: 8, FAILED_PRECONDITION: 9,
};

export function rpcStatus(e: GoogleApiError): { code: number; message: string } {
  return { code: RPC_CODE[e.status] ?? 2, message: e.message };
}
