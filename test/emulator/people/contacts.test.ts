import { accountContacts } from '../../../emulator/people/store';
import { seedContact, seedGroup } from '../../../emulator/people/contacts-ui';
import { ANN, BOB, arr, errorOf, ok, peopleWorld, rest, type J } from './helpers';

const create = (world: ReturnType<typeof peopleWorld>, person: J, params: J = {}) =>
  rest(world, 'people.people.createContact', params, person);
const update = (
  world: ReturnType<typeof peopleWorld>,
  resourceName: string,
  person: J,
  updatePersonFields: string,
  params: J = {},
) => rest(world, 'people.people.updateContact', { resourceName, updatePersonFields, ...params }, person);

describe('people.createContact', () => {
  it('stores the contact with a CONTACT source, etag and updateTime from the virtual clock, and bumps seq', () => {
    const world = peopleWorld();
    const before = accountContacts(world, ANN).seq;
    const p = ok(create(world, { names: [{ givenName: 'Ada', familyName: 'Byron' }] }));
    expect(p.resourceName).toMatch(/^people\/c\d{19}$/);
    expect(p.etag).toMatch(/^%/);
    const stored = accountContacts(world, ANN).persons[p.resourceName as string];
    expect(stored.seq).toBe(before + 1);
    expect(stored.updateTime).toBe(world.clock.iso());
    expect(p.metadata).toEqual({
      sources: [
        {
          type: 'CONTACT',
          id: BigInt((p.resourceName as string).slice(8)).toString(16),
          etag: expect.any(String),
          updateTime: stored.updateTime,
        },
      ],
      objectType: 'PERSON',
    });
    expect((p.names as J[])[0]).toMatchObject({
      displayName: 'Ada Byron',
      displayNameLastFirst: 'Byron, Ada',
      unstructuredName: 'Ada Byron',
    });
  });

  it('returns only personFields when given, and ignores output-only values and field metadata sent by the client', () => {
    const world = peopleWorld();
    const p = ok(
      create(
        world,
        {
          names: [{ givenName: 'Ada', displayName: 'FAKE', metadata: { primary: false } }],
          phoneNumbers: [
            { value: '(201) 555-0123', type: 'mobile', canonicalForm: '+999', formattedType: 'Bogus' },
          ],
        },
        { personFields: 'phoneNumbers' },
      ),
    );
    expect(Object.keys(p).sort()).toEqual(['etag', 'phoneNumbers', 'resourceName']);
    expect((p.phoneNumbers as J[])[0]).toMatchObject({
      value: '(201) 555-0123',
      canonicalForm: '+12015550123',
      formattedType: 'Mobile',
    });
    expect(accountContacts(world, ANN).persons[p.resourceName as string].fields).toEqual({
      names: [{ givenName: 'Ada' }],
      phoneNumbers: [{ value: '(201) 555-0123', type: 'mobile' }],
    });
  });

  it('refuses more than one value in a singleton field', () => {
    const world = peopleWorld();
    const two: J = {
      names: [{ givenName: 'a' }, { givenName: 'b' }],
      biographies: [{ value: 'a' }, { value: 'b' }],
      birthdays: [{ text: '1 May' }, { text: '2 May' }],
      genders: [{ value: 'female' }, { value: 'male' }],
    };
    for (const field of Object.keys(two)) {
      const res = create(world, { [field]: two[field] });
      expect(res.status).toBe(400);
      expect(errorOf(res).message).toContain(field);
    }
    expect(accountContacts(world, ANN).seq).toBe(0);
  });

  it('adds the contact to myContacts and to the groups its memberships name', () => {
    const world = peopleWorld();
    const label = seedGroup(world, ANN, 'Clients');
    const p = ok(
      create(world, {
        memberships: [{ contactGroupMembership: { contactGroupResourceName: label.resourceName } }],
      }),
    );
    expect(accountContacts(world, ANN).persons[p.resourceName as string].groups).toEqual([
      'contactGroups/myContacts',
      label.resourceName,
    ]);
    const bad = create(world, {
      memberships: [{ contactGroupMembership: { contactGroupResourceName: 'contactGroups/friends' } }],
    });
    expect(bad.status).toBe(400);
  });

  it('leaves myContacts out when createAddsToMyContacts is false', () => {
    const world = peopleWorld({ createAddsToMyContacts: false });
    const p = ok(create(world, { names: [{ givenName: 'Solo' }] }));
    expect(accountContacts(world, ANN).persons[p.resourceName as string].groups).toEqual([]);
  });

  it('stores clientData and returns it like any field', () => {
    const world = peopleWorld();
    const p = ok(
      create(
        world,
        {
          clientData: [
            { key: 'sl.master', value: 'm-1' },
            { key: 'sl.master', value: 'dup' },
          ],
        },
        { personFields: 'clientData' },
      ),
    );
    expect((p.clientData as J[]).map((c) => [c.key, c.value])).toEqual([
      ['sl.master', 'm-1'],
      ['sl.master', 'dup'],
    ]);
  });

  it('refuses a create past the contact limit with the configured error', () => {
    const world = peopleWorld();
    world.directory.users[ANN].contactLimit = 1;
    ok(create(world, { names: [{ givenName: 'One' }] }));
    const res = create(world, { names: [{ givenName: 'Two' }] });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ status: 'FAILED_PRECONDITION', message: 'Contact limit exceeded.' });
    const other = peopleWorld({
      contactLimitError: { code: 403, status: 'PERMISSION_DENIED', message: 'Over the contact limit.' },
    });
    other.directory.users[ANN].contactLimit = 0;
    expect(errorOf(create(other, {}))).toMatchObject({ code: 403, message: 'Over the contact limit.' });
  });
});

