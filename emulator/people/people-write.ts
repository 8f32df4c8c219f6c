// people.createContact, people.updateContact and people.deleteContact, and the checks the batch methods share with them
// ([C] https://developers.google.com/people/api/rest/v1/people/updateContact and createContact).
import { badRequest, failedPrecondition } from '../core/errors';
import { list } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { checkContactLimit, entityNotFound } from './guard';
import { optionalPersonFields, parsePersonMask, UPDATE_FIELDS } from './masks';
import {
  asRecord,
  presentedEtags,
  readMemberships,
  readPersonInput,
  renderPerson,
  type Json,
} from './person-view';
import type { AccountContacts, StoredPerson } from './state';
import {
  accountContacts,
  ADDABLE_SYSTEM_GROUPS,
  insertPerson,
  liveGroup,
  livePerson,
  MY_CONTACTS,
  replaceFields,
  sourceEtagOf,
  tombstonePerson,
} from './store';

/**
 * The groups a person may be put into: existing groups only; of the system groups only myContacts and starred take
 * new members ([C] https://developers.google.com/people/api/rest/v1/contactGroups.members/modify).
 */
export function resolveMemberships(acct: AccountContacts, wanted: string[], current: string[]): string[] {
  for (const rn of wanted) {
    const g = liveGroup(acct, rn);
    if (!g) throw badRequest(`Contact group ${rn} does not exist.`);
    if (
      g.groupType === 'SYSTEM_CONTACT_GROUP' &&
      !ADDABLE_SYSTEM_GROUPS.includes(rn) &&
      !current.includes(rn)
    ) {
      throw badRequest(`Contacts cannot be added to the deprecated system contact group ${rn}.`);
    }
  }
  return [...new Set(wanted)];
}

export interface PreparedCreate {
  fields: Json;
  groups: string[];
}

/** Validates one Person to create; `createAddsToMyContacts` ([?] setting) decides whether it also joins myContacts. */
export function prepareCreate(world: World, email: string, person: Json): PreparedCreate {
  const fields = readPersonInput(person);
  const groups = resolveMemberships(accountContacts(world, email), readMemberships(person) ?? [], []);
  if (world.config.createAddsToMyContacts && !groups.includes(MY_CONTACTS)) groups.unshift(MY_CONTACTS);
  return { fields, groups };
}

export function createPrepared(world: World, email: string, prepared: PreparedCreate): StoredPerson {
  return insertPerson(world, email, prepared.fields, prepared.groups);
}

/** The required update mask (`updatePersonFields`, or `updateMask` of batchUpdateContacts) over the updatable fields. */
export function parseUpdateMask(paths: string[], maskName: string): string[] {
  if (!paths.length) {
    throw badRequest(
      `${maskName} mask is required. Please specify one or more valid paths. Valid paths are documented at https://developers.google.com/people/api/rest/v1/people/updateContact.`,
    );
  }
  return [...parsePersonMask(paths, maskName, UPDATE_FIELDS)];
}

export interface PreparedUpdate {
  person: StoredPerson;
  fields: Json;
  groups?: string[];
}

/**
 * Validates one update: the contact exists; the request carries `person.etag` or the contact source's etag and it is
 * current (stale → 400 FAILED_PRECONDITION, reason failedPrecondition [C]); a memberships update names at least one group.
 */
export function prepareUpdate(
  world: World,
  email: string,
  resourceName: string,
  body: Json,
  mask: string[],
): PreparedUpdate {
  const acct = accountContacts(world, email);
  const person = livePerson(acct, resourceName);
  if (!person) throw entityNotFound();
  const etags = presentedEtags(body);
  if (!etags.person && !etags.source) {
    throw badRequest(
      'Request must set person.etag or person.metadata.sources.etag for the source that is being updated.',
    );
  }
  const current =
    etags.source !== undefined ? etags.source === sourceEtagOf(person) : etags.person === person.etag;
  if (!current) {
    throw failedPrecondition(
      'Request person.etag is different than the current person.etag. Clear local cache and get the latest person.',
    );
  }
  const fields = readPersonInput(body, mask);
  if (!mask.includes('memberships')) return { person, fields };
  const wanted = readMemberships(body) ?? [];
  if (!wanted.length)
    throw badRequest(
      'Invalid person.memberships: a contact must keep at least one contact group membership.',
    );
  return { person, fields, groups: resolveMemberships(acct, wanted, person.groups) };
}

/** Replaces the masked fields in one change (one new etag), as updateContact does. */
export function applyUpdate(world: World, email: string, u: PreparedUpdate, mask: string[]): void {
  if (u.groups) u.person.groups = u.groups;
  replaceFields(world, email, u.person, u.fields, mask);
}

export function createContact(world: World, req: ApiRequest): Json {
  const mask = optionalPersonFields(req);
  const email = req.caller.email;
  const prepared = prepareCreate(world, email, asRecord(req.body ?? {}, 'person'));
  checkContactLimit(world, email, 1);
  return renderPerson(world, createPrepared(world, email, prepared), mask);
}

export function updateContact(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const resourceName = String(req.params.resourceName ?? '');
  const updateMask = parseUpdateMask(list(req, 'updatePersonFields'), 'updatePersonFields');
  const readMask = optionalPersonFields(req);
  const body = asRecord(req.body ?? {}, 'person');
  if (typeof body.resourceName === 'string' && body.resourceName && body.resourceName !== resourceName) {
    throw badRequest(
      `person.resourceName "${body.resourceName}" does not match the resource name in the URL "${resourceName}".`,
    );
  }
  const u = prepareUpdate(world, email, resourceName, body, updateMask);
  applyUpdate(world, email, u, updateMask);
  return renderPerson(world, u.person, readMask);
}

export function deleteContact(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const p = livePerson(accountContacts(world, email), String(req.params.resourceName ?? ''));
  if (!p) throw entityNotFound();
  tombstonePerson(world, email, p);
  return {};
}
