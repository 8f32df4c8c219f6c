// DESIGN.md section 7, line by line: each restriction tried on every edition through `share`, the only way to grant.
import { removeContact } from '../../src/app/commands/remove-contact';
import { addContact } from '../../src/app/commands/add-contact';
import { share } from '../../src/app/commands/share';
import { transact } from '../../src/app/store/transact';
import { Edition, EDITIONS } from '../../src/core/edition';
import { ok } from '../../src/core/errors';
import type { MasterContact } from '../../src/core/model';
import { emptyPerson } from '../../src/core/person';
import { OWNER, sharedLabel, statuses } from './support/scenario';
import { makeWorld, must, person, World } from './support/world';

function fill(w: World, labelId: string, n: number): void {
  transact(w.ctx(OWNER), ['contacts'], (m) => {
    for (let i = 0; i < n; i++) {
      const c: MasterContact = {
        id: `ct_fill_${labelId}_${i}`,
        labelIds: [labelId],
        revision: 1,
        createdAt: 't',
        createdBy: OWNER,
        updatedAt: 't',
        updatedBy: OWNER,
        deleted: false,
        person: { ...emptyPerson(), names: { givenName: `N${i}` } },
        adoptedFrom: null,
        feedKey: null,
      };
      m.putContact(c);
    }
    return ok(null);
  });
}

/** Sets the scene on a fresh ENTERPRISE domain, then returns the share to try under `edition`. */
type Case = (w: World) => { labelId: string; grantee: string };

const RESTRICTIONS: ReadonlyArray<[string, readonly Edition[], Case]> = [
  [
    'external collaborators: not on BASIC or PRO (nor on LITE)',
    ['BUSINESS', 'ENTERPRISE'],
    (w) => ({ labelId: sharedLabel(w).label.id, grantee: 'partner@other.org' }),
  ],
  [
    'sharing with a group: not on BASIC',
    ['LITE', 'PRO', 'BUSINESS', 'ENTERPRISE'],
    (w) => {
      w.directory.addGroup('team@example.com', ['ann@example.com']);
      return { labelId: sharedLabel(w).label.id, grantee: 'team@example.com' };
    },
  ],
  [
    'at most 10 shared labels on BASIC',
    ['LITE', 'PRO', 'BUSINESS', 'ENTERPRISE'],
    (w) => {
      for (let i = 0; i < 10; i++)
        sharedLabel(w, { name: `Shared ${i}`, shares: { 'bob@example.com': 'viewer' } });
      return { labelId: sharedLabel(w, { name: 'Eleventh' }).label.id, grantee: 'ann@example.com' };
    },
  ],
  [
    'at most 250 contacts in a shared label on BASIC',
    ['LITE', 'PRO', 'BUSINESS', 'ENTERPRISE'],
    (w) => {
      const { label } = sharedLabel(w);
      fill(w, label.id, 251);
      return { labelId: label.id, grantee: 'ann@example.com' };
    },
  ],
  [
    'sharing the directory label: not on LITE or BUSINESS',
    ['BASIC', 'PRO', 'ENTERPRISE'],
    (w) => {
      const { label } = sharedLabel(w, { name: 'Directory' });
      transact(w.ctx(OWNER), ['labels'], (m) =>
        ok(m.putLabel({ ...m.label(label.id)!, feed: { kind: 'directory' } })),
      );
      return { labelId: label.id, grantee: 'ann@example.com' };
    },
  ],
  [
    'sharing with the whole domain: not on LITE',
    ['BASIC', 'PRO', 'BUSINESS', 'ENTERPRISE'],
    (w) => ({ labelId: sharedLabel(w).label.id, grantee: 'domain' }),
  ],
  [
    'everything else is allowed: a domain user, on any edition',
    EDITIONS,
    (w) => ({ labelId: sharedLabel(w).label.id, grantee: 'ann@example.com' }),
  ],
  [
    'everything else is allowed: ten shared labels on BASIC',
    EDITIONS,
    (w) => {
      for (let i = 0; i < 9; i++)
        sharedLabel(w, { name: `Shared ${i}`, shares: { 'bob@example.com': 'viewer' } });
      return { labelId: sharedLabel(w, { name: 'Tenth' }).label.id, grantee: 'ann@example.com' };
    },
  ],
  [
    'everything else is allowed: 250 contacts on BASIC',
    EDITIONS,
    (w) => {
      const { label } = sharedLabel(w);
      fill(w, label.id, 250);
      return { labelId: label.id, grantee: 'ann@example.com' };
    },
  ],
];

const rows = RESTRICTIONS.flatMap(([rule, allowedIn, scene]) =>
  EDITIONS.map((edition) => ({
    rule,
    edition,
    scene,
    allowed: allowedIn.includes(edition),
    verdict: allowedIn.includes(edition) ? 'allowed' : 'UPGRADE_REQUIRED',
  })),
);

describe('editions (DESIGN.md section 7)', () => {
  it.each(rows)('$rule — $edition: $verdict', ({ edition, scene, allowed }) => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    const { labelId, grantee } = scene(w);
    w.config.set('edition', edition);
    const before = w.store.serialize();
    const result = share(w.ctx(OWNER), { labelId, grantee, role: 'viewer' });
    if (allowed) {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toMatchObject({ ok: false, error: { code: 'UPGRADE_REQUIRED' } });
      expect(w.store.serialize()).toBe(before);
    }
  });

  it('a grant that later breaks the rule (the label grew past 250 on BASIC) shows UPGRADE_REQUIRED, and recovers', () => {
    const w = makeWorld({ users: ['ann'] });
    w.config.set('edition', 'BASIC');
    const { label } = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' } });
    fill(w, label.id, 249);
    must(addContact(w.ctx(OWNER), { labelId: label.id, person: person('250th') }));
    expect(statuses(w, label.id)['ann@example.com']).toBe('SHARING');
    const { contact: over } = must(addContact(w.ctx(OWNER), { labelId: label.id, person: person('251st') }));
    expect(statuses(w, label.id)).toEqual({ [OWNER]: 'SHARING', 'ann@example.com': 'UPGRADE_REQUIRED' });
    must(removeContact(w.ctx(OWNER), { labelId: label.id, contactId: over.id }));
    expect(statuses(w, label.id)['ann@example.com']).toBe('SHARING');
  });
});
