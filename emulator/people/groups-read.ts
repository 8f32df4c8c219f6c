// contactGroups.list, get and batchGet: the caller's labels and system groups, with sync tokens on list
// ([C] https://developers.google.com/people/api/rest/v1/contactGroups/list).
import { badRequest, GoogleApiError } from '../core/errors';
import { int, list, str } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { pageSizeParam } from './connections';
import { entityNotFound, rpcStatus } from './guard';
import { DEFAULT_GROUP_FIELDS, parseGroupMask } from './masks';
import type { Json } from './person-view';
import type { AccountContacts, StoredGroup } from './state';
import {
  accountContacts,
  hash,
  keyOf,
  liveGroup,
  liveGroups,
  livePersons,
  memberCount,
  SYSTEM_GROUPS,
} from './store';
import {
  compareKeys,
  fingerprint,
  issuePageToken,
  issueSyncToken,
  readPageToken,
  readSyncToken,
  type SortKey,
} from './tokens';

/**
 * A contact group through a `groupFields` mask. `formattedName` is the localised name of a system group (English
 * here) and the name itself for a user group; `memberResourceNames` only when `maxMembers` asks for them (get docs).
 */
export function renderGroup(acct: AccountContacts, g: StoredGroup, mask: Set<string>, maxMembers = 0): Json {
  if (g.deleted)
    return {
      resourceName: g.resourceName,
      etag: g.etag,
      metadata: { updateTime: g.updateTime, deleted: true },
    };
  const out: Json = { resourceName: g.resourceName, etag: g.etag };
  if (mask.has('metadata')) out.metadata = { updateTime: g.updateTime };
  if (mask.has('groupType')) out.groupType = g.groupType;
  if (mask.has('name')) {
    out.name = g.name;
    out.formattedName = g.groupType === 'SYSTEM_CONTACT_GROUP' ? (SYSTEM_GROUPS[g.name] ?? g.name) : g.name;
  }
  if (mask.has('clientData') && g.clientData?.length) out.clientData = g.clientData.map((c) => ({ ...c }));
  if (mask.has('memberCount')) {
    // proto3 JSON leaves out a zero count.
    const n = memberCount(acct, g.resourceName);
    if (n) out.memberCount = n;
  }
  if (maxMembers > 0) {
    const members = livePersons(acct)
      .filter((p) => p.groups.includes(g.resourceName))
      .sort((a, b) => a.seq - b.seq)
      .slice(0, maxMembers)
      .map((p) => p.resourceName);
    if (members.length) out.memberResourceNames = members;
  }
  return out;
}

function maxMembersParam(req: ApiRequest): number {
  const n = int(req, 'maxMembers') ?? 0;
  if (n < 0) throw badRequest(`Invalid maxMembers: ${n}.`);
  return n;
}

const groupKey = (g: StoredGroup): SortKey => [String(g.seq).padStart(15, '0'), g.resourceName];

/** Lists groups (default 30 a page, 1..1000); with a sync token only groups changed since, deleted ones flagged. */
export function contactGroupsList(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const pageSize = pageSizeParam(req, 30, 1000);
  const mask = parseGroupMask(req.params.groupFields, DEFAULT_GROUP_FIELDS);
  const syncToken = str(req, 'syncToken');
  const pageToken = str(req, 'pageToken');
  const queryParams = fingerprint({ groupFields: [...mask].sort() });
  const pageParams = fingerprint({ queryParams, pageSize, syncToken: syncToken ?? null });
  const acct = accountContacts(world, email);
  const cursor = pageToken ? readPageToken(pageToken, 'contactGroups', email, pageParams) : undefined;
  const sync = syncToken ? readSyncToken(world, syncToken, 'contactGroups', email, queryParams) : undefined;
  const baseSeq = cursor?.baseSeq ?? sync?.seq;
  const startSeq = cursor?.startSeq ?? acct.seq;
  const fullSyncAt = cursor?.fullSyncAt ?? sync?.fullSyncAt ?? world.clock.now();

  const items =
    baseSeq !== undefined ? Object.values(acct.groups).filter((g) => g.seq > baseSeq) : liveGroups(acct);
  items.sort((a, b) => compareKeys(groupKey(a), groupKey(b)));
  const remaining = cursor ? items.filter((g) => compareKeys(groupKey(g), cursor.last) > 0) : items;
  const page = remaining.slice(0, pageSize);
  const out: Json = {};
  if (page.length) out.contactGroups = page.map((g) => renderGroup(acct, g, mask));
  const account = hash(keyOf(email));
  if (remaining.length > pageSize) {
    out.nextPageToken = issuePageToken({
      kind: 'contactGroups',
      account,
      params: pageParams,
      startSeq,
      baseSeq,
      fullSyncAt,
      last: groupKey(page[page.length - 1]),
    });
  } else {
    out.nextSyncToken = issueSyncToken({
      kind: 'contactGroups',
      account,
      params: queryParams,
      seq: startSeq,
      issuedAt: world.clock.now(),
      fullSyncAt,
    });
  }
  if (items.length) out.totalItems = items.length;
  return out;
}

export function contactGroupsGet(world: World, req: ApiRequest): Json {
  const acct = accountContacts(world, req.caller.email);
  const mask = parseGroupMask(req.params.groupFields, DEFAULT_GROUP_FIELDS);
  const maxMembers = maxMembersParam(req);
  const g = liveGroup(acct, String(req.params.resourceName ?? ''));
  if (!g) throw entityNotFound();
  return renderGroup(acct, g, mask, maxMembers);
}

/** Up to 200 groups by resource name ([C] contactGroups/batchGet docs); a missing one is a NOT_FOUND status entry. */
export function contactGroupsBatchGet(world: World, req: ApiRequest): Json {
  const acct = accountContacts(world, req.caller.email);
  const names = list(req, 'resourceNames');
  if (!names.length) throw badRequest('resourceNames is required: specify at least one contact group.');
  if (names.length > 200)
    throw badRequest(`Too many resourceNames: ${names.length}. A maximum of 200 is allowed per request.`);
  const mask = parseGroupMask(req.params.groupFields, DEFAULT_GROUP_FIELDS);
  const maxMembers = maxMembersParam(req);
  return {
    responses: names.map((rn) => {
      const g = liveGroup(acct, rn);
      if (!g) return { requestedResourceName: rn, status: rpcStatus(entityNotFound() as GoogleApiError) };
      return { requestedResourceName: rn, contactGroup: renderGroup(acct, g, mask, maxMembers), status: {} };
    }),
  };
}
