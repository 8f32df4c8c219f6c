// ContactsGateway over the People API: paging, tags in clientData, batch shapes, retries and failure classification.
// The same gateway serves the advanced-service and REST transports, so both pass one contract suite.
import type { Budget } from '../core/ports/budget';
import {
  GatewayError,
  TAG_KEYS,
  type ChangeSet,
  type CopyTag,
  type CopyUpdate,
  type ContactsGateway,
  type NewCopy,
  type RemoteGroup,
  type RemotePerson,
} from '../core/ports/contacts-gateway';
import { SYNCED_FIELDS } from '../core/person';
import { RetriesExhausted, withRetry } from './retry';
import { classifyFailure, isExpiredSyncToken, isTransient, PeopleCallError, type PeopleMethod, type PeopleTransport } from './people-transport';

type Json = Record<string, unknown>;

/** Everything a cycle needs to classify a contact: the synced fields, the tag and the groups. */
export const READ_FIELDS = [...SYNCED_FIELDS, 'clientData', 'memberships', 'metadata'].join(',');
const PAGE = 1000;

function tagOf(clientData: unknown): CopyTag | null {
  const items = Array.isArray(clientData) ? (clientData as Array<{ key?: string; value?: string }>) : [];
  const get = (k: string) => items.find((i) => i.key === k)?.value;
  const masterId = get(TAG_KEYS.master);
  if (!masterId) return null;
  return { masterId, revision: Number(get(TAG_KEYS.revision)) || 0, hash: get(TAG_KEYS.hash) ?? '', adopted: get(TAG_KEYS.adopted) === '1' };
}

function tagData(tag: CopyTag, keep: unknown = []): Array<{ key: string; value: string }> {
  const ours = new Set<string>(Object.values(TAG_KEYS));
  const others = (Array.isArray(keep) ? (keep as Array<{ key: string; value: string }>) : []).filter((i) => !ours.has(i.key));
  const data = [
    ...others.map((i) => ({ key: i.key, value: i.value })),
    { key: TAG_KEYS.master, value: tag.masterId },
    { key: TAG_KEYS.revision, value: String(tag.revision) },
    { key: TAG_KEYS.hash, value: tag.hash },
  ];
  if (tag.adopted) data.push({ key: TAG_KEYS.adopted, value: '1' });
  return data;
}

function groupsOf(person: Json): string[] {
  const ms = Array.isArray(person.memberships) ? (person.memberships as Array<{ contactGroupMembership?: { contactGroupResourceName?: string } }>) : [];
  return ms.map((m) => m.contactGroupMembership?.contactGroupResourceName).filter((g): g is string => !!g);
}

export function toRemote(person: Json): RemotePerson {
  const metadata = (person.metadata ?? {}) as { deleted?: boolean; sources?: Array<{ updateTime?: string }> };
  return {
    resourceName: String(person.resourceName ?? ''),
    etag: String(person.etag ?? ''),
    deleted: metadata.deleted === true,
    person,
    groups: groupsOf(person),
    tag: tagOf(person.clientData),
    updateTime: metadata.sources?.[0]?.updateTime ?? null,
  };
}

function toGroup(g: Json): RemoteGroup {
  const data = Array.isArray(g.clientData) ? (g.clientData as Array<{ key?: string; value?: string }>) : [];
  return {
    resourceName: String(g.resourceName ?? ''),
    etag: String(g.etag ?? ''),
    name: String(g.name ?? g.formattedName ?? ''),
    labelId: data.find((d) => d.key === TAG_KEYS.label)?.value ?? null,
    memberCount: Number(g.memberCount ?? 0),
  };
}

const membership = (g: string) => ({ contactGroupMembership: { contactGroupResourceName: g } });

export class PeopleGateway implements ContactsGateway {
  constructor(
    readonly account: string,
    private readonly transport: PeopleTransport,
    private readonly budget: Budget,
  ) {}

  /** One People call with retries; failures leave as GatewayError. */
  private call(method: PeopleMethod, params: Json, body?: unknown): Json {
    try {
      return withRetry(() => this.transport.call(method, params, body), isTransient, this.budget);
    } catch (e) {
      if (e instanceof RetriesExhausted) throw new GatewayError({ kind: 'transient', message: e.message });
      if (e instanceof PeopleCallError) throw new GatewayError(classifyFailure(e));
      throw e;
    }
  }

  readChanges(syncToken: string | null): ChangeSet {
    try {
      return this.read(syncToken);
    } catch (e) {
      if (syncToken && e instanceof GatewayError && isExpiredSyncToken(e.underlying)) return this.read(null);
      throw e;
    }
  }

