import {
  deleteGroup,
  editContact,
  findGroupByName,
  getPerson,
  listGroups,
  listPersons,
  removeContact,
  renameGroup,
  seedContact,
  seedGroup,
  setGroupMembership,
} from '../../../emulator/people/contacts-ui';
import { accountContacts } from '../../../emulator/people/store';
import { ANN, peopleWorld, type J } from './helpers';

describe('people contacts-ui helpers', () => {
  it('seed contacts and groups without an API call, into My Contacts and the named groups', () => {
    const world = peopleWorld();
    const label = seedGroup(world, ANN, 'Friends of Ann', [{ key: 'sl', value: 'L1' }]);
    const p = seedContact(
      world,
      ANN,
      { names: [{ givenName: 'Seeded' }] },
      { groups: [label.resourceName as string] },
    );
    expect(world.calls).toHaveLength(0);
    expect(accountContacts(world, ANN).persons[p.resourceName as string].groups).toEqual([
      'contactGroups/myContacts',
      label.resourceName,
    ]);
    expect(findGroupByName(world, ANN, 'Friends of Ann')).toMatchObject({
      memberCount: 1,
      memberResourceNames: [p.resourceName],
      clientData: [{ key: 'sl', value: 'L1' }],
    });
    expect(findGroupByName(world, ANN, 'myContacts')).toMatchObject({
      groupType: 'SYSTEM_CONTACT_GROUP',
      memberCount: 1,
    });
    expect(findGroupByName(world, ANN, 'Nope')).toBeUndefined();
    expect(() => seedGroup(world, ANN, 'friends of ann')).toThrow(/already exists/);
  });

  it('seed a contact outside My Contacts on request, and respect the contact limit', () => {
    const world = peopleWorld();
    world.directory.users[ANN].contactLimit = 1;
    const p = seedContact(world, ANN, { names: [{ givenName: 'Loose' }] }, { myContacts: false });
    expect(accountContacts(world, ANN).persons[p.resourceName as string].groups).toEqual([]);
    expect(() => seedContact(world, ANN, {})).toThrow('Contact limit exceeded.');
  });

  it('edit, regroup and remove contacts as the user would, each change a new etag and sequence', () => {
    const world = peopleWorld();
    const label = seedGroup(world, ANN, 'L');
    const p = seedContact(world, ANN, { names: [{ givenName: 'Old' }], urls: [{ value: 'https://a' }] });
    const rn = p.resourceName as string;
    const seq0 = accountContacts(world, ANN).seq;
    const edited = editContact(world, ANN, rn, { names: [{ givenName: 'New' }] });
    expect(edited.etag).not.toBe(p.etag);
    expect(accountContacts(world, ANN).persons[rn].fields).toEqual({
      names: [{ givenName: 'New' }],
      urls: [{ value: 'https://a' }],
    });
    setGroupMembership(world, ANN, rn, label.resourceName as string, true);
    expect(((getPerson(world, ANN, rn) as J).memberships as J[]).length).toBe(2);
    setGroupMembership(world, ANN, rn, label.resourceName as string, false);
    expect(accountContacts(world, ANN).seq).toBe(seq0 + 3);
    removeContact(world, ANN, rn);
    expect(getPerson(world, ANN, rn)).toBeUndefined();
    expect(listPersons(world, ANN)).toEqual([]);
  });

  it('rename and delete labels, listing every live group', () => {
    const world = peopleWorld();
    const g = seedGroup(world, ANN, 'Before');
    expect(renameGroup(world, ANN, g.resourceName as string, 'After')).toMatchObject({ name: 'After' });
    expect(listGroups(world, ANN).map((x) => x.name)).toContain('After');
    deleteGroup(world, ANN, g.resourceName as string);
    expect(listGroups(world, ANN).map((x) => x.name)).not.toContain('After');
    expect(() => deleteGroup(world, ANN, 'contactGroups/myContacts')).toThrow();
  });
});
