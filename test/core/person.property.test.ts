import fc from 'fast-check';
import { mergePerson } from '../../src/core/merge';
import { fromPeoplePerson, MasterPerson, toPeoplePerson } from '../../src/core/person';
import { personHash } from '../../src/core/person-normalize';

const word = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
const email = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,8}[a-z0-9]$/), fc.constantFrom('client.test', 'example.com'))
  .map(([local, domain]) => `${local}@${domain}`);

/** Arbitrary People-shaped input, so the master side is reached through the real conversion. */
const peopleJson = fc.record(
  {
    names: fc.array(fc.record({ givenName: word, familyName: word }, { requiredKeys: [] }), { maxLength: 2 }),
    emailAddresses: fc.array(fc.record({ value: email, type: fc.constantFrom('work', 'home') }, { requiredKeys: ['value'] }), { maxLength: 3 }),
    phoneNumbers: fc.array(fc.record({ value: fc.constantFrom('+39 02 1234 5678', '030 12345678', '(212) 555-0123') }), { maxLength: 2 }),
    organizations: fc.array(fc.record({ name: word, title: word }, { requiredKeys: [] }), { maxLength: 2 }),
    biographies: fc.array(fc.record({ value: fc.string() }), { maxLength: 1 }),
    birthdays: fc.array(fc.record({ date: fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }) }), { maxLength: 1 }),
    userDefined: fc.array(fc.record({ key: word, value: word }), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const person = peopleJson.map((p): MasterPerson => fromPeoplePerson(p));

/** Rebuilds a value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).reverse();
    return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('fromPeoplePerson (property)', () => {
  it('never throws on arbitrary JSON and always yields lists', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const m = fromPeoplePerson(json);
        expect(Array.isArray(m.emailAddresses) && Array.isArray(m.userDefined)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary People-shaped objects with junk inside', () => {
    const junky = fc.dictionary(
      fc.constantFrom('names', 'emailAddresses', 'phoneNumbers', 'addresses', 'birthdays', 'biographies', 'userDefined', 'urls'),
      fc.anything(),
    );
    fc.assert(
      fc.property(junky, (p) => {
        expect(() => toPeoplePerson(fromPeoplePerson(p))).not.toThrow();
      }),
    );
  });

  it('is a fixed point after one round trip through toPeoplePerson', () => {
    fc.assert(
      fc.property(person, (m) => {
        expect(personHash(fromPeoplePerson(toPeoplePerson(m)))).toBe(personHash(m));
      }),
    );
  });
});

describe('mergePerson (property)', () => {
  it('is idempotent: merging x with itself gives x and no conflict, whatever the base', () => {
    fc.assert(
      fc.property(fc.option(person, { nil: null }), person, fc.integer(), fc.integer(), (base, x, mineAt, theirsAt) => {
        const { merged, conflicts } = mergePerson({ base, mine: x, theirs: x, mineAt, theirsAt });
        expect(merged).toEqual(x);
        expect(conflicts).toEqual([]);
      }),
    );
  });

  it('takes the other side entirely when one side is unchanged from the base', () => {
    fc.assert(
      fc.property(person, person, (base, theirs) => {
        const { merged, conflicts } = mergePerson({ base, mine: base, theirs, mineAt: 2, theirsAt: 1 });
        expect(personHash(merged)).toBe(personHash(theirs));
        expect(conflicts).toEqual([]);
      }),
    );
  });
});

describe('personHash (property)', () => {
  it('is stable under object key reorder', () => {
    fc.assert(
      fc.property(person, (m) => {
        expect(personHash(reverseKeys(m) as MasterPerson)).toBe(personHash(m));
      }),
    );
  });

  it('is stable under the case of email addresses', () => {
    fc.assert(
      fc.property(person, (m) => {
        const shouted: MasterPerson = { ...m, emailAddresses: m.emailAddresses.map((e) => ({ ...e, value: e.value.toUpperCase() })) };
        expect(personHash(shouted)).toBe(personHash(m));
      }),
    );
  });
});
