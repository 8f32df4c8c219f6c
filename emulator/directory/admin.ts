// The Admin console: seeds and changes the domain's users, external accounts and groups directly (no API call counted).
import type { World } from '../core/world';
import type { DirectoryGroup, DirectoryUser, ExternalAccount, GroupMember } from './state';

export type MemberRole = GroupMember['role'];

export interface NewUser {
  email: string;
  givenName?: string;
  familyName?: string;
  isAdmin?: boolean;
  suspended?: boolean;
  archived?: boolean;
  contactLimit?: number;
  /** Whether the DWD client may impersonate this user. Default true. */
  dwdAuthorized?: boolean;
  aliases?: string[];
  phones?: Array<{ value: string; type?: string }>;
  title?: string;
  department?: string;
  location?: string;
}

export interface NewExternal {
  email: string;
  contactLimit?: number;
}

export interface NewGroup {
  email: string;
  name?: string;
  /** A user email, a group email (nested group), or the literal 'customer' (everyone in the domain). */
  members: string[];
}

/** Member string meaning "all users of the domain" (a CUSTOMER member). */
export const CUSTOMER_MEMBER = 'customer';

const norm = (email: string) => email.trim().toLowerCase();

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Directory user ids are 21-digit decimal strings. */
function numericId(world: World): string {
  let out = '1';
  for (let i = 0; i < 20; i++) out += String(world.rng.int(10));
  return out;
}

/** Whether an address is already taken by a user (primary or alias) or a group. */
function emailInUse(world: World, email: string): boolean {
  const key = norm(email);
  if (world.directory.users[key] || world.directory.groups[key]) return true;
  return Object.values(world.directory.users).some((u) => u.aliases.includes(key));
}

export function addUser(world: World, u: NewUser): DirectoryUser {
  const email = norm(u.email);
  if (!email.includes('@') || !world.isDomainEmail(email)) {
    throw new Error(`addUser: ${u.email} is not in the domain (${world.directory.primaryDomain})`);
  }
  if (emailInUse(world, email)) throw new Error(`addUser: ${email} already exists`);
  const aliases = (u.aliases ?? []).map(norm);
  for (const a of aliases) {
    if (!world.isDomainEmail(a)) throw new Error(`addUser: alias ${a} is not in the domain`);
    if (emailInUse(world, a)) throw new Error(`addUser: alias ${a} already exists`);
  }
  const [first, ...rest] = email.split('@')[0].split(/[._-]/);
  const user: DirectoryUser = {
    id: numericId(world),
    primaryEmail: email,
    givenName: u.givenName ?? capitalise(first),
    familyName: u.familyName ?? (rest.length ? rest.map(capitalise).join(' ') : 'User'),
    isAdmin: u.isAdmin ?? false,
    suspended: u.suspended ?? false,
    archived: u.archived ?? false,
    deleted: false,
    banned: false,
    dwdAuthorized: u.dwdAuthorized ?? true,
    contactLimit: u.contactLimit ?? world.config.defaultContactLimit,
    aliases,
    phones: (u.phones ?? []).map((p) => ({ value: p.value, type: p.type ?? 'work' })),
    organizations:
      u.title !== undefined || u.department !== undefined
        ? [{ title: u.title, department: u.department, primary: true }]
        : [],
    locations: u.location !== undefined ? [{ area: u.location, type: 'desk' }] : [],
    orgUnitPath: '/',
    creationTime: world.clock.iso(),
  };
  if (user.suspended) user.suspensionReason = 'ADMIN';
  world.directory.users[email] = user;
  return user;
}

export function addExternal(world: World, x: NewExternal): ExternalAccount {
  const email = norm(x.email);
  if (!email.includes('@') || world.isDomainEmail(email)) {
    throw new Error(`addExternal: ${x.email} is not an address outside the domain`);
  }
  if (world.externals[email]) throw new Error(`addExternal: ${email} already exists`);
  const acct: ExternalAccount = {
    email,
    contactLimit: x.contactLimit ?? world.config.defaultContactLimit,
    banned: false,
    deleted: false,
  };
  world.externals[email] = acct;
  return acct;
}

