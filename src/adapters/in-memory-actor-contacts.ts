// The ActorContacts fake: one user's contacts in memory, searched the way People's searchContacts matches (prefix phrases).
import type { ActorContacts, OwnContact } from '../core/ports/actor-contacts';
import { SEARCH_MAX } from './people-advanced-actor-contacts';

type Person = Record<string, unknown>;

const texts = (p: Person, field: string, props: readonly string[]): string[] => {
  const items = p[field];
  if (!Array.isArray(items)) return [];
  const out: string[] = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object') continue;
    for (const prop of props) {
      const v = (item as Record<string, unknown>)[prop];
      if (typeof v === 'string' && v !== '') out.push(v);
    }
  }
  return out;
};

function searchable(p: Person): string[] {
  const names = texts(p, 'names', [
    'givenName',
    'middleName',
    'familyName',
    'displayName',
    'unstructuredName',
  ]);
  return [
    ...names,
    ...texts(p, 'nicknames', ['value']),
    ...texts(p, 'emailAddresses', ['value']),
    ...texts(p, 'phoneNumbers', ['value']),
    ...texts(p, 'organizations', ['name', 'title', 'department']),
  ];
}

/** "Matches prefix phrases": the query must start at a word boundary of a value; phone numbers also match by digits. */
function matches(p: Person, query: string): boolean {
  const q = query.toLowerCase();
  const qDigits = q.replace(/\D/g, '');
  const phoneLike = qDigits.length > 0 && /^[\d\s+().-]+$/.test(q);
  return searchable(p).some((text) => {
    const t = text.toLowerCase();
    for (let i = 0; i < t.length; i++) {
      if ((i === 0 || !/[\p{L}\p{N}]/u.test(t[i - 1])) && t.startsWith(q, i)) return true;
    }
    return phoneLike && t.replace(/\D/g, '').startsWith(qDigits);
  });
}

export class InMemoryActorContacts implements ActorContacts {
  private readonly contacts = new Map<string, OwnContact>();
  private next = 1;
  readonly calls = { get: 0, search: 0 };

  /** Adds a contact as the user would in Google Contacts; returns it with its new resource name. */
  add(person: Person): OwnContact {
    const resourceName = `people/c${1000000000 + this.next}`;
    const etag = `%fake${this.next}`;
    this.next++;
    const contact = { resourceName, etag, person: { ...clone(person), resourceName, etag } };
    this.contacts.set(resourceName, contact);
    return cloneContact(contact);
  }

  remove(resourceName: string): void {
    this.contacts.delete(resourceName);
  }

  get(resourceName: string): OwnContact | null {
    this.calls.get++;
    const c = this.contacts.get(resourceName);
    return c ? cloneContact(c) : null;
  }

  search(query: string, limit: number): OwnContact[] {
    this.calls.search++;
    const q = query.trim();
    const size = Math.min(Math.floor(limit), SEARCH_MAX);
    if (q === '' || !(size >= 1)) return [];
    return Array.from(this.contacts.values())
      .filter((c) => matches(c.person, q))
      .slice(0, size)
      .map(cloneContact);
  }
}

function clone(p: Person): Person {
  return JSON.parse(JSON.stringify(p)) as Person;
}

function cloneContact(c: OwnContact): OwnContact {
  return { resourceName: c.resourceName, etag: c.etag, person: clone(c.person) };
}
