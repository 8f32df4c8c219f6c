// The home query sorts the user's labels; the label query refuses a malformed resource name before any lookup.
import { loadHome, loadLabel } from '../../src/app/home';
import type { ContactGroups } from '../../src/core/ports/contact-groups';

function groups(names: string[]): ContactGroups & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    listUserGroups: () => names.map((name, i) => ({ resourceName: `contactGroups/g${i}`, name, memberCount: i })),
    members: (rn) => {
      lookups.push(rn);
      return { group: { resourceName: rn, name: 'x', memberCount: 0 }, members: [] };
    },
  };
}

describe('loadHome', () => {
  it('returns the labels sorted by name', () => {
    expect(loadHome('a@x.com', groups(['b', 'C', 'a'])).labels.map((l) => l.name)).toEqual(['a', 'b', 'C']);
  });
});

describe('loadLabel', () => {
  it('looks up a well-formed group resource name', () => {
    const g = groups([]);
    expect(loadLabel(g, 'contactGroups/abc123')).not.toBeNull();
    expect(g.lookups).toEqual(['contactGroups/abc123']);
  });

  it.each(['people/me', 'contactGroups/../x', '', 'contactGroups/a b'])('refuses %p without a lookup', (rn) => {
    const g = groups([]);
    expect(loadLabel(g, rn)).toBeNull();
    expect(g.lookups).toEqual([]);
  });
});
