import { accountContacts, liveGroups } from '../../../emulator/people/store';
import { seedContact, seedGroup } from '../../../emulator/people/contacts-ui';
import { ANN, arr, createMany, errorOf, ok, peopleWorld, rest, type J } from './helpers';

const createGroup = (world: ReturnType<typeof peopleWorld>, name: string, extra: J = {}) =>
  rest(world, 'people.contactGroups.create', {}, { contactGroup: { name, ...extra } });
const modify = (world: ReturnType<typeof peopleWorld>, resourceName: string, body: J) =>
  rest(world, 'people.contactGroups.members.modify', { resourceName }, body);
const groupsOf = (world: ReturnType<typeof peopleWorld>, rn: string) =>
  accountContacts(world, ANN).persons[rn].groups;

describe('people.contactGroups.list', () => {
  it('lists the system groups with groupType SYSTEM_CONTACT_GROUP and formattedName, and user groups', () => {
    const world = peopleWorld();
    ok(createGroup(world, 'Clients'));
    const body = ok(rest(world, 'people.contactGroups.list'));
    const groups = arr(body, 'contactGroups');
    expect(groups.find((g) => g.resourceName === 'contactGroups/myContacts')).toMatchObject({
      groupType: 'SYSTEM_CONTACT_GROUP',
      name: 'myContacts',
      formattedName: 'My Contacts',
      metadata: { updateTime: expect.any(String) },
    });
    expect(groups.find((g) => g.resourceName === 'contactGroups/starred')).toMatchObject({
      formattedName: 'Starred',
    });
    expect(groups.find((g) => g.name === 'Clients')).toMatchObject({
      groupType: 'USER_CONTACT_GROUP',
      formattedName: 'Clients',
    });
    expect(body.totalItems).toBe(groups.length);
    expect(typeof body.nextSyncToken).toBe('string');
  });

  it('pages 30 groups by default, refuses pageSize 1001, and honours groupFields', () => {
    const world = peopleWorld();
    for (let i = 0; i < 40; i++) seedGroup(world, ANN, `L${i}`);
    const first = ok(rest(world, 'people.contactGroups.list'));
    expect(arr(first, 'contactGroups')).toHaveLength(30);
    const second = ok(rest(world, 'people.contactGroups.list', { pageToken: first.nextPageToken }));
    expect(arr(second, 'contactGroups')).toHaveLength(liveGroups(accountContacts(world, ANN)).length - 30);
    expect(rest(world, 'people.contactGroups.list', { pageSize: 1001 }).status).toBe(400);
    const [g] = arr(
      ok(rest(world, 'people.contactGroups.list', { groupFields: 'name', pageSize: 1 })),
      'contactGroups',
    );
    expect(Object.keys(g).sort()).toEqual(['etag', 'formattedName', 'name', 'resourceName']);
  });

  it('returns with a sync token only groups changed since, deleted ones flagged', () => {
    const world = peopleWorld();
    const keep = seedGroup(world, ANN, 'Keep');
    const gone = seedGroup(world, ANN, 'Gone');
    const token = ok(rest(world, 'people.contactGroups.list')).nextSyncToken;
    ok(rest(world, 'people.contactGroups.delete', { resourceName: gone.resourceName }));
    const fresh = ok(createGroup(world, 'Fresh'));
    const changes = arr(ok(rest(world, 'people.contactGroups.list', { syncToken: token })), 'contactGroups');
    expect(changes).toEqual([
      {
        resourceName: gone.resourceName,
        etag: expect.any(String),
        metadata: { updateTime: expect.any(String), deleted: true },
      },
      expect.objectContaining({ resourceName: fresh.resourceName, name: 'Fresh' }),
    ]);
    expect(changes.some((g) => g.resourceName === keep.resourceName)).toBe(false);
  });
});

