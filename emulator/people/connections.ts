// people.connections.list: full and incremental listing of the caller's contacts, with keyset paging and sync tokens
// ([C] https://developers.google.com/people/api/rest/v1/people.connections/list).
import { badRequest, GoogleApiError } from '../core/errors';
import { bool, int, list, str } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { requiredPersonFields } from './masks';
import { renderPerson, type Json } from './person-view';
import type { AccountContacts, StoredPerson } from './state';
import { accountContacts, hash, keyOf, livePersons } from './store';
import {
  compareKeys,
  fingerprint,
  issuePageToken,
  issueSyncToken,
  readPageToken,
  readSyncToken,
  type PageCursor,
  type SortKey,
} from './tokens';

const SORT_ORDERS = [
  'LAST_MODIFIED_ASCENDING',
  'LAST_MODIFIED_DESCENDING',
  'FIRST_NAME_ASCENDING',
  'LAST_NAME_ASCENDING',
];

/** A list's pageSize: unset or 0 means the default; outside 1..max is a 400 (list docs). */
export function pageSizeParam(req: ApiRequest, fallback: number, max: number): number {
  const n = int(req, 'pageSize');
  if (n === undefined || n === 0) return fallback;
  if (n < 0 || n > max)
    throw badRequest(`Invalid pageSize: ${n}. Valid values are between 1 and ${max}, inclusive.`);
  return n;
}

function nameKey(p: StoredPerson, part: 'givenName' | 'familyName'): string {
  const n = Array.isArray(p.fields.names) ? (p.fields.names[0] as Json | undefined) : undefined;
  const v = n ? (n[part] ?? n.unstructuredName) : undefined;
  // People without the name part sort after everyone else.
  return typeof v === 'string' && v.trim() ? v.trim().toLowerCase() : '\uffff';
}

function sortKeyFn(order: string): (p: StoredPerson) => SortKey {
  switch (order) {
    case 'LAST_MODIFIED_DESCENDING':
      return (p) => -p.seq;
    case 'FIRST_NAME_ASCENDING':
      return (p) => [nameKey(p, 'givenName'), p.resourceName];
    case 'LAST_NAME_ASCENDING':
      return (p) => [nameKey(p, 'familyName'), p.resourceName];
    default:
      return (p) => p.seq;
  }
}

/**
 * "The first page of a full sync request has an additional quota. If the quota is exceeded, a 429 error will be
 * returned" ([C] connections.list docs); its size is the [?] setting `fullSyncFirstPagesPerMinute` (off by default).
 */
function chargeFullSyncFirstPage(world: World, acct: AccountContacts): void {
  const limit = world.config.fullSyncFirstPagesPerMinute;
  if (!Number.isFinite(limit)) return;
  const minute = Math.floor(world.clock.now() / 60000);
  if (!acct.fullSyncWindow || acct.fullSyncWindow.minute !== minute)
    acct.fullSyncWindow = { minute, count: 0 };
  acct.fullSyncWindow.count++;
  if (acct.fullSyncWindow.count > limit) {
    throw new GoogleApiError(
      429,
      "Quota exceeded for quota metric 'Full sync first page requests' and limit 'Full sync first page requests per minute per user' of service 'people.googleapis.com'.",
      { status: 'RESOURCE_EXHAUSTED' },
    );
  }
}

/**
 * The newest change an incremental sync may report: with `syncPropagationDelayMs` ([?] "Writes may have a propagation
 * delay of several minutes for sync requests" [C] connections.list docs), changes younger than the delay wait for a
 * later sync. The clock never goes back, so the visible changes are a prefix of the change sequence.
 */
function syncHorizon(world: World, acct: AccountContacts, baseSeq: number): number {
  const delay = world.config.syncPropagationDelayMs;
  if (!(delay > 0)) return acct.seq;
  const cutoff = world.clock.now() - delay;
  let horizon = baseSeq;
  for (const p of Object.values(acct.persons)) {
    if (p.seq > horizon && Date.parse(p.updateTime) <= cutoff) horizon = p.seq;
  }
  return horizon;
}

export function connectionsList(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  if (str(req, 'resourceName') !== 'people/me')
    throw badRequest('Must be a valid person resource name: people/me');
  const mask = requiredPersonFields(req);
  const pageSize = pageSizeParam(req, 100, 1000);
  const sortOrder = str(req, 'sortOrder') ?? 'LAST_MODIFIED_ASCENDING';
  if (!SORT_ORDERS.includes(sortOrder))
    throw badRequest(`Invalid value at 'sort_order' (TYPE_ENUM), "${sortOrder}"`);
  const requestSyncToken = bool(req, 'requestSyncToken');
  const syncToken = str(req, 'syncToken');
  const pageToken = str(req, 'pageToken');
  const queryParams = fingerprint({ fields: [...mask].sort(), sources: list(req, 'sources').sort() });
  // sortOrder "applies only to non-sync requests", so a sync request's pages do not depend on it.
  const pageParams = fingerprint({
    queryParams,
    pageSize,
    requestSyncToken,
    syncToken: syncToken ?? null,
    sortOrder: syncToken ? null : sortOrder,
  });

  const acct = accountContacts(world, email);
  const cursor: PageCursor | undefined = pageToken
    ? readPageToken(pageToken, 'connections', email, pageParams)
    : undefined;
  const sync = syncToken ? readSyncToken(world, syncToken, 'connections', email, queryParams) : undefined;
  if (!sync && !cursor) chargeFullSyncFirstPage(world, acct);
  const fullSyncAt = cursor?.fullSyncAt ?? sync?.fullSyncAt ?? world.clock.now();
  const baseSeq = cursor?.baseSeq ?? sync?.seq;
  const startSeq = cursor?.startSeq ?? (baseSeq !== undefined ? syncHorizon(world, acct, baseSeq) : acct.seq);

  // Incremental: every person changed since the token and visible by the horizon, tombstones included, oldest first.
  const items =
    baseSeq !== undefined
      ? Object.values(acct.persons).filter((p) => p.seq > baseSeq && p.seq <= startSeq)
      : livePersons(acct);
  const keyFn = baseSeq !== undefined ? sortKeyFn('LAST_MODIFIED_ASCENDING') : sortKeyFn(sortOrder);
  items.sort((a, b) => compareKeys(keyFn(a), keyFn(b)));
  const remaining = cursor ? items.filter((p) => compareKeys(keyFn(p), cursor.last) > 0) : items;
  const page = remaining.slice(0, pageSize);

  const out: Json = {};
  if (page.length) out.connections = page.map((p) => renderPerson(world, p, mask));
  if (remaining.length > pageSize) {
    out.nextPageToken = issuePageToken({
      kind: 'connections',
      account: hash(keyOf(email)),
      params: pageParams,
      startSeq,
      baseSeq,
      fullSyncAt,
      last: keyFn(page[page.length - 1]),
    });
  } else if (requestSyncToken) {
    // The token stands for the state when the listing began: changes made while paging come again next time.
    out.nextSyncToken = issueSyncToken({
      kind: 'connections',
      account: hash(keyOf(email)),
      params: queryParams,
      seq: startSeq,
      issuedAt: world.clock.now(),
      fullSyncAt,
    });
  }
  // proto3 JSON leaves out zero counts and empty lists.
  if (items.length) {
    out.totalPeople = items.length;
    out.totalItems = items.length;
  }
  return out;
}
