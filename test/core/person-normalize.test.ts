import { emptyPerson, MasterPerson } from '../../src/core/person';
import { fieldHash, normalizeForCompare, personHash } from '../../src/core/person-normalize';
import { normalizePhone, phoneToE164, regionFromLocale } from '../../src/core/phone';

const withPhone = (value: string): MasterPerson => ({ ...emptyPerson(), phoneNumbers: [{ value }] });

describe('normalizeForCompare', () => {
  it('trims and case-folds emails', () => {
    const n = normalizeForCompare({ ...emptyPerson(), emailAddresses: [{ value: '  Ann.Lee@Client.TEST ', type: 'Work' }] });
    expect(n.emailAddresses).toEqual([{ value: 'ann.lee@client.test', type: 'work' }]);
  });

  it.each([
    ['IT', '02 1234 5678', '+390212345678'],
    ['IT', '333 123 4567', '+393331234567'],
    ['NL', '020 123 4567', '+31201234567'],
    ['NL', '06-12345678', '+31612345678'],
    ['DE', '030 12345678', '+493012345678'],
    ['DE', '0171 1234567', '+491711234567'],
    ['US', '(212) 555-0123', '+12125550123'],
    ['GB', '020 7946 0958', '+442079460958'],
    ['GB', '07700 900123', '+447700900123'],
  ])('puts a %s number "%s" in E.164 as %s', (region, typed, e164) => {
    expect(normalizeForCompare(withPhone(typed), { defaultRegion: region }).phoneNumbers[0].value).toBe(e164);
  });

  it('keeps an international number in E.164 whatever the region', () => {
    expect(normalizeForCompare(withPhone('+39 02 1234 5678'), { defaultRegion: 'US' }).phoneNumbers[0].value).toBe('+390212345678');
  });

  it('falls back to bare digits when no region is known', () => {
    expect(normalizeForCompare(withPhone('02-1234 5678')).phoneNumbers[0].value).toBe('0212345678');
  });

  it('does not change the stored value the user typed', () => {
    const m = withPhone('02 1234 5678');
    normalizeForCompare(m, { defaultRegion: 'IT' });
    expect(m.phoneNumbers[0].value).toBe('02 1234 5678');
  });

  it('collapses whitespace in every string but keeps the lines of the notes', () => {
    const n = normalizeForCompare({
      ...emptyPerson(),
      names: { givenName: '  Ann  ', familyName: 'van   der Berg' },
      organizations: [{ name: ' ACME\tInc ' }],
      biographies: '  line one\r\nline two  ',
    });
    expect(n.names).toMatchObject({ givenName: 'Ann', familyName: 'van der Berg' });
    expect(n.organizations[0].name).toBe('ACME Inc');
    expect(n.biographies).toBe('line one\nline two');
  });

  it('ignores Google\'s derived display name when name parts exist', () => {
    const a: MasterPerson = { ...emptyPerson(), names: { givenName: 'Ann', displayName: 'Ann' } };
    const b: MasterPerson = { ...emptyPerson(), names: { givenName: 'Ann' } };
    expect(personHash(a)).toBe(personHash(b));
  });
});

describe('phone helpers', () => {
  it('reads the region of a locale', () => {
    expect(regionFromLocale('it-IT')).toBe('IT');
    expect(regionFromLocale('en_GB')).toBe('GB');
    expect(regionFromLocale('nl')).toBeUndefined();
    expect(regionFromLocale(undefined)).toBeUndefined();
  });

  it('keeps an extension in the E.164 form', () => {
    expect(phoneToE164('+39 02 1234 5678 ext. 12')).toBe('+390212345678;ext=12');
  });

  it('compares a number without digits as text', () => {
    expect(normalizePhone('  Ask  Reception ')).toBe('ask reception');
  });
});

describe('personHash and fieldHash', () => {
  const base: MasterPerson = {
    ...emptyPerson(),
    names: { givenName: 'Ann', familyName: 'Lee' },
    emailAddresses: [{ value: 'ann@client.test' }],
  };

  it('is 16 hex digits and stable', () => {
    expect(personHash(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(personHash(base)).toBe(personHash({ ...base }));
  });

  it('changes when a synced field changes', () => {
    expect(personHash({ ...base, biographies: 'new note' })).not.toBe(personHash(base));
    expect(fieldHash({ ...base, biographies: 'new note' }, 'biographies')).not.toBe(fieldHash(base, 'biographies'));
    expect(fieldHash({ ...base, biographies: 'new note' }, 'names')).toBe(fieldHash(base, 'names'));
  });

  it('matches the same phone typed in two ways when the region is the same', () => {
    expect(personHash(withPhone('02 1234 5678'), { defaultRegion: 'IT' })).toBe(personHash(withPhone('+39 02-12345678'), { defaultRegion: 'IT' }));
  });
});
