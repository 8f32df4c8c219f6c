// Directory resources as the API returns them (discovery schemas User, Group, Member), built from the console's state.
import type { World } from '../core/world';
import { etagOf, fnv1a } from './lookup';
import type { DirectoryGroup, DirectoryUser, GroupMember } from './state';

export type ViewType = 'admin_view' | 'domain_public';

/**
 * The User resource. A user Google disabled for abuse shows as `suspended: true, suspensionReason: 'ABUSE'`
 * (the admin console's wording for such suspensions); an admin suspension shows reason 'ADMIN'.
 */
export function userResource(world: World, u: DirectoryUser, view: ViewType): Record<string, unknown> {
  const name = {
    givenName: u.givenName,
    familyName: u.familyName,
    fullName: `${u.givenName} ${u.familyName}`.trim(),
  };
  const emails = [{ address: u.primaryEmail, primary: true }, ...u.aliases.map((a) => ({ address: a }))];
  let out: Record<string, unknown>;
  if (view === 'domain_public') {
    // The domain-shared contact fields only (https://developers.google.com/admin-sdk/directory/v1/guides/manage-users#view_type).
    out = { kind: 'admin#directory#user', id: u.id, primaryEmail: u.primaryEmail, name, emails };
    if (u.phones.length) out.phones = u.phones.map((p) => ({ ...p }));
    if (u.organizations.length) out.organizations = u.organizations.map((o) => ({ ...o }));
    if (u.locations.length) out.locations = u.locations.map((l) => ({ ...l }));
  } else {
    const suspended = u.suspended || u.banned;
    out = {
      kind: 'admin#directory#user',
      id: u.id,
      primaryEmail: u.primaryEmail,
      name,
      isAdmin: u.isAdmin,
      isDelegatedAdmin: false,
      lastLoginTime: '1970-01-01T00:00:00.000Z',
      creationTime: u.creationTime,
      agreedToTerms: true,
      suspended,
      archived: u.archived,
      changePasswordAtNextLogin: false,
      ipWhitelisted: false,
      emails,
      customerId: world.directory.customerId,
      orgUnitPath: u.orgUnitPath,
      isMailboxSetup: true,
      isEnrolledIn2Sv: false,
      isEnforcedIn2Sv: false,
      includeInGlobalAddressList: true,
    };
    if (suspended) out.suspensionReason = u.banned ? 'ABUSE' : (u.suspensionReason ?? 'ADMIN');
    if (u.aliases.length) out.aliases = [...u.aliases];
    if (u.phones.length) out.phones = u.phones.map((p) => ({ ...p }));
    if (u.organizations.length) out.organizations = u.organizations.map((o) => ({ ...o }));
    if (u.locations.length) out.locations = u.locations.map((l) => ({ ...l }));
    if (u.deleted && u.deletionTime) out.deletionTime = u.deletionTime;
  }
  out.etag = etagOf(out);
  return out;
}

export function groupResource(g: DirectoryGroup): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: 'admin#directory#group',
    id: g.id,
    email: g.email,
    name: g.name,
    description: '',
    directMembersCount: String(g.members.length),
    adminCreated: true,
  };
  out.etag = etagOf(out);
  return out;
}

/** Ids of accounts the directory does not hold (outside the domain): stable per address, 21 digits like a user id. */
function externalId(email: string): string {
  const a = fnv1a(email).toString().padStart(10, '0');
  const b = fnv1a(email + '@')
    .toString()
    .padStart(10, '0');
  return '1' + a + b;
}

export function memberResource(world: World, m: GroupMember): Record<string, unknown> {
  let out: Record<string, unknown>;
  if (m.type === 'CUSTOMER') {
    // A CUSTOMER member has no email; its id is the customer id (members resource doc).
    out = { kind: 'admin#directory#member', id: world.directory.customerId, role: m.role, type: 'CUSTOMER' };
  } else if (m.type === 'GROUP') {
    const g = world.directory.groups[m.email ?? ''];
    out = {
      kind: 'admin#directory#member',
      id: g?.id ?? externalId(m.email ?? ''),
      email: m.email,
      role: m.role,
      type: 'GROUP',
      status: 'ACTIVE',
    };
  } else {
    const u = world.directory.users[m.email ?? ''];
    const suspended = !!u && (u.suspended || u.banned);
    out = {
      kind: 'admin#directory#member',
      id: u?.id ?? externalId(m.email ?? ''),
      email: m.email,
      role: m.role,
      type: 'USER',
      status: suspended ? 'SUSPENDED' : 'ACTIVE',
    };
  }
  out.etag = etagOf(out);
  return out;
}
