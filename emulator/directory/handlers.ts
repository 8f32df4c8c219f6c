// Admin SDK Directory API v1 handlers (users.get/list, groups.get, members.list), keyed by discovery method id.
// Behaviour per google-api-facts.md B; https://developers.google.com/admin-sdk/directory/reference/rest/v1/
import { badRequest, forbidden, notFound } from '../core/errors';
import { bool, int, list, requiredStr, str } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { HandlerTable, World } from '../core/world';
import { requireScope } from '../oauth/scopes';
import { etagOf, findGroup, findUser, isActiveAdmin, isActiveDomainUser } from './lookup';
import { groupResource, memberResource, userResource, type ViewType } from './resources';
import { decodePageToken, page, pageSize } from './paging';
import type { DirectoryUser, GroupMember } from './state';
import { userQuery } from './user-query';

// "Not Authorized to access this resource/api" for non-admins [S] (googleworkspace/node-samples#27).
const notAuthorized = () => forbidden('Not Authorized to access this resource/api');

function viewTypeOf(req: ApiRequest): ViewType {
  const v = str(req, 'viewType') ?? 'admin_view';
  if (v !== 'admin_view' && v !== 'domain_public')
    throw badRequest(`Invalid value at 'view_type' (TYPE_ENUM), "${v}"`);
  return v;
}

function checkProjection(req: ApiRequest): void {
  const p = str(req, 'projection') ?? 'basic';
  if (!['basic', 'custom', 'full'].includes(p))
    throw badRequest(`Invalid value at 'projection' (TYPE_ENUM), "${p}"`);
  if (p === 'custom' && !str(req, 'customFieldMask')) throw badRequest('Invalid Input: customFieldMask');
}

/** Admins see everything; other active domain users only the domain-public view. */
function authorizeView(world: World, req: ApiRequest, view: ViewType): void {
  if (isActiveAdmin(world, req.caller.email)) return;
  if (view === 'domain_public' && isActiveDomainUser(world, req.caller.email)) return;
  throw notAuthorized();
}

function usersGet(world: World, req: ApiRequest): unknown {
  requireScope(req);
  const view = viewTypeOf(req);
  checkProjection(req);
  authorizeView(world, req, view);
  const user = findUser(world, requiredStr(req, 'userKey'));
  // Unknown and deleted users answer the same 404 (GAM's tests and Apps Script samples match this text) [S].
  if (!user) throw notFound('Resource Not Found: userKey');
  return userResource(world, user, view);
}

/** The domains `users.list` covers: every domain of the customer, or the one `domain` names. */
function listedDomains(world: World, req: ApiRequest): string[] {
  const customer = str(req, 'customer');
  const domain = str(req, 'domain')?.toLowerCase();
  const all = [world.directory.primaryDomain, ...world.directory.secondaryDomains];
  // Neither customer nor domain: 400 [S] (https://github.com/66degrees/agm/issues/9).
  if (!customer && !domain) throw badRequest('Bad Request');
  if (customer && customer !== 'my_customer' && customer !== world.directory.customerId)
    throw notAuthorized();
  if (domain) {
    if (!all.includes(domain)) throw notAuthorized();
    return [domain];
  }
  return all;
}

const SORT_KEYS: Record<string, (u: DirectoryUser) => string> = {
  email: (u) => u.primaryEmail,
  givenName: (u) => u.givenName.toLowerCase(),
  familyName: (u) => u.familyName.toLowerCase(),
};