describe('people.updateContact', () => {
  function seeded() {
    const world = peopleWorld();
    const p = seedContact(world, ANN, {
      names: [{ givenName: 'Ann', familyName: 'Old' }],
      emailAddresses: [{ value: 'old@x.org' }],
      phoneNumbers: [{ value: '+44 20 7946 0000' }],
    });
    return { world, p, rn: p.resourceName as string };
  }

  it('replaces only the named fields and gives a new etag and updateTime', () => {
    const { world, p, rn } = seeded();
    world.clock.advance(5000);
    const res = ok(
      update(
        world,
        rn,
        { etag: p.etag, names: [{ givenName: 'Ann', familyName: 'New' }], emailAddresses: [] },
        'names,emailAddresses',
      ),
    );
    const stored = accountContacts(world, ANN).persons[rn];
    expect(stored.fields).toEqual({
      names: [{ givenName: 'Ann', familyName: 'New' }],
      phoneNumbers: [{ value: '+44 20 7946 0000' }],
    });
    expect(res.etag).not.toBe(p.etag);
    expect(stored.updateTime).toBe(world.clock.iso());
  });

  it('accepts the contact source etag from metadata.sources instead of person.etag', () => {
    const { world, p, rn } = seeded();
    const res = update(world, rn, { metadata: p.metadata, names: [{ givenName: 'Via source' }] }, 'names');
    expect(res.status).toBe(200);
  });

  it('requires an etag and refuses a stale one with 400 FAILED_PRECONDITION', () => {
    const { world, p, rn } = seeded();
    const missing = update(world, rn, { names: [{ givenName: 'X' }] }, 'names');
    expect(missing.status).toBe(400);
    expect(errorOf(missing).message).toBe(
      'Request must set person.etag or person.metadata.sources.etag for the source that is being updated.',
    );
    ok(update(world, rn, { etag: p.etag, names: [{ givenName: 'First' }] }, 'names'));
    const stale = update(world, rn, { etag: p.etag, names: [{ givenName: 'Second' }] }, 'names');
    expect(stale.status).toBe(400);
    expect(errorOf(stale)).toMatchObject({
      status: 'FAILED_PRECONDITION',
      errors: [{ reason: 'failedPrecondition' }],
    });
    expect(accountContacts(world, ANN).persons[rn].fields.names).toEqual([{ givenName: 'First' }]);
  });

  it('requires a valid updatePersonFields', () => {
    const { world, p, rn } = seeded();
    expect(
      errorOf(rest(world, 'people.people.updateContact', { resourceName: rn }, { etag: p.etag })).message,
    ).toMatch(/updatePersonFields mask is required/);
    expect(update(world, rn, { etag: p.etag }, 'photos').status).toBe(400);
    expect(
      update(world, rn, { etag: p.etag, names: [{ givenName: 'a' }, { givenName: 'b' }] }, 'names').status,
    ).toBe(400);
  });

  it('replaces group memberships when memberships is named, and needs at least one', () => {
    const { world, p, rn } = seeded();
    const label = seedGroup(world, ANN, 'Team');
    const membership = (g: string) => ({ contactGroupMembership: { contactGroupResourceName: g } });
    ok(
      update(
        world,
        rn,
        { etag: p.etag, memberships: [membership(label.resourceName as string)] },
        'memberships',
      ),
    );
    expect(accountContacts(world, ANN).persons[rn].groups).toEqual([label.resourceName]);
    const etag = accountContacts(world, ANN).persons[rn].etag;
    expect(update(world, rn, { etag, memberships: [] }, 'memberships').status).toBe(400);
  });

  it('answers 404 for an unknown or deleted contact', () => {
    const { world, p, rn } = seeded();
    expect(update(world, 'people/c1', { etag: p.etag }, 'names').status).toBe(404);
    ok(rest(world, 'people.people.deleteContact', { resourceName: rn }));
    expect(update(world, rn, { etag: p.etag }, 'names').status).toBe(404);
  });
});

