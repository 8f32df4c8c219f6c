import { emptyPerson, MasterPerson } from '../../src/core/person';
import { PERSON_LIMITS, validatePerson } from '../../src/core/person-validate';

const ann: MasterPerson = {
  ...emptyPerson(),
  names: { givenName: 'Ann', familyName: 'Lee' },
  emailAddresses: [{ value: 'ann@client.test' }],
  phoneNumbers: [{ value: '+39 02 1234 5678' }],
};

describe('validatePerson', () => {
  it('accepts a well-formed contact', () => {
    expect(validatePerson(ann)).toBeNull();
  });

  it.each<[string, MasterPerson]>([
    ['a name', { ...emptyPerson(), names: { familyName: 'Lee' } }],
    ['an email', { ...emptyPerson(), emailAddresses: [{ value: 'a@b.co' }] }],
    ['a phone', { ...emptyPerson(), phoneNumbers: [{ value: '+31 20 123 4567' }] }],
    ['a company', { ...emptyPerson(), organizations: [{ name: 'ACME' }] }],
  ])('accepts a contact identified only by %s', (_what, m) => {
    expect(validatePerson(m)).toBeNull();
  });

  it('refuses a contact with nothing to recognise it by', () => {
    const error = validatePerson({ ...emptyPerson(), organizations: [{ title: 'CTO' }], biographies: 'note' });
    expect(error?.code).toBe('INVALID_ARGUMENT');
    expect(error?.key).toBe('error.person.empty');
  });

  it.each(['ann', 'ann@', '@client.test', 'ann@client', 'ann lee@client.test', 'ann@@client.test', 'ann@client..test', 'ann@client.123'])(
    'refuses the email "%s", naming field and value',
    (value) => {
      const error = validatePerson({ ...ann, emailAddresses: [{ value }] });
      expect(error?.key).toBe('error.person.badEmail');
      expect(error?.params).toEqual({ field: 'emailAddresses', value });
      expect(error?.message).toContain(value);
    },
  );

  it.each(['call me', '12ab34', '+39 12', '+'])('refuses the phone "%s"', (value) => {
    const error = validatePerson({ ...ann, phoneNumbers: [{ value }] });
    expect(error?.key).toBe('error.person.badPhone');
    expect(error?.params).toEqual({ field: 'phoneNumbers', value });
  });

  it('accepts a national number the region places or, without a region, of plausible shape; refuses one the region cannot place', () => {
    expect(validatePerson({ ...ann, phoneNumbers: [{ value: '030 12345678' }] }, { defaultRegion: 'DE' })).toBeNull();
    expect(validatePerson({ ...ann, phoneNumbers: [{ value: '030 12345678' }] })).toBeNull();
    expect(validatePerson({ ...ann, phoneNumbers: [{ value: '0301' }] }, { defaultRegion: 'US' })?.key).toBe('error.person.badPhone');
  });

  it('accepts an extension', () => {
    expect(validatePerson({ ...ann, phoneNumbers: [{ value: '+39 02 1234 5678 ext. 12' }] })).toBeNull();
  });

  it('refuses a string over 1,024 characters', () => {
    const error = validatePerson({ ...ann, organizations: [{ name: 'x'.repeat(1025) }] });
    expect(error?.key).toBe('error.person.tooLong');
    expect(error?.params).toMatchObject({ field: 'organizations', length: 1025, limit: 1024 });
    expect(validatePerson({ ...ann, organizations: [{ name: 'x'.repeat(1024) }] })).toBeNull();
  });

  it('allows notes up to the notes limit, and not beyond', () => {
    expect(validatePerson({ ...ann, biographies: 'n'.repeat(PERSON_LIMITS.maxNotesChars) })).toBeNull();
    expect(validatePerson({ ...ann, biographies: 'n'.repeat(PERSON_LIMITS.maxNotesChars + 1) })?.params).toMatchObject({
      field: 'biographies',
    });
  });

  it('refuses more than 50 values in a list field', () => {
    const emails = Array.from({ length: 51 }, (_, i) => ({ value: `a${i}@client.test` }));
    expect(validatePerson({ ...ann, emailAddresses: emails })?.params).toMatchObject({
      field: 'emailAddresses',
      count: 51,
      limit: 50,
    });
  });

  it('refuses control characters outside the notes but allows line breaks in them', () => {
    expect(validatePerson({ ...ann, names: { givenName: 'Ann\u0007' } })?.key).toBe('error.person.controlChars');
    expect(validatePerson({ ...ann, biographies: 'one\ntwo\tthree' })).toBeNull();
  });

  it('refuses a birthday that is not in the calendar, but allows 29 February without a year', () => {
    expect(validatePerson({ ...ann, birthdays: { month: 2, day: 30 } })?.key).toBe('error.person.badBirthday');
    expect(validatePerson({ ...ann, birthdays: { year: 2023, month: 2, day: 29 } })?.key).toBe('error.person.badBirthday');
    expect(validatePerson({ ...ann, birthdays: { month: 2, day: 29 } })).toBeNull();
  });

  it('refuses a custom field without a name', () => {
    expect(validatePerson({ ...ann, userDefined: [{ key: ' ', value: '42' }] })?.key).toBe('error.person.customFieldKey');
  });

  it('refuses a contact too large for one backing-sheet cell', () => {
    const urls = Array.from({ length: 50 }, (_, i) => ({ value: `https://x.test/${i}/${'p'.repeat(1000)}` }));
    expect(validatePerson({ ...ann, urls })?.key).toBe('error.person.tooLarge');
  });
});
