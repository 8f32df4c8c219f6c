import { accountContacts, livePersons } from '../../../emulator/people/store';
import { seedContact } from '../../../emulator/people/contacts-ui';
import { ANN, arr, createMany, errorOf, ok, peopleWorld, rest, type J } from './helpers';

const persons = (n: number, prefix = 'P') =>
  Array.from({ length: n }, (_, i) => ({ contactPerson: { names: [{ givenName: `${prefix}${i}` }] } }));
const liveCount = (world: ReturnType<typeof peopleWorld>) => livePersons(accountContacts(world, ANN)).length;

describe('people.batchCreateContacts', () => {
  it('creates up to 200 contacts and answers createdPeople through the readMask', () => {
    const world = peopleWorld();
    const body = ok(
      rest(world, 'people.people.batchCreateContacts', {}, { contacts: persons(200), readMask: 'names' }),
    );
    const created = arr(body, 'createdPeople');
    expect(created).toHaveLength(200);
    expect(created[0]).toEqual({
      requestedResourceName: (created[0].person as J).resourceName,
      httpStatusCode: 200,
      person: {
        resourceName: expect.any(String),
        etag: expect.any(String),
        names: [expect.objectContaining({ givenName: 'P0' })],
      },
      status: {},
    });
    expect(liveCount(world)).toBe(200);
  });

  it('refuses 201 contacts, writing nothing', () => {
    const world = peopleWorld();
    const res = rest(
      world,
      'people.people.batchCreateContacts',
      {},
      { contacts: persons(201), readMask: 'names' },
    );
    expect(res.status).toBe(400);
    expect(errorOf(res).status).toBe('INVALID_ARGUMENT');
    expect(liveCount(world)).toBe(0);
  });

  it('requires readMask, and skips the post-mutate read when it is empty', () => {
    const world = peopleWorld();
    expect(rest(world, 'people.people.batchCreateContacts', {}, { contacts: persons(1) }).status).toBe(400);
    expect(
      ok(rest(world, 'people.people.batchCreateContacts', {}, { contacts: persons(2), readMask: '' })),
    ).toEqual({});
    expect(liveCount(world)).toBe(2);
  });

  it('fails whole when one contact is invalid, naming it by index in BatchCreateContactsErrorDetails', () => {
    const world = peopleWorld();
    const contacts = [...persons(2), { contactPerson: { names: [{ givenName: 'a' }, { givenName: 'b' }] } }];
    const res = rest(world, 'people.people.batchCreateContacts', {}, { contacts, readMask: 'names' });
    expect(res.status).toBe(400);
    expect(errorOf(res).details).toEqual([
      {
        '@type': 'type.googleapis.com/google.people.v1.BatchCreateContactsErrorDetails',
        contactErrors: { '2': { code: 3, message: expect.stringContaining('names') } },
      },
    ]);
    expect(liveCount(world)).toBe(0);
  });

  it('fails a batch that would pass the contact limit without creating any of it', () => {
    const world = peopleWorld();
    world.directory.users[ANN].contactLimit = 5;
    createMany(world, 3);
    const res = rest(
      world,
      'people.people.batchCreateContacts',
      {},
      { contacts: persons(3), readMask: 'names' },
    );
    expect(res.status).toBe(400);
    expect(errorOf(res).message).toBe('Contact limit exceeded.');
    expect(liveCount(world)).toBe(3);
    ok(rest(world, 'people.people.batchCreateContacts', {}, { contacts: persons(2), readMask: 'names' }));
    expect(liveCount(world)).toBe(5);
  });
});

