// What a user does in Google Contacts directly, bypassing the add-on: People calls as that user, as the Contacts app makes them.
import type { ApiRequest } from '../../emulator/core/types';
import { listPersons, listGroups } from '../../emulator/people/contacts-ui';
import type { Session } from './session';

type Json = Record<string, unknown>;

function call(session: Session, user: string, methodId: string, params: Json, body?: unknown): Json {
  const req: ApiRequest = { service: 'people', methodId, params, body, caller: { email: user, scopes: null }, via: 'advanced' };
  const res = session.world.call(req);
  if (res.status >= 400) throw new Error(((res.body as { error?: { message?: string } }).error?.message) ?? `HTTP ${res.status}`);
  return res.body as Json;
}

const clientData = (p: Json) => (p.clientData as Array<{ key: string; value: string }> | undefined) ?? [];

/** The user's contact that a scenario key names: their copy of that master, or their own contact of that key. */
export function personOf(session: Session, user: string, key: string): Json | null {
  const masterId = session.masters.get(key);
  const persons = listPersons(session.world, user);
  if (masterId) {
    const copy = persons.find((p) => clientData(p).some((d) => d.key === 'sharedLabels.master' && d.value === masterId));
    if (copy) return copy;
  }
  const rn = session.own.get(user)?.get(key);
  return rn ? (persons.find((p) => p.resourceName === rn) ?? null) : null;
}

/** The group that carries a label in the user's account (found by the label id in its clientData). */
export function labelGroupOf(session: Session, user: string, labelName: string): string | null {
  const labelId = session.labels.get(labelName);
  const group = listGroups(session.world, user).find((g) => clientData(g).some((d) => d.key === 'sharedLabels.label' && d.value === labelId));
  return (group?.resourceName as string | undefined) ?? null;
}

export function googleCreate(session: Session, user: string, key: string, person: Json, label?: string): void {
  const created = call(session, user, 'people.people.createContact', { personFields: 'names,memberships' }, person);
  const rn = String(created.resourceName);
  if (!session.own.has(user)) session.own.set(user, new Map());
  session.own.get(user)!.set(key, rn);
  if (label) {
    const group = labelGroupOf(session, user, label);
    if (!group) throw new Error(`${user} has no group for the label "${label}" yet`);
    call(session, user, 'people.contactGroups.members.modify', { resourceName: group }, { resourceNamesToAdd: [rn] });
  }
}

export function googleUpdate(session: Session, user: string, key: string, set: Json): void {
  const p = personOf(session, user, key);
  if (!p) throw new Error(`${user} has no contact "${key}"`);
  const fields = Object.keys(set).join(',');
  call(session, user, 'people.people.updateContact', { resourceName: p.resourceName, updatePersonFields: fields }, { ...set, etag: p.etag });
}

export function googleDelete(session: Session, user: string, key: string): void {
  const p = personOf(session, user, key);
  if (!p) throw new Error(`${user} has no contact "${key}"`);
  call(session, user, 'people.people.deleteContact', { resourceName: p.resourceName });
}

export function googleRemoveFromLabel(session: Session, user: string, key: string, label: string): void {
  const p = personOf(session, user, key);
  const group = labelGroupOf(session, user, label);
  if (!p || !group) throw new Error(`${user} has no contact "${key}" in the label "${label}"`);
  call(session, user, 'people.contactGroups.members.modify', { resourceName: group }, { resourceNamesToRemove: [p.resourceName] });
}
