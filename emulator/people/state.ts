// People state: each account's Google Contacts (persons, contact groups, memberships, change sequence for sync tokens).

export interface StoredPerson {
  /** `people/c…` */
  resourceName: string;
  etag: string;
  /** The Person's fields as Google holds them (names, emailAddresses, …, clientData), without resourceName/etag/metadata/memberships. */
  fields: Record<string, unknown>;
  /** Contact group resource names (`contactGroups/myContacts`, `contactGroups/…`). */
  groups: string[];
  createTime: string;
  updateTime: string;
  /** Sequence number of the last change, for incremental sync. */
  seq: number;
  /** A tombstone kept so incremental sync can report the deletion. */
  deleted?: boolean;
}

export interface StoredGroup {
  /** `contactGroups/…` */
  resourceName: string;
  etag: string;
  name: string;
  groupType: 'USER_CONTACT_GROUP' | 'SYSTEM_CONTACT_GROUP';
  clientData?: Array<{ key: string; value: string }>;
  updateTime: string;
  seq: number;
  deleted?: boolean;
}

export interface AccountContacts {
  persons: Record<string, StoredPerson>;
  groups: Record<string, StoredGroup>;
  /** Monotonic change counter of this account. */
  seq: number;
  nextId: number;
  /** Issued sync tokens: token -> the change sequence and time it stands for. */
  syncTokens: Record<string, { seq: number; issuedAt: number; kind: 'connections' | 'contactGroups' }>;
}

export interface PeopleState {
  /** Keyed by lower-case account email. */
  accounts: Record<string, AccountContacts>;
}
