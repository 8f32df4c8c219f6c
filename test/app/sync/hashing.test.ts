// The sync's CPU at scale: a master is hashed once per run however many accounts receive it, and a copy read back
// exactly as the sync left it is not hashed again — while a copy awaiting a put-back still is.
import * as normalize from '../../../src/core/person-normalize';
import { classifyRead } from '../../../src/app/sync/classify';
import { planCopies, type DesiredCopy } from '../../../src/app/sync/plan';
import { master, person, remoteCopy, stateWith, T1 } from './fixtures';

const G = 'contactGroups/g1';

afterEach(() => jest.restoreAllMocks());

describe('planCopies hashing', () => {
  it('hashes each master once however many accounts receive it', () => {
    const masters = Array.from({ length: 30 }, (_, i) => master(`ctc_${i}`, person(`P${i}`)));
    const desired = new Map<string, DesiredCopy>(
      masters.map((m) => [m.id, { master: m, labelIds: ['lbl_1'], toMobile: true }]),
    );
    const spy = jest.spyOn(normalize, 'personHash');
    const plans = ['a', 'b', 'c', 'd'].map((u) =>
      planCopies(`${u}@example.com`, stateWith(`${u}@example.com`, {}), desired),
    );
    expect(plans.every((p) => p.creates.length === 30)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(30);
    expect(plans[0].creates.map((c) => c.tag.hash)).toEqual(plans[3].creates.map((c) => c.tag.hash));
  });

  it('hashes a master again once it changed (a new revision is a new object)', () => {
    const m1 = master('ctc_1', person('Ann'));
    const m2 = { ...m1, revision: 2, person: person('Annie') };
    const tagOf = (m: typeof m1) =>
      planCopies(
        'a@example.com',
        stateWith('a@example.com', {}),
        new Map([[m.id, { master: m, labelIds: ['lbl_1'], toMobile: true }]]),
      ).creates[0].tag.hash;
    expect(tagOf(m1)).not.toBe(tagOf(m2));
  });
});

describe('classifyRead hashing', () => {
  const ann = master('ctc_1', person('Ann'));

  it('does not hash a copy read back with the etag and revision the sync recorded', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const copy = remoteCopy(ann, 'people/c1', [G]);
    before.copies.ctc_1.etag = copy.etag;
    const spy = jest.spyOn(normalize, 'personHash');
    const r = classifyRead({ people: [copy], nextSyncToken: 't2', full: false }, before, T1);
    expect(r.changes).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });

  it('still reports an edit whose put-back did not land (same etag, state revision set apart)', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: -1, groups: [G] } });
    const edited = remoteCopy(ann, 'people/c1', [G], person('Mallory'));
    before.copies.ctc_1.etag = edited.etag;
    const r = classifyRead({ people: [edited], nextSyncToken: 't2', full: true }, before, T1);
    expect(r.changes).toEqual([expect.objectContaining({ kind: 'edit', masterId: 'ctc_1' })]);
  });

  it('hashes a copy whose etag moved on, and reports the edit', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const edited = remoteCopy(ann, 'people/c1', [G], person('Annie'));
    const spy = jest.spyOn(normalize, 'personHash');
    const r = classifyRead({ people: [edited], nextSyncToken: 't2', full: false }, before, T1);
    expect(spy).toHaveBeenCalled();
    expect(r.changes.map((c) => c.kind)).toEqual(['edit']);
  });
});
