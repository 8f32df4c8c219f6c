// Acting "as the Google Contacts UI" (a person on a phone or in contacts.google.com) without an API call: no quota,
// no call count, no latency. Tests, the scenario runner and the simulator seed and change contacts through these.
import { GoogleApiError } from '../core/errors';
import type { World } from '../core/world';
import { checkContactLimit, entityNotFound } from './guard';
import { renderGroup } from './groups-read';
import { CONTACT_FIELDS, GROUP_FIELDS, READ_FIELDS } from './masks';
import { prepareCreate, resolveMemberships } from './people-write';
import { readPersonInput, renderPerson, type Json } from './person-view';
import {
  accountContacts,
  insertGroup,
  insertPerson,
  liveGroup,
  liveGroups,
  livePerson,
  livePersons,
  MY_CONTACTS,
  nameTaken,
  removeGroup,
  replaceFields,
  setGroups,
  tombstonePerson,
  touchGroup,
} from './store';

export { accountContacts } from './store';

const ALL_PERSON_FIELDS = new Set<string>(READ_FIELDS);
const ALL_GROUP_FIELDS = new Set(GROUP_FIELDS);

/** Every live contact of the account, as `people.get` with every field would return it, oldest change first. */
export function listPersons(world: World, email: string): Json[] {
  return livePersons(accountContacts(world, email))
    .sort((a, b) => a.seq - b.seq)
    .map((p) => renderPerson(world, p, ALL_PERSON_FIELDS));
}

export function getPerson(world: World, email: string, resourceName: string): Json | undefined {
  const p = livePerson(accountContacts(world, email), resourceName);
  return p ? renderPerson(world, p, ALL_PERSON_FIELDS) : undefined;
}

/** Every live group (system and user), with all fields and all member resource names. */
export function listGroups(world: World, email: string): Json[] {
  const acct = accountContacts(world, email);
  return liveGroups(acct).map((g) => renderGroup(acct, g, ALL_GROUP_FIELDS, Number.MAX_SAFE_INTEGER));
}

/** The live group with exactly this name (a user label, or a system group's id such as `myContacts`). */
export function findGroupByName(world: World, email: string, name: string): Json | undefined {
  const acct = accountContacts(world, email);
  const g = liveGroups(acct).find((x) => x.name === name);
  return g ? renderGroup(acct, g, ALL_GROUP_FIELDS, Number.MAX_SAFE_INTEGER) : undefined;
}

/**
 * Creates a contact as the user would in Google Contacts: it lands in My Contacts (unless `myContacts: false`) and in
 * `groups` (resource names). The account's contact limit applies. Returns the contact with every field.
 */
export function seedContact(
  world: World,
  email: string,
  person: Json,
  opts: { groups?: string[]; myContacts?: boolean } = {},
): Json {
  const prepared = prepareCreate(world, email, person);
  const acct = accountContacts(world, email);
  const extra = resolveMemberships(acct, opts.groups ?? [], []);
  let groups = [...new Set([...prepared.groups, ...extra])];
  if (opts.myContacts === false) groups = groups.filter((g) => g !== MY_CONTACTS);
  else if (!groups.includes(MY_CONTACTS)) groups.unshift(MY_CONTACTS);
  checkContactLimit(world, email, 1);
  return renderPerson(world, insertPerson(world, email, prepared.fields, groups), ALL_PERSON_FIELDS);
}

/** Edits a contact as the user would: every contact field present in `patch` is replaced (an empty list clears it). */
export function editContact(world: World, email: string, resourceName: string, patch: Json): Json {
  const acct = accountContacts(world, email);
  const p = livePerson(acct, resourceName);
  if (!p) throw entityNotFound();
  const names = CONTACT_FIELDS.filter((f) => f in patch);
  replaceFields(world, email, p, readPersonInput(patch, names), names);
  return renderPerson(world, p, ALL_PERSON_FIELDS);
}

export function removeContact(world: World, email: string, resourceName: string): void {
  const p = livePerson(accountContacts(world, email), resourceName);
  if (!p) throw entityNotFound();
  tombstonePerson(world, email, p);
}

/** Creates a label as the user would; a clash with an existing label's name is a 409 as through the API. */
export function seedGroup(
  world: World,
  email: string,
  name: string,
  clientData?: Array<{ key: string; value: string }>,
): Json {
  const acct = accountContacts(world, email);
  if (nameTaken(world, acct, name))
    throw new GoogleApiError(409, `A contact group named "${name}" already exists.`);
  return renderGroup(acct, insertGroup(world, email, name, clientData), ALL_GROUP_FIELDS);
}

export function renameGroup(world: World, email: string, groupResourceName: string, name: string): Json {
  const acct = accountContacts(world, email);
  const g = liveGroup(acct, groupResourceName);
  if (!g || g.groupType !== 'USER_CONTACT_GROUP') throw entityNotFound();
  if (nameTaken(world, acct, name, g.resourceName))
    throw new GoogleApiError(409, `A contact group named "${name}" already exists.`);
  g.name = name;
  touchGroup(world, email, acct, g);
  return renderGroup(acct, g, ALL_GROUP_FIELDS);
}

export function deleteGroup(
  world: World,
  email: string,
  groupResourceName: string,
  deleteContacts = false,
): void {
  const g = liveGroup(accountContacts(world, email), groupResourceName);
  if (!g || g.groupType !== 'USER_CONTACT_GROUP') throw entityNotFound();
  removeGroup(world, email, g, deleteContacts);
}

/** Puts a contact into a group or takes it out, as the user would (the contact's etag changes). */
export function setGroupMembership(
  world: World,
  email: string,
  resourceName: string,
  groupResourceName: string,
  member: boolean,
): void {
  const acct = accountContacts(world, email);
  const p = livePerson(acct, resourceName);
  if (!p || !liveGroup(acct, groupResourceName)) throw entityNotFound();
  if (member === p.groups.includes(groupResourceName)) return;
  setGroups(
    world,
    email,
    p,
    member ? [...p.groups, groupResourceName] : p.groups.filter((g) => g !== groupResourceName),
  );
}
