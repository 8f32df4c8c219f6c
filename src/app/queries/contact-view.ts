// A contact as a query shows it (no adopter's resource name, no ids of labels the reader cannot see), its name and search text.
import type { MasterContact } from '../../core/model';
import type { MasterPerson } from '../../core/person';

export interface ContactView {
  id: string;
  displayName: string;
  person: MasterPerson;
  /** Pass back as `expectedRevision` when editing, so a concurrent edit is not overwritten. */
  revision: number;
  /** Only the labels the reader can see. */
  labelIds: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Filled by a feed: read-only. */
  fromFeed: boolean;
}

export function contactView(c: MasterContact, visibleLabelIds: ReadonlySet<string>): ContactView {
  return {
    id: c.id,
    displayName: displayName(c.person),
    person: c.person,
    revision: c.revision,
    labelIds: c.labelIds.filter((l) => visibleLabelIds.has(l)),
    createdAt: c.createdAt,
    createdBy: c.createdBy,
    updatedAt: c.updatedAt,
    updatedBy: c.updatedBy,
    fromFeed: c.feedKey !== null,
  };
}

/** The name Google Contacts would show: the name, else the company, else the first address or number. */
export function displayName(p: MasterPerson): string {
  const n = p.names;
  const parts = n
    ? [n.honorificPrefix, n.givenName, n.middleName, n.familyName].filter((s) => s && s.trim())
    : [];
  if (parts.length > 0) return parts.join(' ');
  if (n?.displayName?.trim()) return n.displayName.trim();
  const org = p.organizations.find((o) => o.name?.trim())?.name;
  if (org) return org.trim();
  return p.emailAddresses[0]?.value ?? p.phoneNumbers[0]?.value ?? '';
}

/** Everything a person might type to find a contact: names, company, addresses and numbers (digits only too). */
export function searchText(p: MasterPerson): string {
  const bits = [
    displayName(p),
    ...p.emailAddresses.map((e) => e.value),
    ...p.phoneNumbers.map((e) => e.value),
    ...p.phoneNumbers.map((e) => e.value.replace(/\D/g, '')),
    ...p.organizations.flatMap((o) => [o.name ?? '', o.title ?? '', o.department ?? '']),
  ];
  return bits.join('\n').toLowerCase();
}

/** Every word of the query must appear somewhere (order free): "ann acme" finds Ann at ACME. */
export function matches(haystack: string, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return words.every((w) => haystack.includes(w));
}
