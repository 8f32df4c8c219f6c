// The selected user's Google Contacts as contacts.google.com shows them, and the edits a person makes there; edits go
// through the People API as that user (world.call via the advanced-service face), bypassing the add-on.
import type { World } from '../emulator';
import { listGroups, listPersons } from '../emulator/people/contacts-ui';
import { peopleAs } from './demo-domain';

/** clientData keys the product writes (src/core/ports/contacts-gateway.ts TAG_KEYS): a copy's master, a group's label. */
export const MASTER_KEY = 'sharedLabels.master';
export const LABEL_KEY = 'sharedLabels.label';

type Json = Record<string, unknown>;

export interface ContactRow {
  resourceName: string;
  etag: string;
  name: string;
  givenName: string;
  familyName: string;
  emails: string[];
  phones: string[];
  organization?: string;
  /** Names of the user labels the contact is in. */
  labels: string[];
  myContacts: boolean;
  /** A copy the add-on made of a shared master contact (clientData `sharedLabels.master`). */
  shared: boolean;
  master?: string;
}

export interface GroupRow {
  resourceName: string;
  name: string;
  memberCount: number;
  /** A group the add-on made for a shared label (clientData `sharedLabels.label`). */
  shared: boolean;
}

const list = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : []);
const clientValue = (p: Json, key: string): string | undefined => {
  const hit = list(p.clientData).find((c) => c.key === key);
  return typeof hit?.value === 'string' ? hit.value : undefined;
};

function displayName(p: Json): string {
  const n = list(p.names)[0];
  if (typeof n?.displayName === 'string' && n.displayName) return n.displayName;
  const email = list(p.emailAddresses)[0]?.value;
  return typeof email === 'string' ? email : '(no name)';
}

export function contactsView(world: World, user: string): { groups: GroupRow[]; contacts: ContactRow[] } {
  const groups = listGroups(world, user);
  const userGroups = groups.filter((g) => g.groupType === 'USER_CONTACT_GROUP');
  const names = new Map(userGroups.map((g) => [String(g.resourceName), String(g.name)]));
  const contacts = listPersons(world, user).map((p): ContactRow => {
    const member = list(p.memberships).map((m) => String((m.contactGroupMembership as Json | undefined)?.contactGroupResourceName ?? ''));
    const master = clientValue(p, MASTER_KEY);
    const org = list(p.organizations)[0]?.name;
    const n = list(p.names)[0] ?? {};
    const row: ContactRow = {
      resourceName: String(p.resourceName),
      etag: String(p.etag),
      name: displayName(p),
      givenName: typeof n.givenName === 'string' ? n.givenName : '',
      familyName: typeof n.familyName === 'string' ? n.familyName : '',
      emails: list(p.emailAddresses).map((e) => String(e.value ?? '')),
      phones: list(p.phoneNumbers).map((e) => String(e.value ?? '')),
      labels: member.filter((rn) => names.has(rn)).map((rn) => names.get(rn) as string),
      myContacts: member.includes('contactGroups/myContacts'),
      shared: master !== undefined,
    };
    if (typeof org === 'string') row.organization = org;
    if (master !== undefined) row.master = master;
    return row;
  });
  contacts.sort((a, b) => a.name.localeCompare(b.name));
  return {
    groups: userGroups
      .map((g) => ({
        resourceName: String(g.resourceName),
        name: String(g.name),
        memberCount: Number(g.memberCount ?? 0),
        shared: clientValue(g, LABEL_KEY) !== undefined,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    contacts,
  };
}

export interface ContactEdit {
  givenName?: string;
  familyName?: string;
  /** Replaces the first phone number; an empty string removes it. */
  phone?: string;
}

/** Edits name and first phone as the Contacts UI does: one get for the etag, one updateContact. */
export function editContact(world: World, user: string, resourceName: string, edit: ContactEdit): void {
  const people = peopleAs(world, user).People!;
  const p = people.get(resourceName, { personFields: 'names,phoneNumbers' });
  const fields: string[] = [];
  const body: GoogleAppsScript.People.Schema.Person = { etag: p.etag };
  if (edit.givenName !== undefined || edit.familyName !== undefined) {
    const old = p.names?.[0] ?? {};
    body.names = [{ givenName: edit.givenName ?? old.givenName, familyName: edit.familyName ?? old.familyName }];
    fields.push('names');
  }
  if (edit.phone !== undefined) {
    const rest = (p.phoneNumbers ?? []).slice(1).map((x) => ({ value: x.value, type: x.type }));
    const first = p.phoneNumbers?.[0];
    body.phoneNumbers = edit.phone ? [{ value: edit.phone, type: first?.type ?? 'mobile' }, ...rest] : rest;
    fields.push('phoneNumbers');
  }
  if (!fields.length) return;
  people.updateContact(body, resourceName, { updatePersonFields: fields.join(',') });
}

export function deleteContact(world: World, user: string, resourceName: string): void {
  peopleAs(world, user).People!.deleteContact(resourceName);
}

export function removeFromGroup(world: World, user: string, resourceName: string, group: string): void {
  const res = peopleAs(world, user).ContactGroups!.Members!.modify({ resourceNamesToRemove: [resourceName] }, group);
  // The typings predate canNotRemoveLastContactGroupResourceNames (facts F).
  const out = res as { notFoundResourceNames?: string[]; canNotRemoveLastContactGroupResourceNames?: string[] };
  const refused = [...(out.notFoundResourceNames ?? []), ...(out.canNotRemoveLastContactGroupResourceNames ?? [])];
  if (refused.length) throw new Error(`Google Contacts kept ${refused.join(', ')} in the label (a contact must stay in at least one group).`);
}

export interface NewContact {
  givenName: string;
  familyName?: string;
  email?: string;
  phone?: string;
  /** A contact group resource name to create it in. */
  group?: string;
}

export function createContact(world: World, user: string, c: NewContact): string {
  const person: GoogleAppsScript.People.Schema.Person = { names: [{ givenName: c.givenName, familyName: c.familyName || undefined }] };
  if (c.email) person.emailAddresses = [{ value: c.email }];
  if (c.phone) person.phoneNumbers = [{ value: c.phone, type: 'mobile' }];
  if (c.group) {
    // The typings predate contactGroupResourceName (facts F).
    person.memberships = [{ contactGroupMembership: { contactGroupResourceName: c.group } }] as unknown as GoogleAppsScript.People.Schema.Membership[];
  }
  return String(peopleAs(world, user).People!.createContact(person, { personFields: 'names' }).resourceName);
}

export function createGroup(world: World, user: string, name: string): string {
  return String(peopleAs(world, user).ContactGroups!.create({ contactGroup: { name } }).resourceName);
}