describe('people.deleteContact, get, getBatchGet and searchContacts', () => {
  it('deletes a contact, keeping a tombstone, and 404s afterwards', () => {
    const world = peopleWorld();
    const rn = seedContact(world, ANN, { names: [{ givenName: 'Gone' }] }).resourceName as string;
    expect(ok(rest(world, 'people.people.deleteContact', { resourceName: rn }))).toEqual({});
    expect(accountContacts(world, ANN).persons[rn]).toMatchObject({ deleted: true, fields: {}, groups: [] });
    expect(rest(world, 'people.people.get', { resourceName: rn, personFields: 'names' }).status).toBe(404);
    expect(rest(world, 'people.people.deleteContact', { resourceName: rn }).status).toBe(404);
  });

  it('gets a contact through its mask, requires personFields, and answers people/me with the profile', () => {
    const world = peopleWorld();
    const rn = seedContact(world, ANN, {
      names: [{ givenName: 'Got' }],
      urls: [{ value: 'https://x.org' }],
    }).resourceName;
    const p = ok(rest(world, 'people.people.get', { resourceName: rn, personFields: 'urls' }));
    expect(Object.keys(p).sort()).toEqual(['etag', 'resourceName', 'urls']);
    expect(rest(world, 'people.people.get', { resourceName: rn }).status).toBe(400);
    const me = ok(
      rest(world, 'people.people.get', { resourceName: 'people/me', personFields: 'names,emailAddresses' }),
    );
    expect(me.resourceName).toMatch(/^people\/\d{21}$/);
    expect((me.emailAddresses as J[])[0].value).toBe(ANN);
    expect((me.names as J[])[0].displayName).toBe('Ann Lee');
  });

  it('batch-gets up to 200, with a NOT_FOUND status for a missing one', () => {
    const world = peopleWorld();
    const rn = seedContact(world, ANN, { names: [{ givenName: 'Here' }] }).resourceName as string;
    const body = ok(
      rest(world, 'people.people.getBatchGet', { resourceNames: [rn, 'people/c404'], personFields: 'names' }),
    );
    expect(arr(body, 'responses')).toEqual([
      {
        requestedResourceName: rn,
        httpStatusCode: 200,
        person: expect.objectContaining({ resourceName: rn }),
        status: {},
      },
      {
        requestedResourceName: 'people/c404',
        httpStatusCode: 404,
        status: { code: 5, message: 'Requested entity was not found.' },
      },
    ]);
    const tooMany = Array.from({ length: 201 }, (_, i) => `people/c${i}`);
    expect(
      rest(world, 'people.people.getBatchGet', { resourceNames: tooMany, personFields: 'names' }).status,
    ).toBe(400);
    expect(
      rest(world, 'people.people.getBatchGet', { resourceNames: tooMany.slice(1), personFields: 'names' })
        .status,
    ).toBe(200);
  });

  it('searches prefix phrases of names, emails, phones and organisations, capped at 30 results', () => {
    const world = peopleWorld();
    seedContact(world, ANN, {
      names: [{ givenName: 'Foo', familyName: 'Name' }],
      emailAddresses: [{ value: 'first.last@acme.com' }],
      phoneNumbers: [{ value: '+1 415-555-0100' }],
      organizations: [{ name: 'Acme Widgets' }],
    });
    seedContact(world, BOB, { names: [{ givenName: 'Foo' }] });
    const search = (query: string, pageSize?: number) =>
      arr(ok(rest(world, 'people.people.searchContacts', { query, readMask: 'names', pageSize })), 'results')
        .length;
    for (const q of ['f', 'foo', 'foo n', 'nam', 'last@', 'acme', 'widg', '1415555', '415'])
      expect([q, search(q)]).toEqual([q, 1]);
    for (const q of ['oo n', 'cme', 'zzz']) expect([q, search(q)]).toEqual([q, 0]);
    expect(ok(rest(world, 'people.people.searchContacts', { query: '', readMask: 'names' }))).toEqual({});
    expect(rest(world, 'people.people.searchContacts', { query: 'foo' }).status).toBe(400);
    for (let i = 0; i < 40; i++) seedContact(world, ANN, { names: [{ givenName: `Many${i}` }] });
    expect(search('many')).toBe(10);
    expect(search('many', 100)).toBe(30);
  });
});
