// Port: one account's Google Contacts, as the sync engine reads and writes it (People API v1).
import type { PeoplePersonJson } from '../person';

/** The tag a copy carries in `clientData`: which master it mirrors, at which revision, with which synced-field hash. */
export interface CopyTag {
  masterId: string;
  revision: number;
  hash: string;
  /** The contact is the user's own, adopted into a label: the sync may update it but never deletes it. */
  adopted: boolean;
}

/** A person as read back from Google: the raw Person JSON, its groups and its tag. */
export interface RemotePerson {
  resourceName: string;
  etag: string;
  /** Reported by an incremental read for a contact deleted since the token. */
  deleted: boolean;
  /** People `Person` JSON (synced fields as Google holds them). */
  person: Record<string, unknown>;
  /** Contact group resource names it belongs to (`contactGroups/myContacts`, ...). */
  groups: string[];
  tag: CopyTag | null;
  updateTime: string | null;
}

export interface RemoteGroup {
  resourceName: string;
  etag: string;
  name: string;
  /** The label id the group carries, from the group's `clientData`, or null for the user's own groups. */
  labelId: string | null;
  memberCount: number;
}

export interface ChangeSet {
  people: RemotePerson[];
  nextSyncToken: string;
  /** True when this was a full read (no token, or the token had expired). */
  full: boolean;
}

export interface NewCopy {
  person: PeoplePersonJson;
  tag: CopyTag;
  /** Groups to create the contact in (the label's group, and `contactGroups/myContacts` for phones). */
  groups: string[];
}

export interface CopyUpdate {
  resourceName: string;
  etag: string;
  person: PeoplePersonJson;
  tag: CopyTag;
  /** Other apps' clientData on the contact (an adopted contact's), kept beside our tag. */
  keepClientData?: unknown;
}

/**
 * Why a call failed, as the sync needs to know it. `account` failures say the account cannot be reached at all
 * (they set SUSPENDED/DELETED/BANNED/REVOKED); `contactLimit` sets OVER_QUOTA; `staleEtag` means re-read and retry;
 * `transient` (429/5xx) were already retried by the adapter until the deadline.
 */
export type GatewayFailure =
  | { kind: 'account'; state: 'suspended' | 'deleted' | 'banned' | 'revoked' | 'unknown'; message: string }
  | { kind: 'contactLimit'; message: string }
  | { kind: 'staleEtag'; message: string }
  | { kind: 'notFound'; message: string }
  | { kind: 'transient'; message: string }
  | { kind: 'deadline'; message: string };

export class GatewayError extends Error {
  constructor(
    readonly failure: GatewayFailure,
    /** The underlying error, when the adapter needs to look at it again (e.g. an expired sync token). */
    readonly underlying?: unknown,
  ) {
    super(failure.message);
    this.name = 'GatewayError';
  }
}

/**
 * One account's contacts. Every method is one People API call except `readChanges`, which pages (1,000 a page).
 * Mutations for one account are made strictly in sequence ("Mutate requests for the same user should be sent
 * sequentially", People API docs). Batch maxima: 200 creates, 200 updates, 500 deletes, 1,000 member changes; callers
 * split larger work. Adapters retry 429 and 5xx with backoff and jitter while the run's deadline allows.
 */
export interface ContactsGateway {
  readonly account: string;
  /** Changes since `syncToken` (deleted ones flagged), or everything when the token is null or expired. */
  readChanges(syncToken: string | null): ChangeSet;
  listGroups(): RemoteGroup[];
  createGroup(name: string, labelId: string): RemoteGroup;
  renameGroup(group: RemoteGroup, name: string): RemoteGroup;
  deleteGroup(resourceName: string): void;
  /** At most 200. Returns the created people in order. */
  createCopies(copies: readonly NewCopy[]): RemotePerson[];
  /** At most 200. Replaces the synced fields and the tag. */
  updateCopies(updates: readonly CopyUpdate[]): RemotePerson[];
  /** At most 500. */
  deleteContacts(resourceNames: readonly string[]): void;
  /** At most 1,000 resource names in all. */
  modifyMembers(group: string, add: readonly string[], remove: readonly string[]): void;
  /** At most 200: current state of some contacts (for etags before tagging an adopted contact). Missing ones are left out. */
  getPeople(resourceNames: readonly string[]): RemotePerson[];
}

/** clientData keys of the tag (namespaced so no other app's data is mistaken for ours). */
export const TAG_KEYS = {
  master: 'sharedLabels.master',
  revision: 'sharedLabels.rev',
  hash: 'sharedLabels.hash',
  adopted: 'sharedLabels.adopted',
  /** On a contact group: the label it carries. */
  label: 'sharedLabels.label',
} as const;