describe('people.batchUpdateContacts', () => {
  function seeded(n: number) {
    const world = peopleWorld();
    const people = Array.from({ length: n }, (_, i) =>
      seedContact(world, ANN, {
        names: [{ givenName: `N${i}` }],
        emailAddresses: [{ value: `n${i}@x.org` }],
      }),
    );
    return { world, people };
  }
  const renamed = (people: J[], suffix = '!') =>
    Object.fromEntries(
      people.map((p) => [
        p.resourceName,
        { etag: p.etag, names: [{ givenName: `${(p.names as J[])[0].givenName}${suffix}` }] },
      ]),
    );

  it('updates up to 200 contacts, replacing only the updateMask fields, answering updateResult', () => {
    const { world, people } = seeded(200);
    const body = ok(
      rest(
        world,
        'people.people.batchUpdateContacts',
        {},
        { contacts: renamed(people), updateMask: 'names', readMask: 'names' },
      ),
    );
    const result = body.updateResult as Record<string, J>;
    expect(Object.keys(result)).toHaveLength(200);
    const rn = people[7].resourceName as string;
    expect(result[rn]).toMatchObject({ requestedResourceName: rn, httpStatusCode: 200, status: {} });
    expect(accountContacts(world, ANN).persons[rn].fields).toEqual({
      names: [{ givenName: 'N7!' }],
      emailAddresses: [{ value: 'n7@x.org' }],
    });
    expect(accountContacts(world, ANN).persons[rn].etag).not.toBe(people[7].etag);
  });

  it('refuses 201 contacts and a missing updateMask or readMask', () => {
    const { world, people } = seeded(201);
    expect(
      rest(
        world,
        'people.people.batchUpdateContacts',
        {},
        { contacts: renamed(people), updateMask: 'names', readMask: 'names' },
      ).status,
    ).toBe(400);
    const some = renamed(people.slice(0, 2));
    expect(
      rest(world, 'people.people.batchUpdateContacts', {}, { contacts: some, readMask: 'names' }).status,
    ).toBe(400);
    expect(
      rest(world, 'people.people.batchUpdateContacts', {}, { contacts: some, updateMask: 'names' }).status,
    ).toBe(400);
    expect(accountContacts(world, ANN).persons[people[0].resourceName as string].fields.names).toEqual([
      { givenName: 'N0' },
    ]);
  });

  it('checks each etag and fails the whole batch on a stale one, keyed by resource name', () => {
    const { world, people } = seeded(3);
    const contacts = renamed(people);
    (contacts[people[1].resourceName as string] as J).etag = '%stale';
    const res = rest(
      world,
      'people.people.batchUpdateContacts',
      {},
      { contacts, updateMask: 'names', readMask: '' },
    );
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({
      status: 'FAILED_PRECONDITION',
      details: [
        {
          '@type': 'type.googleapis.com/google.people.v1.BatchUpdateContactsErrorDetails',
          contactErrors: { [people[1].resourceName as string]: { code: 9 } },
        },
      ],
    });
    expect(accountContacts(world, ANN).persons[people[0].resourceName as string].fields.names).toEqual([
      { givenName: 'N0' },
    ]);
  });
});

describe('people.batchDeleteContacts', () => {
  it('deletes up to 500 and answers an empty body', () => {
    const world = peopleWorld();
    const rns = createMany(world, 500);
    expect(ok(rest(world, 'people.people.batchDeleteContacts', {}, { resourceNames: rns }))).toEqual({});
    expect(liveCount(world)).toBe(0);
  });

  it('refuses 501 names', () => {
    const world = peopleWorld();
    const rns = createMany(world, 501);
    expect(rest(world, 'people.people.batchDeleteContacts', {}, { resourceNames: rns }).status).toBe(400);
    expect(liveCount(world)).toBe(501);
  });

  it('fails whole on a missing contact by default, and skips it with batchDeleteMissing skip', () => {
    const world = peopleWorld();
    const rns = createMany(world, 2);
    const res = rest(
      world,
      'people.people.batchDeleteContacts',
      {},
      { resourceNames: [...rns, 'people/c999'] },
    );
    expect(res.status).toBe(404);
    expect(liveCount(world)).toBe(2);
    world.config.batchDeleteMissing = 'skip';
    expect(
      rest(world, 'people.people.batchDeleteContacts', {}, { resourceNames: [...rns, 'people/c999'] }).status,
    ).toBe(200);
    expect(liveCount(world)).toBe(0);
  });
});
