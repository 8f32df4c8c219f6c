// Page and sync tokens: opaque to clients, self-describing to the emulator (base64url JSON), so the state never grows with calls.
import { badRequest, errorInfo, GoogleApiError } from '../core/errors';
import type { World } from '../core/world';
import { hash, keyOf } from './store';

export type ListKind = 'connections' | 'contactGroups';

/** A keyset position: the sort key of the last item returned (a change sequence, or [name key, resourceName]). */
export type SortKey = number | [string, string];

export interface PageCursor {
  t: 'page';
  kind: ListKind;
  account: number;
  /** Fingerprint of the first call's parameters: every later page must match it ([C] connections.list docs). */
  params: number;
  /** The account's change sequence when the listing began: the sync token issued at its end stands for it. */
  startSeq: number;
  /** For an incremental listing: the sequence of the sync token it started from. */
  baseSeq?: number;
  /** When the chain of sync tokens began (its full sync), carried for `syncTokenExpiryBasis: 'fullSync'`. */
  fullSyncAt: number;
  last: SortKey;
}

export interface SyncCursor {
  t: 'sync';
  kind: ListKind;
  account: number;
  /** Fingerprint of the parameters that must match on the sync request. */
  params: number;
  seq: number;
  issuedAt: number;
  fullSyncAt: number;
}

const encode = (o: PageCursor | SyncCursor) => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');

function decode(token: string): Record<string, unknown> | undefined {
  try {
    const o: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null ? (o as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export const fingerprint = (params: unknown) => hash(JSON.stringify(params));

export function issuePageToken(c: Omit<PageCursor, 't'>): string {
  return encode({ t: 'page', ...c });
}

export function issueSyncToken(c: Omit<SyncCursor, 't'>): string {
  return encode({ t: 'sync', ...c });
}

/** Reads a page token of this account and list; a token from elsewhere or for other parameters is a 400. */
export function readPageToken(token: string, kind: ListKind, email: string, params: number): PageCursor {
  const o = decode(token);
  if (
    !o ||
    o.t !== 'page' ||
    o.kind !== kind ||
    o.account !== hash(keyOf(email)) ||
    typeof o.startSeq !== 'number'
  ) {
    throw badRequest('The page token is invalid.');
  }
  if (o.params !== params) {
    throw badRequest(
      'When the page_token is specified, all other request parameters must match the first call.',
    );
  }
  return o as unknown as PageCursor;
}

/**
 * Reads a sync token. Expiry: `syncTokenTtlMs` after issue (or after the full sync, per `syncTokenExpiryBasis`);
 * an expired token fails with ErrorInfo EXPIRED_SYNC_TOKEN ([C] connections.list docs), HTTP status per
 * `expiredSyncTokenStatus` ([?] 400 FAILED_PRECONDITION today, 410 in older docs).
 */
export function readSyncToken(
  world: World,
  token: string,
  kind: ListKind,
  email: string,
  params: number,
): SyncCursor {
  const o = decode(token);
  if (
    !o ||
    o.t !== 'sync' ||
    o.kind !== kind ||
    o.account !== hash(keyOf(email)) ||
    typeof o.seq !== 'number'
  ) {
    throw badRequest('Sync token is invalid.');
  }
  const c = o as unknown as SyncCursor;
  const since = world.config.syncTokenExpiryBasis === 'fullSync' ? c.fullSyncAt : c.issuedAt;
  if (world.clock.now() - since > world.config.syncTokenTtlMs) {
    throw new GoogleApiError(
      world.config.expiredSyncTokenStatus,
      'Sync token is expired. Clear local cache and retry call without the sync token.',
      {
        // google.rpc.Code has no GONE: a 410 still carries FAILED_PRECONDITION as its status.
        status: 'FAILED_PRECONDITION',
        reason: 'failedPrecondition',
        details: [errorInfo('EXPIRED_SYNC_TOKEN', 'people.googleapis.com')],
      },
    );
  }
  if (c.params !== params) {
    throw badRequest(
      'When the sync_token is specified, all other request parameters must match the first call.',
    );
  }
  return c;
}

export function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [a0, a1] = a as [string, string];
  const [b0, b1] = b as [string, string];
  return a0 < b0 ? -1 : a0 > b0 ? 1 : a1 < b1 ? -1 : a1 > b1 ? 1 : 0;
}
