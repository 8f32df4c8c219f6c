// Finding users and groups the way the Directory API resolves a userKey/groupKey: primary email, alias, or id.
import type { World } from '../core/world';
import type { DirectoryGroup, DirectoryUser } from './state';

/** A live (not deleted) domain user by primary email, alias or id. */
export function findUser(world: World, key: string): DirectoryUser | undefined {
  const k = key.trim().toLowerCase();
  const users = world.directory.users;
  const u = users[k] ?? Object.values(users).find((x) => x.id === key.trim() || x.aliases.includes(k));
  return u && !u.deleted ? u : undefined;
}

export function findGroup(world: World, key: string): DirectoryGroup | undefined {
  const k = key.trim().toLowerCase();
  return world.directory.groups[k] ?? Object.values(world.directory.groups).find((g) => g.id === key.trim());
}

/** Whether `email` is a live, active domain administrator (the Directory answers them in full). */
export function isActiveAdmin(world: World, email: string): boolean {
  const u = world.directory.users[email.toLowerCase()];
  return !!u && u.isAdmin && world.accountState(u.primaryEmail) === 'active';
}

/** Whether `email` is a live, active user of this domain (may read the domain-public view). */
export function isActiveDomainUser(world: World, email: string): boolean {
  const u = world.directory.users[email.toLowerCase()];
  return !!u && world.accountState(u.primaryEmail) === 'active';
}

/** A short stable hash (FNV-1a), for etags and synthesized ids. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** An etag in Google's quoted form, derived from the resource's content so it changes when the resource does. */
export function etagOf(resource: unknown): string {
  const s = JSON.stringify(resource);
  return `"${fnv1a(s).toString(36)}${fnv1a(s + '#').toString(36)}/${fnv1a('#' + s).toString(36)}"`;
}
