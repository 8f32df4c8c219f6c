import { emptyPerson, fromPeoplePerson, MasterPerson, presentFields, SYNCED_FIELDS, toPeoplePerson } from '../../src/core/person';

const peoplePerson = {
  resourceName: 'people/c123',
  etag: '%EgUBAi43PRoEAQIFByIMTlRvRXZ2',
  metadata: { sources: [{ type: 'CONTACT', id: '123', etag: '#abc' }] },
  names: [
    { metadata: { primary: false, source: { type: 'PROFILE' } }, givenName: 'Profile', familyName: 'Name' },
    {
      metadata: { primary: true, source: { type: 'CONTACT' } },
      givenName: 'Ann',
      familyName: 'Lee',
      displayName: 'Ann Lee',
      displayNameLastFirst: 'Lee, Ann',
      phoneticGivenName: 'an',
    },
  ],
  emailAddresses: [{ value: 'Ann@Client.test', type: 'work', formattedType: 'Work', metadata: { primary: true } }, { value: '' }],
  phoneNumbers: [{ value: '+39 02 1234 5678', canonicalForm: '+390212345678', type: 'mobile' }],
  organizations: [{ name: 'ACME', title: 'CTO', department: 'R&D', current: true, startDate: { year: 2020 } }],
  addresses: [
    { streetAddress: 'Via Roma 1', city: 'Milano', countryCode: 'IT', formattedValue: 'Via Roma 1\nMilano', type: 'work' },
    { formattedValue: 'Somewhere over the rainbow' },
  ],
  biographies: [{ value: 'Met at the fair.', contentType: 'TEXT_PLAIN' }],
  urls: [{ value: 'https://acme.test', type: 'work' }],
  birthdays: [{ text: 'sometime in May' }, { date: { month: 5, day: 17 } }],
  userDefined: [{ key: 'Customer no.', value: '42' }, { key: '', value: 'orphan' }],
  memberships: [{ contactGroupMembership: { contactGroupResourceName: 'contactGroups/abc' } }],
  clientData: [{ key: 'sl.id', value: 'm1' }],
  photos: [{ url: 'https://example.test/p.jpg' }],
};

describe('fromPeoplePerson', () => {
  it('keeps only the synced subset and drops metadata, ids and unknown fields', () => {
    const m = fromPeoplePerson(peoplePerson);
    expect(m).toEqual<MasterPerson>({
      names: { givenName: 'Ann', familyName: 'Lee', displayName: 'Ann Lee' },
      emailAddresses: [{ value: 'Ann@Client.test', type: 'work' }],
      phoneNumbers: [{ value: '+39 02 1234 5678', type: 'mobile' }],
      organizations: [{ name: 'ACME', title: 'CTO', department: 'R&D' }],
      addresses: [
        { streetAddress: 'Via Roma 1', city: 'Milano', countryCode: 'IT', type: 'work' },
        { formattedValue: 'Somewhere over the rainbow' },
      ],
      biographies: 'Met at the fair.',
      urls: [{ value: 'https://acme.test', type: 'work' }],
      birthdays: { month: 5, day: 17 },
      userDefined: [{ key: 'Customer no.', value: '42' }],
    });
  });

  it('takes a free-form name as the display name when there are no name parts', () => {
    expect(fromPeoplePerson({ names: [{ unstructuredName: 'ACME reception' }] }).names).toEqual({
      displayName: 'ACME reception',
    });
  });

  it('returns an empty person for junk', () => {
    for (const junk of [null, undefined, 42, 'x', [], { names: 'Ann' }, { emailAddresses: [null, 3, { value: 7 }] }]) {
      expect(fromPeoplePerson(junk)).toEqual(emptyPerson());
    }
  });

  it('ignores a birthday with an impossible structure', () => {
    expect(fromPeoplePerson({ birthdays: [{ date: { year: 1990, month: 'May', day: 3 } }] }).birthdays).toBeUndefined();
  });
});

describe('toPeoplePerson', () => {
  it('writes every synced field, in People shape, and round-trips through fromPeoplePerson', () => {
    const m = fromPeoplePerson(peoplePerson);
    const json = toPeoplePerson(m);
    expect(Object.keys(json).sort()).toEqual([...SYNCED_FIELDS].sort());
    expect(json.names).toEqual([{ givenName: 'Ann', familyName: 'Lee' }]);
    expect(json.biographies).toEqual([{ value: 'Met at the fair.', contentType: 'TEXT_PLAIN' }]);
    expect(json.birthdays).toEqual([{ date: { month: 5, day: 17 } }]);
    expect(fromPeoplePerson(json)).toEqual({ ...m, names: { givenName: 'Ann', familyName: 'Lee' } });
  });

  it('writes a parts-less name as unstructuredName, since displayName is output-only', () => {
    const json = toPeoplePerson({ ...emptyPerson(), names: { displayName: 'ACME reception' } });
    expect(json.names).toEqual([{ unstructuredName: 'ACME reception' }]);
  });

  it('writes empty lists for absent fields so an update clears them', () => {
    const json = toPeoplePerson(emptyPerson());
    expect(json.names).toEqual([]);
    expect(json.biographies).toEqual([]);
    expect(json.emailAddresses).toEqual([]);
  });

  it('leaves formattedValue out when structured parts exist, so Google derives it', () => {
    const json = toPeoplePerson({ ...emptyPerson(), addresses: [{ city: 'Milano', formattedValue: 'stale' }] });
    expect(json.addresses).toEqual([{ city: 'Milano' }]);
  });
});

describe('presentFields', () => {
  it('names the synced fields a partial Person mentions, even when empty', () => {
    expect(presentFields({ phoneNumbers: [], names: [{ givenName: 'A' }], photos: [] })).toEqual(['names', 'phoneNumbers']);
    expect(presentFields('nope')).toEqual([]);
  });
});
