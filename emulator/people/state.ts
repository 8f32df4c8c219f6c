// People state: each account's Google Contacts (persons, contact groups, memberships, change sequence for sync tokens).
// Plain JSON data only: the simulator persists World state to disk. Sync and page tokens are self-describing
// (see tokens.ts), so nothing here grows with the number of list calls.

export interface StoredPerson {
  /** `people/c…` */
  resourceName: string;
  etag: string;
  /** The Person's contact fields as Google holds them (names, emailAddresses, …, clientData): no metadata, no output-only values. */
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
  /** Counter the account's person and group ids are derived from. */
  nextId: number;
  /** First pages of full syncs in the current virtual minute (the optional extra quota of `connections.list`). */
  fullSyncWindow?: { minute: number; count: number };
}

export interface PeopleState {
  /** Keyed by lower-case account email. */
  accounts: Record<string, AccountContacts>;
}
