import { diffFields, mergePerson } from '../../src/core/merge';
import { emptyPerson, MasterPerson } from '../../src/core/person';

const base: MasterPerson = {
  ...emptyPerson(),
  names: { givenName: 'Ann', familyName: 'Lee' },
  emailAddresses: [{ value: 'ann@client.test' }],
  phoneNumbers: [{ value: '+39 02 1234 5678' }],
  biographies: 'original',
};
const EARLY = '2024-05-01T10:00:00Z';
const LATE = '2024-05-01T11:00:00Z';

describe('mergePerson', () => {
  it('keeps a change made on one side only', () => {
    const mine = { ...base, biographies: 'mine' };
    const theirs = { ...base, phoneNumbers: [{ value: '+39 333 123 4567' }] };
    const { merged, conflicts } = mergePerson({ base, mine, theirs, mineAt: LATE, theirsAt: EARLY });
    expect(merged.biographies).toBe('mine');
    expect(merged.phoneNumbers).toEqual([{ value: '+39 333 123 4567' }]);
    expect(conflicts).toEqual([]);
  });

  it('takes a change both sides made identically, without a conflict', () => {
    const mine = { ...base, emailAddresses: [{ value: 'ann@new.test' }] };
    const theirs = { ...base, emailAddresses: [{ value: 'ANN@new.test' }] };
    const { merged, conflicts } = mergePerson({ base, mine, theirs, mineAt: EARLY, theirsAt: LATE });
    expect(merged.emailAddresses).toEqual([{ value: 'ANN@new.test' }]);
    expect(conflicts).toEqual([]);
  });

  it('lets the later change win when both changed a field differently, and records the loser', () => {
    const mine = { ...base, biographies: 'mine' };
    const theirs = { ...base, biographies: 'theirs' };
    const later = mergePerson({ base, mine, theirs, mineAt: EARLY, theirsAt: LATE });
    expect(later.merged.biographies).toBe('theirs');
    expect(later.conflicts).toEqual([{ field: 'biographies', kept: 'theirs', lost: 'mine', keptFrom: 'theirs' }]);
    const earlier = mergePerson({ base, mine, theirs, mineAt: LATE, theirsAt: EARLY });
    expect(earlier.merged.biographies).toBe('mine');
    expect(earlier.conflicts).toEqual([{ field: 'biographies', kept: 'mine', lost: 'theirs', keptFrom: 'mine' }]);
  });

  it('keeps mine on a tie', () => {
    const { merged } = mergePerson({
      base,
      mine: { ...base, biographies: 'mine' },
      theirs: { ...base, biographies: 'theirs' },
      mineAt: 1000,
      theirsAt: 1000,
    });
    expect(merged.biographies).toBe('mine');
  });

  it('treats a field removed on one side as a change', () => {
    const theirs: MasterPerson = { ...base, biographies: undefined };
    const { merged, conflicts } = mergePerson({ base, mine: base, theirs, mineAt: LATE, theirsAt: EARLY });
    expect(merged.biographies).toBeUndefined();
    expect('biographies' in merged).toBe(false);
    expect(conflicts).toEqual([]);
  });

  it('sees no change where only formatting differs', () => {
    const theirs = { ...base, phoneNumbers: [{ value: '+390212345678' }], names: { givenName: ' Ann ', familyName: 'Lee' } };
    const { merged, conflicts } = mergePerson({ base, mine: { ...base, biographies: 'mine' }, theirs, mineAt: LATE, theirsAt: EARLY });
    expect(conflicts).toEqual([]);
    expect(merged.biographies).toBe('mine');
  });

  it('counts every difference as a conflict when there is no base', () => {
    const mine = { ...base, biographies: 'mine' };
    const { merged, conflicts } = mergePerson({ base: null, mine, theirs: base, mineAt: EARLY, theirsAt: LATE });
    expect(merged).toEqual(base);
    expect(conflicts.map((c) => c.field)).toEqual(['biographies']);
  });

  it('merges several fields independently', () => {
    const mine = { ...base, biographies: 'mine', names: { givenName: 'Anna', familyName: 'Lee' } };
    const theirs = { ...base, biographies: 'theirs', urls: [{ value: 'https://ann.test' }] };
    const { merged, conflicts } = mergePerson({ base, mine, theirs, mineAt: EARLY, theirsAt: LATE });
    expect(merged).toEqual({ ...base, biographies: 'theirs', names: { givenName: 'Anna', familyName: 'Lee' }, urls: [{ value: 'https://ann.test' }] });
    expect(conflicts.map((c) => c.field)).toEqual(['biographies']);
  });
});

describe('diffFields', () => {
  it('lists the synced fields whose normalised values differ', () => {
    const other = { ...base, emailAddresses: [{ value: 'ANN@client.test ' }], biographies: 'changed', urls: [{ value: 'https://x.test' }] };
    expect(diffFields(base, other)).toEqual(['biographies', 'urls']);
  });

  it('is empty for the same person', () => {
    expect(diffFields(base, { ...base })).toEqual([]);
  });

  it('uses the region to compare national numbers', () => {
    const national = { ...base, phoneNumbers: [{ value: '02 1234 5678' }] };
    expect(diffFields(base, national, { defaultRegion: 'IT' })).toEqual([]);
    expect(diffFields(base, national)).toEqual(['phoneNumbers']);
  });
});
