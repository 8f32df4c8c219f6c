// planCopies: the fewest writes that make an account's copies equal the masters, never touching the user's own contacts.
import { planCopies, planCost, type DesiredCopy } from '../../../src/app/sync/plan';
import { decodeSyncState, encodeSyncState } from '../../../src/app/sync/sync-state';
import { master, person, stateWith } from './fixtures';

const G = 'contactGroups/g1';
const desired = (ids: string[], rev = 1, toMobile = true) =>
  new Map<string, DesiredCopy>(ids.map((id) => [id, { master: master(id, person(id), { revision: rev }), labelIds: ['lbl_1'], toMobile }]));

describe('planCopies', () => {
  it('creates missing copies in the label group and myContacts, in batches of 200', () => {
    const ids = Array.from({ length: 450 }, (_, i) => `ctc_${i}`);
    const plan = planCopies('bob@example.com', stateWith('bob@example.com', {}), desired(ids));
    expect(plan.creates).toHaveLength(450);
    expect(plan.creates[0].groups).toEqual([G, 'contactGroups/myContacts']);
    expect(plan.creates[0].tag).toEqual(expect.objectContaining({ masterId: 'ctc_0', revision: 1, adopted: false }));
    expect(planCost(plan)).toBe(3);
  });

  it('writes nothing when every copy is current', () => {
    const s = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G, 'contactGroups/myContacts'] } });
    const plan = planCopies('bob@example.com', s, desired(['ctc_1']));
    expect(planCost(plan)).toBe(0);
  });

  it('updates a copy behind the master and fixes its groups', () => {
    const s = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: ['contactGroups/myContacts'] } });
    const plan = planCopies('bob@example.com', s, desired(['ctc_1'], 2, false));
    expect(plan.updates.map((u) => [u.resourceName, u.tag.revision])).toEqual([['people/c1', 2]]);
    expect(Object.fromEntries(plan.members)).toEqual({ [G]: { add: ['people/c1'], remove: [] }, 'contactGroups/myContacts': { add: [], remove: ['people/c1'] } });
  });

  it('deletes our copies no longer wanted but only ungroups an adopted contact', () => {
    const s = stateWith('bob@example.com', {
      ctc_1: { rn: 'people/c1', revision: 1, groups: [G] },
      ctc_2: { rn: 'people/c2', revision: 1, groups: [G] },
    });
    s.copies.ctc_2.adopted = true;
    const plan = planCopies('bob@example.com', s, new Map());
    expect(plan.deletes).toEqual([{ masterId: 'ctc_1', resourceName: 'people/c1' }]);
    expect(plan.released).toEqual(['ctc_2']);
    expect(plan.members.get(G)).toEqual({ add: [], remove: ['people/c2'] });
  });

  it('tags the owner\'s adopted contact in place instead of creating a duplicate', () => {
    const m = master('ctc_1', person('Own'), { adoptedFrom: { account: 'bob@example.com', resourceName: 'people/c7' } });
    const plan = planCopies('bob@example.com', stateWith('bob@example.com', {}), new Map([['ctc_1', { master: m, labelIds: ['lbl_1'], toMobile: true }]]));
    expect(plan.creates).toEqual([]);
    expect(plan.adopts).toEqual([expect.objectContaining({ masterId: 'ctc_1', resourceName: 'people/c7', tag: expect.objectContaining({ adopted: true }) })]);
  });
});

describe('sync state row', () => {
  it('round-trips through a store row and spreads a large copy map over cells under 50,000 characters', () => {
    const s = stateWith('bob@example.com', {});
    for (let i = 0; i < 3000; i++) s.copies[`ctc_${i}`] = { resourceName: `people/c${1e9 + i}`, etag: `%EgUBAgMuNxoEAQIFByIMN${i}`, revision: i % 7, groups: [G], adopted: i === 5 };
    s.syncToken = 'tok';
    const row = encodeSyncState(s);
    expect(row.length).toBeGreaterThan(3);
    for (const cell of row) expect(cell.length).toBeLessThanOrEqual(50000);
    expect(decodeSyncState([...row, 'stale cell from a longer earlier row'])).toEqual(s);
  });
});