  private read(syncToken: string | null): ChangeSet {
    const people: RemotePerson[] = [];
    let pageToken: string | undefined;
    let nextSyncToken = '';
    do {
      const params: Json = { resourceName: 'people/me', personFields: READ_FIELDS, pageSize: PAGE, requestSyncToken: true };
      if (syncToken) params.syncToken = syncToken;
      if (pageToken) params.pageToken = pageToken;
      let page: Json;
      try {
        page = withRetry(() => this.transport.call('people.people.connections.list', params), isTransient, this.budget);
      } catch (e) {
        if (e instanceof PeopleCallError && isExpiredSyncToken(e)) {
          throw new GatewayError({ kind: 'notFound', message: e.message }, e);
        }
        if (e instanceof RetriesExhausted) throw new GatewayError({ kind: 'transient', message: e.message });
        if (e instanceof PeopleCallError) throw new GatewayError(classifyFailure(e));
        throw e;
      }
      for (const p of (page.connections as Json[] | undefined) ?? []) people.push(toRemote(p));
      pageToken = (page.nextPageToken as string | undefined) || undefined;
      if (page.nextSyncToken) nextSyncToken = String(page.nextSyncToken);
    } while (pageToken);
    return { people, nextSyncToken, full: !syncToken };
  }

  listGroups(): RemoteGroup[] {
    const out: RemoteGroup[] = [];
    let pageToken: string | undefined;
    do {
      const page = this.call('people.contactGroups.list', { pageSize: 1000, groupFields: 'name,groupType,memberCount,clientData', pageToken });
      for (const g of (page.contactGroups as Json[] | undefined) ?? []) if (g.groupType === 'USER_CONTACT_GROUP') out.push(toGroup(g));
      pageToken = (page.nextPageToken as string | undefined) || undefined;
    } while (pageToken);
    return out;
  }

  createGroup(name: string, labelId: string): RemoteGroup {
    const g = this.call('people.contactGroups.create', {}, {
      contactGroup: { name, clientData: [{ key: TAG_KEYS.label, value: labelId }] },
      readGroupFields: 'name,groupType,clientData,metadata',
    });
    return toGroup(g);
  }

  renameGroup(group: RemoteGroup, name: string): RemoteGroup {
    const g = this.call('people.contactGroups.update', { resourceName: group.resourceName }, {
      contactGroup: { resourceName: group.resourceName, etag: group.etag, name, clientData: group.labelId ? [{ key: TAG_KEYS.label, value: group.labelId }] : [] },
      updateGroupFields: 'name,clientData',
      readGroupFields: 'name,groupType,clientData,metadata',
    });
    return toGroup(g);
  }

  deleteGroup(resourceName: string): void {
    this.call('people.contactGroups.delete', { resourceName, deleteContacts: false });
  }

  createCopies(copies: readonly NewCopy[]): RemotePerson[] {
    if (copies.length === 0) return [];
    const res = this.call('people.people.batchCreateContacts', {}, {
      contacts: copies.map((c) => ({ contactPerson: { ...c.person, clientData: tagData(c.tag), memberships: c.groups.map(membership) } })),
      readMask: 'clientData,memberships,metadata',
    });
    return ((res.createdPeople as Array<{ person?: Json }> | undefined) ?? []).map((r) => toRemote(r.person ?? {}));
  }

  updateCopies(updates: readonly CopyUpdate[]): RemotePerson[] {
    if (updates.length === 0) return [];
    const contacts: Record<string, Json> = {};
    for (const u of updates) contacts[u.resourceName] = { ...u.person, resourceName: u.resourceName, etag: u.etag, clientData: tagData(u.tag, u.keepClientData) };
    const res = this.call('people.people.batchUpdateContacts', {}, {
      contacts,
      updateMask: [...SYNCED_FIELDS, 'clientData'].join(','),
      readMask: 'clientData,memberships,metadata',
    });
    const results = (res.updateResult ?? {}) as Record<string, { person?: Json }>;
    return Object.values(results).map((r) => toRemote(r.person ?? {}));
  }

  deleteContacts(resourceNames: readonly string[]): void {
    if (resourceNames.length === 0) return;
    this.call('people.people.batchDeleteContacts', {}, { resourceNames: [...resourceNames] });
  }

  modifyMembers(group: string, add: readonly string[], remove: readonly string[]): void {
    if (add.length + remove.length === 0) return;
    this.call('people.contactGroups.members.modify', { resourceName: group }, { resourceNamesToAdd: [...add], resourceNamesToRemove: [...remove] });
  }

  getPeople(resourceNames: readonly string[]): RemotePerson[] {
    if (resourceNames.length === 0) return [];
    const res = this.call('people.people.getBatchGet', { resourceNames: [...resourceNames], personFields: READ_FIELDS });
    return ((res.responses as Array<{ person?: Json }> | undefined) ?? []).filter((r) => r.person).map((r) => toRemote(r.person!));
  }
}