describe('people.contactGroups create, get, batchGet, update and delete', () => {
  it('creates a group with clientData and refuses a duplicate name with 409 ALREADY_EXISTS', () => {
    const world = peopleWorld();
    const g = ok(createGroup(world, 'Sales', { clientData: [{ key: 'sl.label', value: 'L1' }] }));
    expect(g).toMatchObject({ name: 'Sales', groupType: 'USER_CONTACT_GROUP' });
    expect(g.resourceName).toMatch(/^contactGroups\/[0-9a-f]{16}$/);
    const full = ok(
      rest(world, 'people.contactGroups.get', { resourceName: g.resourceName, groupFields: 'clientData' }),
    );
    expect(full.clientData).toEqual([{ key: 'sl.label', value: 'L1' }]);
    const dup = createGroup(world, 'sales');
    expect(dup.status).toBe(409);
    expect(errorOf(dup).status).toBe('ALREADY_EXISTS');
    expect(createGroup(world, '  ').status).toBe(400);
  });

  it('treats names case-sensitively when contactGroupNamesCaseInsensitive is false', () => {
    const world = peopleWorld({ contactGroupNamesCaseInsensitive: false });
    ok(createGroup(world, 'Sales'));
    expect(createGroup(world, 'sales').status).toBe(200);
    expect(createGroup(world, 'Sales').status).toBe(409);
  });

  it('caps user groups at maxContactGroups', () => {
    const world = peopleWorld({ maxContactGroups: 1 });
    ok(createGroup(world, 'One'));
    expect(createGroup(world, 'Two').status).toBe(400);
  });

  it('computes memberCount and gives memberResourceNames only with maxMembers', () => {
    const world = peopleWorld();
    const g = seedGroup(world, ANN, 'Team');
    const rns = createMany(world, 3);
    ok(modify(world, g.resourceName as string, { resourceNamesToAdd: rns }));
    const plain = ok(rest(world, 'people.contactGroups.get', { resourceName: g.resourceName }));
    expect(plain.memberCount).toBe(3);
    expect(plain.memberResourceNames).toBeUndefined();
    const some = ok(rest(world, 'people.contactGroups.get', { resourceName: g.resourceName, maxMembers: 2 }));
    expect(some.memberResourceNames).toEqual(rns.slice(0, 2));
    const listed = arr(ok(rest(world, 'people.contactGroups.list')), 'contactGroups').find(
      (x) => x.resourceName === g.resourceName,
    );
    expect(listed?.memberResourceNames).toBeUndefined();
    expect(rest(world, 'people.contactGroups.get', { resourceName: 'contactGroups/nope' }).status).toBe(404);
  });

  it('batch-gets groups with a NOT_FOUND status for a missing one and refuses 201 names', () => {
    const world = peopleWorld();
    const body = ok(
      rest(world, 'people.contactGroups.batchGet', {
        resourceNames: ['contactGroups/starred', 'contactGroups/zzz'],
      }),
    );
    expect(arr(body, 'responses')).toEqual([
      {
        requestedResourceName: 'contactGroups/starred',
        contactGroup: expect.objectContaining({ name: 'starred' }),
        status: {},
      },
      {
        requestedResourceName: 'contactGroups/zzz',
        status: { code: 5, message: 'Requested entity was not found.' },
      },
    ]);
    const many = Array.from({ length: 201 }, (_, i) => `contactGroups/g${i}`);
    expect(rest(world, 'people.contactGroups.batchGet', { resourceNames: many }).status).toBe(400);
  });

  it('renames with a current etag, refuses a stale etag, a clash and a system group', () => {
    const world = peopleWorld();
    const a = ok(createGroup(world, 'A'));
    ok(createGroup(world, 'B'));
    const upd = (rn: unknown, group: J) =>
      rest(world, 'people.contactGroups.update', { resourceName: rn }, { contactGroup: group });
    const renamed = ok(upd(a.resourceName, { name: 'A2', etag: a.etag }));
    expect(renamed).toMatchObject({ name: 'A2' });
    expect(renamed.etag).not.toBe(a.etag);
    const stale = upd(a.resourceName, { name: 'A3', etag: a.etag });
    expect(stale.status).toBe(400);
    expect(errorOf(stale).status).toBe('FAILED_PRECONDITION');
    expect(upd(a.resourceName, { name: 'B', etag: renamed.etag }).status).toBe(409);
    expect(upd(a.resourceName, { name: 'A4' }).status).toBe(400);
    const system = upd('contactGroups/myContacts', { name: 'Mine', etag: 'x' });
    expect(system.status).toBe(400);
    expect(accountContacts(world, ANN).groups['contactGroups/myContacts'].name).toBe('myContacts');
  });

  it('deletes a user group keeping its contacts, or with them when deleteContacts is set; never a system group', () => {
    const world = peopleWorld();
    const keep = seedGroup(world, ANN, 'Keep');
    const drop = seedGroup(world, ANN, 'Drop');
    const a = seedContact(
      world,
      ANN,
      { names: [{ givenName: 'A' }] },
      { groups: [keep.resourceName as string] },
    );
    const b = seedContact(
      world,
      ANN,
      { names: [{ givenName: 'B' }] },
      { groups: [drop.resourceName as string] },
    );
    ok(rest(world, 'people.contactGroups.delete', { resourceName: keep.resourceName }));
    expect(groupsOf(world, a.resourceName as string)).toEqual(['contactGroups/myContacts']);
    ok(
      rest(world, 'people.contactGroups.delete', { resourceName: drop.resourceName, deleteContacts: 'true' }),
    );
    expect(accountContacts(world, ANN).persons[b.resourceName as string].deleted).toBe(true);
    expect(rest(world, 'people.contactGroups.delete', { resourceName: 'contactGroups/starred' }).status).toBe(
      400,
    );
  });
});