function memberFor(world: World, member: string, role: MemberRole): GroupMember {
  const m = norm(member);
  if (m === CUSTOMER_MEMBER) return { type: 'CUSTOMER', role };
  if (!m.includes('@')) throw new Error(`not a member address: ${member}`);
  return { type: world.directory.groups[m] ? 'GROUP' : 'USER', email: m, role };
}

export function addGroup(world: World, g: NewGroup): DirectoryGroup {
  const email = norm(g.email);
  if (!email.includes('@') || !world.isDomainEmail(email)) {
    throw new Error(`addGroup: ${g.email} is not in the domain (${world.directory.primaryDomain})`);
  }
  if (emailInUse(world, email)) throw new Error(`addGroup: ${email} already exists`);
  const group: DirectoryGroup = {
    // Group ids are 15 lowercase alphanumerics starting with 0, like Google's (e.g. 03cqmetx3iq5xyz).
    id: '0' + world.rng.id(14),
    email,
    name: g.name ?? capitalise(email.split('@')[0]),
    members: [],
  };
  world.directory.groups[email] = group;
  for (const m of g.members) addMember(world, email, m);
  return group;
}

function groupOrThrow(world: World, group: string): DirectoryGroup {
  const g = world.directory.groups[norm(group)];
  if (!g) throw new Error(`no such group: ${group}`);
  return g;
}

const sameMember = (a: GroupMember, b: GroupMember) => a.type === b.type && a.email === b.email;

export function addMember(world: World, group: string, member: string, role: MemberRole = 'MEMBER'): void {
  const g = groupOrThrow(world, group);
  const m = memberFor(world, member, role);
  if (m.email === g.email) throw new Error(`a group cannot contain itself: ${g.email}`);
  const existing = g.members.find((x) => sameMember(x, m));
  if (existing) existing.role = role;
  else g.members.push(m);
}

export function removeMember(world: World, group: string, member: string): void {
  const g = groupOrThrow(world, group);
  const m = memberFor(world, member, 'MEMBER');
  g.members = g.members.filter((x) => !sameMember(x, m));
}

function userOrThrow(world: World, email: string): DirectoryUser {
  const u = world.directory.users[norm(email)];
  if (!u) throw new Error(`no such domain user: ${email}`);
  return u;
}

export function suspendUser(world: World, email: string): void {
  const u = userOrThrow(world, email);
  u.suspended = true;
  u.suspensionReason = 'ADMIN';
}

export function unsuspendUser(world: World, email: string): void {
  const u = userOrThrow(world, email);
  u.suspended = false;
  delete u.suspensionReason;
}

export function archiveUser(world: World, email: string, archived = true): void {
  userOrThrow(world, email).archived = archived;
}

/** Deletes a domain user (kept, flagged, so `showDeleted` can list it) or an external account. */
export function deleteUser(world: World, email: string): void {
  const key = norm(email);
  const x = world.externals[key];
  if (x) {
    x.deleted = true;
    return;
  }
  const u = userOrThrow(world, key);
  u.deleted = true;
  u.deletionTime = world.clock.iso();
}

/** Google disables an account for abuse (a domain user or an external one). */
export function banUser(world: World, email: string): void {
  const key = norm(email);
  const x = world.externals[key];
  if (x) {
    x.banned = true;
    return;
  }
  userOrThrow(world, key).banned = true;
}

export function setAdmin(world: World, email: string, isAdmin = true): void {
  userOrThrow(world, email).isAdmin = isAdmin;
}

export function revokeDelegation(world: World, email: string): void {
  userOrThrow(world, email).dwdAuthorized = false;
}

export function restoreDelegation(world: World, email: string): void {
  userOrThrow(world, email).dwdAuthorized = true;
}
