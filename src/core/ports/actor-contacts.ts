// Port: the signed-in user's own Google Contacts, read through the People advanced service (runs as that user).

export interface OwnContact {
  resourceName: string;
  etag: string;
  /** The People `Person` JSON as returned (names, emailAddresses, phoneNumbers, ..., clientData, memberships). */
  person: Record<string, unknown>;
}

export interface ActorContacts {
  /** One of the actor's contacts, or null when it does not exist in their account. */
  get(resourceName: string): OwnContact | null;
  /** Prefix search over names, emails and phones (People `searchContacts`), at most `limit` results. */
  search(query: string, limit: number): OwnContact[];
}