describe('people.contactGroups.members.modify', () => {
  it('adds and removes members, changing each contact etag, and lists unknown people', () => {
    const world = peopleWorld();
    const g = seedGroup(world, ANN, 'Label');
    const [a, b] = createMany(world, 2);
    const etagBefore = accountContacts(world, ANN).persons[a].etag;
    const body = ok(modify(world, g.resourceName as string, { resourceNamesToAdd: [a, b, 'people/c404'] }));
    expect(body).toEqual({ notFoundResourceNames: ['people/c404'] });
    expect(groupsOf(world, a)).toContain(g.resourceName);
    expect(accountContacts(world, ANN).persons[a].etag).not.toBe(etagBefore);
    expect(ok(modify(world, g.resourceName as string, { resourceNamesToRemove: [b] }))).toEqual({});
    expect(groupsOf(world, b)).toEqual(['contactGroups/myContacts']);
  });

  it('refuses to take a contact out of its last group', () => {
    const world = peopleWorld();
    const [a] = createMany(world, 1);
    const body = ok(modify(world, 'contactGroups/myContacts', { resourceNamesToRemove: [a] }));
    expect(body).toEqual({ canNotRemoveLastContactGroupResourceNames: [a] });
    expect(groupsOf(world, a)).toEqual(['contactGroups/myContacts']);
  });

  it('adds to myContacts and starred but not to deprecated system groups, from which it only removes', () => {
    const world = peopleWorld();
    const [a] = createMany(world, 1);
    ok(modify(world, 'contactGroups/starred', { resourceNamesToAdd: [a] }));
    expect(groupsOf(world, a)).toEqual(['contactGroups/myContacts', 'contactGroups/starred']);
    expect(modify(world, 'contactGroups/friends', { resourceNamesToAdd: [a] }).status).toBe(400);
    accountContacts(world, ANN).persons[a].groups.push('contactGroups/friends');
    ok(modify(world, 'contactGroups/friends', { resourceNamesToRemove: [a] }));
    expect(groupsOf(world, a)).not.toContain('contactGroups/friends');
  });

  it('allows at most 1000 names in total', () => {
    const world = peopleWorld();
    const fake = (n: number, p: string) => Array.from({ length: n }, (_, i) => `people/c${p}${i}`);
    const over = modify(world, 'contactGroups/myContacts', {
      resourceNamesToAdd: fake(600, '1'),
      resourceNamesToRemove: fake(401, '2'),
    });
    expect(over.status).toBe(400);
    const atMax = ok(
      modify(world, 'contactGroups/myContacts', {
        resourceNamesToAdd: fake(600, '1'),
        resourceNamesToRemove: fake(400, '2'),
      }),
    );
    expect((atMax.notFoundResourceNames as string[]).length).toBe(1000);
  });
});
