// The Admin console panel: the domain's accounts and groups, and what an admin changes there (emulator/directory/admin.ts).
import type { World } from '../emulator';
import {
  addMember, addUser, deleteUser, removeMember, restoreDelegation, revokeDelegation, suspendUser, unsuspendUser,
} from '../emulator/directory/admin';
import { userSettings } from './events';

export interface AccountRow {
  email: string;
  name: string;
  external: boolean;
  admin: boolean;
  /** world.accountState: active, suspended, deleted, banned, ... */
  state: string;
  dwdAuthorized: boolean;
  locale: string;
  timeZone: string;
}

export interface GroupRow {
  email: string;
  name: string;
  members: string[];
}

export function accounts(world: World): AccountRow[] {
  const users = Object.values(world.directory.users).map((u) => ({
    email: u.primaryEmail,
    name: `${u.givenName} ${u.familyName}`.trim(),
    external: false,
    admin: u.isAdmin,
    state: world.accountState(u.primaryEmail),
    dwdAuthorized: u.dwdAuthorized,
    ...userSettings(world, u.primaryEmail),
  }));
  const externals = Object.values(world.externals).map((x) => ({
    email: x.email,
    name: x.email,
    external: true,
    admin: false,
    state: world.accountState(x.email),
    dwdAuthorized: false,
    ...userSettings(world, x.email),
  }));
  return [...users.sort((a, b) => a.email.localeCompare(b.email)), ...externals.sort((a, b) => a.email.localeCompare(b.email))];
}

export function groups(world: World): GroupRow[] {
  return Object.values(world.directory.groups)
    .map((g) => ({ email: g.email, name: g.name, members: g.members.map((m) => m.email ?? 'everyone in the domain') }))
    .sort((a, b) => a.email.localeCompare(b.email));
}

export type AdminVerb = 'suspend' | 'unsuspend' | 'delete' | 'addMember' | 'removeMember' | 'revokeDelegation' | 'restoreDelegation' | 'addUser';
export const ADMIN_VERBS: AdminVerb[] = ['suspend', 'unsuspend', 'delete', 'addMember', 'removeMember', 'revokeDelegation', 'restoreDelegation', 'addUser'];

const need = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw new Error(`${what} is required`);
  return v.trim();
};

/** One Admin console action; `args` comes from the page (user, group, member, givenName, familyName). */
export function adminAction(world: World, verb: AdminVerb, args: Record<string, unknown>): void {
  switch (verb) {
    case 'suspend':
      return suspendUser(world, need(args.user, 'user'));
    case 'unsuspend':
      return unsuspendUser(world, need(args.user, 'user'));
    case 'delete':
      return deleteUser(world, need(args.user, 'user'));
    case 'addMember':
      return addMember(world, need(args.group, 'group'), need(args.member, 'member'));
    case 'removeMember':
      return removeMember(world, need(args.group, 'group'), need(args.member, 'member'));
    case 'revokeDelegation':
      return revokeDelegation(world, need(args.user, 'user'));
    case 'restoreDelegation':
      return restoreDelegation(world, need(args.user, 'user'));
    case 'addUser': {
      const email = need(args.user, 'user');
      addUser(world, {
        email,
        givenName: typeof args.givenName === 'string' && args.givenName ? args.givenName : undefined,
        familyName: typeof args.familyName === 'string' && args.familyName ? args.familyName : undefined,
      });
      world.appsScript.userSettings[email.toLowerCase()] = { locale: 'en', timeZone: 'Etc/UTC' };
      return;
    }
  }
}
