// contactGroups.create, update, delete and members.modify: the caller's labels and who is in them
// ([C] https://developers.google.com/people/api/rest/v1/contactGroups/create, …/contactGroups.members/modify).
import { badRequest, conflict, failedPrecondition } from '../core/errors';
import { bool } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { entityNotFound } from './guard';
import { renderGroup } from './groups-read';
import { DEFAULT_WRITE_GROUP_FIELDS, parseGroupMask } from './masks';
import { asRecord, type Json } from './person-view';
import type { AccountContacts, StoredGroup } from './state';
import {
  accountContacts,
  ADDABLE_SYSTEM_GROUPS,
  insertGroup,
  liveGroup,
  liveGroups,
  livePerson,
  nameTaken,
  removeGroup,
  setGroups,
  touchGroup,
} from './store';

function readName(group: Json): string {
  const name = typeof group.name === 'string' ? group.name.trim() : '';
  if (!name) throw badRequest('contactGroup.name is required and must not be empty.');
  return name;
}

function readClientData(group: Json): Array<{ key: string; value: string }> | undefined {
  if (group.clientData === undefined || group.clientData === null) return undefined;
  if (!Array.isArray(group.clientData))
    throw badRequest("Invalid value at 'contact_group.client_data': a list is expected.");
  return group.clientData.map((c, i) => {
    const r = asRecord(c, `contactGroup.clientData[${i}]`);
    return { key: String(r.key ?? ''), value: String(r.value ?? '') };
  });
}

/** "Created contact group names must be unique to the users contact groups … a duplicate name will return a HTTP 409" [C]. */
function checkName(world: World, acct: AccountContacts, name: string, except?: string): void {
  if (nameTaken(world, acct, name, except)) throw conflict(`A contact group named "${name}" already exists.`);
}

function userGroup(acct: AccountContacts, resourceName: string, verb: string): StoredGroup {
  const g = liveGroup(acct, resourceName);
  if (!g) throw entityNotFound();
  if (g.groupType === 'SYSTEM_CONTACT_GROUP') throw badRequest(`System contact groups cannot be ${verb}.`);
  return g;
}

export function contactGroupsCreate(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const body = asRecord(req.body ?? {}, 'CreateContactGroupRequest');
  const group = asRecord(body.contactGroup, 'contactGroup');
  const mask = parseGroupMask(body.readGroupFields, DEFAULT_WRITE_GROUP_FIELDS, 'readGroupFields');
  const acct = accountContacts(world, email);
  const name = readName(group);
  const clientData = readClientData(group);
  checkName(world, acct, name);
  const userGroups = liveGroups(acct).filter((g) => g.groupType === 'USER_CONTACT_GROUP').length;
  if (userGroups >= world.config.maxContactGroups) {
    throw failedPrecondition(
      `Contact group limit exceeded: the account already has ${userGroups} contact groups.`,
    );
  }
  return renderGroup(acct, insertGroup(world, email, name, clientData), mask);
}

/** Renames a user group or replaces its clientData; the group etag must be current (stale → 400 FAILED_PRECONDITION). */
export function contactGroupsUpdate(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const resourceName = String(req.params.resourceName ?? '');
  const body = asRecord(req.body ?? {}, 'UpdateContactGroupRequest');
  const group = asRecord(body.contactGroup, 'contactGroup');
  const fields = [...parseGroupMask(body.updateGroupFields, ['name'], 'updateGroupFields')];
  for (const f of fields) {
    if (f !== 'name' && f !== 'clientData') throw badRequest(`Invalid updateGroupFields mask path: "${f}".`);
  }
  const mask = parseGroupMask(body.readGroupFields, DEFAULT_WRITE_GROUP_FIELDS, 'readGroupFields');
  const acct = accountContacts(world, email);
  const g = userGroup(acct, resourceName, 'modified');
  if (typeof group.resourceName === 'string' && group.resourceName && group.resourceName !== resourceName) {
    throw badRequest(
      `contactGroup.resourceName "${group.resourceName}" does not match the resource name in the URL.`,
    );
  }
  if (typeof group.etag !== 'string' || !group.etag) throw badRequest('Request must set contact_group.etag.');
  if (group.etag !== g.etag) {
    throw failedPrecondition(
      'Request contact_group.etag is different than the current etag. Clear local cache and get the latest contact group.',
    );
  }
  if (fields.includes('name')) {
    const name = readName(group);
    checkName(world, acct, name, g.resourceName);
    g.name = name;
  }
  if (fields.includes('clientData')) {
    const clientData = readClientData(group);
    if (clientData?.length) g.clientData = clientData;
    else delete g.clientData;
  }
  touchGroup(world, email, acct, g);
  return renderGroup(acct, g, mask);
}

/** Deletes a user group; with `deleteContacts` its members are deleted too, otherwise they only lose the label. */
export function contactGroupsDelete(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const g = userGroup(accountContacts(world, email), String(req.params.resourceName ?? ''), 'deleted');
  removeGroup(world, email, g, bool(req, 'deleteContacts'));
  return {};
}

const names = (v: unknown): string[] => (Array.isArray(v) ? [...new Set(v.map(String))] : []);

/**
 * Adds and removes members (together at most 1000 [C]). Only user groups, myContacts and starred take additions;
 * unknown people come back in `notFoundResourceNames`; a removal that would leave a contact in no group at all is
 * refused and listed in `canNotRemoveLastContactGroupResourceNames`.
 */
export function contactGroupsMembersModify(world: World, req: ApiRequest): Json {
  const email = req.caller.email;
  const acct = accountContacts(world, email);
  const body = asRecord(req.body ?? {}, 'ModifyContactGroupMembersRequest');
  const toAdd = names(body.resourceNamesToAdd);
  const toRemove = names(body.resourceNamesToRemove);
  if (toAdd.length + toRemove.length > 1000) {
    throw badRequest(
      `Too many resource names: ${toAdd.length + toRemove.length}. resourceNamesToAdd and resourceNamesToRemove together allow at most 1000.`,
    );
  }
  const g = liveGroup(acct, String(req.params.resourceName ?? ''));
  if (!g) throw entityNotFound();
  if (
    toAdd.length &&
    g.groupType === 'SYSTEM_CONTACT_GROUP' &&
    !ADDABLE_SYSTEM_GROUPS.includes(g.resourceName)
  ) {
    throw badRequest(`Contacts cannot be added to the deprecated system contact group ${g.resourceName}.`);
  }
  const notFound: string[] = [];
  const lastGroup: string[] = [];
  for (const rn of toRemove) {
    const p = livePerson(acct, rn);
    if (!p) notFound.push(rn);
    else if (!p.groups.includes(g.resourceName)) continue;
    else if (p.groups.length === 1) lastGroup.push(rn);
    else
      setGroups(
        world,
        email,
        p,
        p.groups.filter((x) => x !== g.resourceName),
      );
  }
  for (const rn of toAdd) {
    const p = livePerson(acct, rn);
    if (!p) {
      if (!notFound.includes(rn)) notFound.push(rn);
    } else if (!p.groups.includes(g.resourceName)) setGroups(world, email, p, [...p.groups, g.resourceName]);
  }
  const out: Json = {};
  if (notFound.length) out.notFoundResourceNames = notFound;
  if (lastGroup.length) out.canNotRemoveLastContactGroupResourceNames = lastGroup;
  return out;
}
