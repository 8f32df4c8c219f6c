// How the People gateway reaches Google: one call by discovery method id, failing with a classified PeopleCallError.
import type { GatewayFailure } from '../core/ports/contacts-gateway';

export type PeopleMethod =
  | 'people.people.connections.list'
  | 'people.people.getBatchGet'
  | 'people.people.batchCreateContacts'
  | 'people.people.batchUpdateContacts'
  | 'people.people.batchDeleteContacts'
  | 'people.contactGroups.list'
  | 'people.contactGroups.create'
  | 'people.contactGroups.update'
  | 'people.contactGroups.delete'
  | 'people.contactGroups.members.modify';

export interface PeopleTransport {
  /** `params` are query parameters plus `resourceName` for methods whose path has one. */
  call(method: PeopleMethod, params: Record<string, unknown>, body?: unknown): Record<string, unknown>;
}

/** A failed People call: HTTP status, Google's message, and the ErrorInfo reasons it carried. */
export class PeopleCallError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly status: string,
    readonly reasons: string[],
  ) {
    super(message);
    this.name = 'PeopleCallError';
  }
}

export function isTransient(e: unknown): boolean {
  return e instanceof PeopleCallError && (e.code === 429 || e.code >= 500);
}

export function isExpiredSyncToken(e: unknown): boolean {
  return e instanceof PeopleCallError && (e.reasons.includes('EXPIRED_SYNC_TOKEN') || /sync token is expired/i.test(e.message));
}

/**
 * What a failure means to the sync. Google documents no error for a disabled account or a full one, so the account
 * states are told apart by message (see emulator/README-people.md for the emulated wording).
 */
export function classifyFailure(e: PeopleCallError): GatewayFailure {
  const m = e.message;
  if (e.code === 401) return { kind: 'account', state: 'revoked', message: m };
  if (e.code === 403) {
    if (/suspended|archived/i.test(m)) return { kind: 'account', state: 'suspended', message: m };
    if (/deleted/i.test(m)) return { kind: 'account', state: 'deleted', message: m };
    if (/disabled/i.test(m)) return { kind: 'account', state: 'banned', message: m };
    if (/does not exist/i.test(m)) return { kind: 'account', state: 'unknown', message: m };
    return { kind: 'account', state: 'revoked', message: m };
  }
  if (/contact limit|maximum number of contacts|too many contacts/i.test(m)) return { kind: 'contactLimit', message: m };
  if (e.code === 400 && e.status === 'FAILED_PRECONDITION') return { kind: 'staleEtag', message: m };
  if (e.code === 404) return { kind: 'notFound', message: m };
  if (e.code === 429 || e.code >= 500) return { kind: 'transient', message: m };
  return { kind: 'notFound', message: m };
}

/** Reads Google's JSON error body (or an advanced-service exception's `details`) into a PeopleCallError. */
export function toCallError(code: number, error: unknown, fallback: string): PeopleCallError {
  const err = (error ?? {}) as { message?: string; status?: string; details?: Array<{ reason?: string }> };
  const reasons = (err.details ?? []).map((d) => d.reason ?? '').filter(Boolean);
  return new PeopleCallError(code, err.message ?? fallback, err.status ?? '', reasons);
}