function usersList(world: World, req: ApiRequest): unknown {
  requireScope(req);
  const view = viewTypeOf(req);
  checkProjection(req);
  authorizeView(world, req, view);
  const domains = listedDomains(world, req);
  const size = pageSize(world, int(req, 'maxResults'), 100, 500);
  const orderBy = str(req, 'orderBy') ?? 'email';
  const sortKey = SORT_KEYS[orderBy];
  if (!sortKey) throw badRequest(`Invalid value at 'order_by' (TYPE_ENUM), "${orderBy}"`);
  const sortOrder = str(req, 'sortOrder') ?? 'ASCENDING';
  if (sortOrder !== 'ASCENDING' && sortOrder !== 'DESCENDING') {
    throw badRequest(`Invalid value at 'sort_order' (TYPE_ENUM), "${sortOrder}"`);
  }
  // showDeleted=true lists the deleted users only (users.list reference: "retrieves the list of deleted users").
  const deleted = bool(req, 'showDeleted');
  const matches = userQuery(str(req, 'query'));
  const users = Object.values(world.directory.users)
    .filter((u) => u.deleted === deleted && domains.includes(u.primaryEmail.split('@')[1]) && matches(u))
    .sort((a, b) => {
      const c = sortKey(a).localeCompare(sortKey(b)) || a.primaryEmail.localeCompare(b.primaryEmail);
      return sortOrder === 'DESCENDING' ? -c : c;
    });
  const fingerprint = JSON.stringify([
    'users',
    domains,
    orderBy,
    sortOrder,
    deleted,
    str(req, 'query') ?? '',
    view,
  ]);
  const offset = decodePageToken(str(req, 'pageToken'), fingerprint);
  const p = page(users, offset, size, fingerprint);
  // An empty page omits `users`, as Google omits empty repeated fields.
  const body: Record<string, unknown> = { kind: 'admin#directory#users' };
  if (p.items.length) body.users = p.items.map((u) => userResource(world, u, view));
  if (p.next) body.nextPageToken = p.next;
  body.etag = etagOf(body);
  return body;
}

function groupsGet(world: World, req: ApiRequest): unknown {
  requireScope(req);
  if (!isActiveAdmin(world, req.caller.email)) throw notAuthorized();
  const group = findGroup(world, requiredStr(req, 'groupKey'));
  if (!group) throw notFound('Resource Not Found: groupKey');
  return groupResource(group);
}

const ROLES = ['OWNER', 'MANAGER', 'MEMBER'];

/** Direct members, or (derived) also every user reached through nested groups; each account once, first path wins. */
function effectiveMembers(
  world: World,
  direct: GroupMember[],
  derived: boolean,
  groupEmail: string,
): GroupMember[] {
  const live = (m: GroupMember) => m.type !== 'USER' || !world.directory.users[m.email ?? '']?.deleted;
  if (!derived) return direct.filter(live);
  const out: GroupMember[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>([groupEmail]);
  const keyOf = (m: GroupMember) => `${m.type}|${m.email ?? ''}`;
  let frontier = direct;
  // Breadth-first, so a direct membership (and its role) wins over one inherited through a nested group.
  while (frontier.length) {
    const next: GroupMember[] = [];
    for (const m of frontier.filter(live)) {
      if (m.type === 'GROUP') {
        const g = world.directory.groups[m.email ?? ''];
        if (g && !visited.has(g.email)) {
          visited.add(g.email);
          next.push(...g.members);
        }
        // [?] Whether derived listings keep the nested group's own entry: `derivedMembershipListsGroups`.
        if (!world.config.derivedMembershipListsGroups) continue;
      }
      if (seen.has(keyOf(m))) continue;
      seen.add(keyOf(m));
      out.push(m);
    }
    frontier = next;
  }
  return out;
}

function membersList(world: World, req: ApiRequest): unknown {
  requireScope(req);
  if (!isActiveAdmin(world, req.caller.email)) throw notAuthorized();
  const group = findGroup(world, requiredStr(req, 'groupKey'));
  if (!group) throw notFound('Resource Not Found: groupKey');
  // maxResults: "Max allowed value is 200", default 200 (members.list reference) [C].
  const size = pageSize(world, int(req, 'maxResults'), 200, 200);
  const roles = list(req, 'roles').map((r) => r.toUpperCase());
  for (const r of roles) if (!ROLES.includes(r)) throw badRequest('Invalid Input: roles');
  const derived = bool(req, 'includeDerivedMembership');
  const members = effectiveMembers(world, group.members, derived, group.email).filter(
    (m) => roles.length === 0 || roles.includes(m.role),
  );
  const fingerprint = JSON.stringify(['members', group.id, roles, derived]);
  const offset = decodePageToken(str(req, 'pageToken'), fingerprint);
  const p = page(members, offset, size, fingerprint);
  const body: Record<string, unknown> = { kind: 'admin#directory#members' };
  if (p.items.length) body.members = p.items.map((m) => memberResource(world, m));
  if (p.next) body.nextPageToken = p.next;
  body.etag = etagOf(body);
  return body;
}

export const DIRECTORY_HANDLERS: HandlerTable = {
  'directory.users.get': usersGet,
  'directory.users.list': usersList,
  'directory.groups.get': groupsGet,
  'directory.members.list': membersList,
};
