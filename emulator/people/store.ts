// Each account's contacts as Google stores them: creation on demand, ids, etags, and the change sequence every write bumps.
import { Rng } from '../core/rng';
import type { World } from '../core/world';
import type { AccountContacts, StoredGroup, StoredPerson } from './state';

/**
 * System groups every account has. Only `myContacts` and `starred` take new members; the rest are deprecated
 * and only lose members ([C] https://developers.google.com/people/api/rest/v1/contactGroups.members/modify).
 * The computed `all` group is not emulated.
 */
export const SYSTEM_GROUPS: Record<string, string> = {
  myContacts: 'My Contacts',
  starred: 'Starred',
  friends: 'Friends',
  family: 'Family',
  coworkers: 'Coworkers',
  chatBuddies: 'Chat contacts',
  blocked: 'Blocked',
};
export const MY_CONTACTS = 'contactGroups/myContacts';
export const ADDABLE_SYSTEM_GROUPS = ['contactGroups/myContacts', 'contactGroups/starred'];

/** A 53-bit string hash (cyrb53): ids and etags derive from it so they are deterministic yet look opaque. */
export function hash(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function chars(seed: string, alphabet: string, length: number, first = alphabet): string {
  const h = hash(seed);
  const rng = new Rng((h ^ Math.floor(h / 4294967296)) >>> 0);
  let out = first[rng.int(first.length)];
  while (out.length < length) out += alphabet[rng.int(alphabet.length)];
  return out;
}

const DIGITS = '0123456789';
const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Google's contact source id is the hex form of the number in `people/c<number>`. */
export function sourceIdOf(resourceName: string): string {
  const digits = resourceName.replace(/^people\/c/, '');
  return /^\d+$/.test(digits) ? BigInt(digits).toString(16) : digits;
}

/** The contact source's own etag: Google hands out a distinct value beside the person etag; both change together. */
export function sourceEtagOf(p: StoredPerson): string {
  return '#' + p.etag.slice(1);
}

/** The resource name Google gives the signed-in user's profile (`people/me` resolves to it). */
export function profileResourceName(email: string): string {
  return 'people/' + chars(`${email.toLowerCase()}|profile`, DIGITS, 21, '123456789');
}

export function newEtag(seed: string): string {
  return '%' + chars(seed, B64, 24);
}

export const keyOf = (email: string) => email.toLowerCase();

/** The account's contacts, created with its system groups on first use. */
export function accountContacts(world: World, email: string): AccountContacts {
  const key = keyOf(email);
  const existing = world.people.accounts[key];
  if (existing) return existing;
  const now = world.clock.iso();
  const groups: Record<string, StoredGroup> = {};
  for (const id of Object.keys(SYSTEM_GROUPS)) {
    const rn = `contactGroups/${id}`;
    groups[rn] = {
      resourceName: rn,
      etag: newEtag(`${key}|${rn}|0`),
      name: id,
      groupType: 'SYSTEM_CONTACT_GROUP',
      updateTime: now,
      seq: 0,
    };
  }
  const acct: AccountContacts = { persons: {}, groups, seq: 0, nextId: 1 };
  world.people.accounts[key] = acct;
  return acct;
}

export function livePersons(acct: AccountContacts): StoredPerson[] {
  return Object.values(acct.persons).filter((p) => !p.deleted);
}

export function liveGroups(acct: AccountContacts): StoredGroup[] {
  return Object.values(acct.groups).filter((g) => !g.deleted);
}

export function livePerson(acct: AccountContacts, resourceName: string): StoredPerson | undefined {
  const p = acct.persons[resourceName];
  return p && !p.deleted ? p : undefined;
}

export function liveGroup(acct: AccountContacts, resourceName: string): StoredGroup | undefined {
  const g = acct.groups[resourceName];
  return g && !g.deleted ? g : undefined;
}

export function memberCount(acct: AccountContacts, groupRn: string): number {
  return livePersons(acct).filter((p) => p.groups.includes(groupRn)).length;
}

/** Marks a person changed now: new etag, updateTime and change sequence (what sync tokens and etag checks see). */
export function touchPerson(world: World, email: string, acct: AccountContacts, p: StoredPerson): void {
  acct.seq++;
  p.seq = acct.seq;
  p.etag = newEtag(`${keyOf(email)}|${p.resourceName}|${acct.seq}`);
  p.updateTime = world.clock.iso();
}

export function touchGroup(world: World, email: string, acct: AccountContacts, g: StoredGroup): void {
  acct.seq++;
  g.seq = acct.seq;
  g.etag = newEtag(`${keyOf(email)}|${g.resourceName}|${acct.seq}`);
  g.updateTime = world.clock.iso();
}

export function insertPerson(
  world: World,
  email: string,
  fields: Record<string, unknown>,
  groups: string[],
): StoredPerson {
  const acct = accountContacts(world, email);
  let rn: string;
  do {
    rn = 'people/c' + chars(`${keyOf(email)}|person|${acct.nextId++}`, DIGITS, 19, '123456789');
  } while (acct.persons[rn]);
  const now = world.clock.iso();
  const p: StoredPerson = {
    resourceName: rn,
    etag: '',
    fields,
    groups: [...new Set(groups)],
    createTime: now,
    updateTime: now,
    seq: 0,
  };
  acct.persons[rn] = p;
  touchPerson(world, email, acct, p);
  return p;
}

/** Replaces the named fields (absent or empty in `fields` means cleared), as updateContact does. */
export function replaceFields(
  world: World,
  email: string,
  p: StoredPerson,
  fields: Record<string, unknown>,
  names: readonly string[],
): void {
  for (const name of names) {
    if (name === 'memberships') continue;
    if (fields[name] === undefined) delete p.fields[name];
    else p.fields[name] = fields[name];
  }
  touchPerson(world, email, accountContacts(world, email), p);
}

export function setGroups(world: World, email: string, p: StoredPerson, groups: string[]): void {
  p.groups = [...new Set(groups)];
  touchPerson(world, email, accountContacts(world, email), p);
}

/** Deletes a contact, keeping a tombstone (no fields, no groups) for incremental sync. */
export function tombstonePerson(world: World, email: string, p: StoredPerson): void {
  p.deleted = true;
  p.fields = {};
  p.groups = [];
  touchPerson(world, email, accountContacts(world, email), p);
}

export function insertGroup(
  world: World,
  email: string,
  name: string,
  clientData?: Array<{ key: string; value: string }>,
): StoredGroup {
  const acct = accountContacts(world, email);
  let rn: string;
  do {
    rn = 'contactGroups/' + chars(`${keyOf(email)}|group|${acct.nextId++}`, HEX, 16);
  } while (acct.groups[rn]);
  const g: StoredGroup = {
    resourceName: rn,
    etag: '',
    name,
    groupType: 'USER_CONTACT_GROUP',
    updateTime: '',
    seq: 0,
  };
  if (clientData && clientData.length) g.clientData = clientData;
  acct.groups[rn] = g;
  touchGroup(world, email, acct, g);
  return g;
}

/** Deletes a user group: its members lose the membership (or are deleted with it), and a tombstone stays for sync. */
export function removeGroup(world: World, email: string, g: StoredGroup, deleteContacts: boolean): void {
  const acct = accountContacts(world, email);
  for (const p of livePersons(acct).filter((x) => x.groups.includes(g.resourceName))) {
    if (deleteContacts) tombstonePerson(world, email, p);
    else
      setGroups(
        world,
        email,
        p,
        p.groups.filter((x) => x !== g.resourceName),
      );
  }
  g.deleted = true;
  delete g.clientData;
  touchGroup(world, email, acct, g);
}

/** Whether `name` clashes with another live user group's name (case rule per `contactGroupNamesCaseInsensitive`). */
export function nameTaken(world: World, acct: AccountContacts, name: string, except?: string): boolean {
  const norm = (s: string) => (world.config.contactGroupNamesCaseInsensitive ? s.toLowerCase() : s);
  return liveGroups(acct).some(
    (g) => g.groupType === 'USER_CONTACT_GROUP' && g.resourceName !== except && norm(g.name) === norm(name),
  );
}
