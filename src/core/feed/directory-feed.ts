// The domain directory source: every active user of the domain, with names, primary and alias addresses, phones, title,
// department and location. Suspended, archived and deleted accounts are left out.
import { canonicalJson } from '../canonical-json';
import { fnv1a64 } from '../hash';
import type { Directory, DirectoryUserInfo } from '../ports/infrastructure';
import type { Feed, FeedRead, FeedRecord } from './feed-port';
import { RowBuilder } from './fields';
import { emptySource } from './tabular-feed';

const HEADER = ['email', 'givenName', 'familyName', 'aliases', 'phones', 'title', 'department', 'location'];

/** The Directory writes phone types as `work_mobile`, `home_fax`, …; the builder maps them to People's keywords. */
function recordOf(u: DirectoryUserInfo, row: number): FeedRecord {
  const b = new RowBuilder();
  b.set('givenName', u.givenName);
  b.set('familyName', u.familyName);
  b.set('email', u.email, { type: 'work' });
  for (const a of u.aliases) b.set('email', a, { type: 'work' });
  for (const p of u.phones) b.set(p.type === 'mobile' ? 'mobile' : 'phone', p.value, { type: p.type || 'work' });
  b.set('title', u.title);
  b.set('department', u.department);
  b.set('custom', u.location, { key: 'Location' });
  const built = b.build();
  return {
    row,
    // No Directory id reaches the port: the primary address is the key, and its aliases let a renamed account (whose old
    // address stays an alias) keep its contact.
    sourceId: null,
    person: built.person,
    problems: built.problems,
    cells: [u.email, u.givenName, u.familyName, u.aliases.join(' '), u.phones.map((p) => p.value).join(' ; '), u.title, u.department, u.location],
  };
}

export class DirectoryFeed implements Feed {
  constructor(private readonly directory: Directory) {}

  read(): FeedRead {
    const users = this.directory
      .listUsers()
      .filter((u) => u.state === 'active')
      .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
    if (users.length === 0) throw emptySource();
    const records = users.map((u, i) => recordOf(u, i + 1));
    return {
      version: fnv1a64(canonicalJson(records.map((r) => [r.person, r.cells]))),
      header: HEADER,
      records,
      ignoredColumns: [],
      companyIsName: false,
    };
  }
}
