import { createWorld } from '../../../emulator';
import {
  addExternal,
  addGroup,
  addMember,
  addUser,
  banUser,
  deleteUser,
  removeMember,
  restoreDelegation,
  revokeDelegation,
  suspendUser,
  unsuspendUser,
} from '../../../emulator/directory/admin';

describe('directory admin console', () => {
  it('adds a domain user with defaults derived from the address', () => {
    const world = createWorld({ seed: 1 });
    const u = addUser(world, {
      email: 'Alice.Smith@example.com',
      title: 'Engineer',
      phones: [{ value: '+1 555 0100' }],
    });
    expect(world.directory.users['alice.smith@example.com']).toBe(u);
    expect(u).toMatchObject({
      givenName: 'Alice',
      familyName: 'Smith',
      isAdmin: false,
      dwdAuthorized: true,
      contactLimit: 25000,
      organizations: [{ title: 'Engineer', primary: true }],
      phones: [{ value: '+1 555 0100', type: 'work' }],
    });
    expect(u.id).toMatch(/^\d{21}$/);
  });

  it('gives the same ids for the same seed', () => {
    const a = createWorld({ seed: 7 });
    const b = createWorld({ seed: 7 });
    expect(addUser(a, { email: 'x@example.com' }).id).toBe(addUser(b, { email: 'x@example.com' }).id);
  });

  it('accepts secondary-domain users and refuses outside or duplicate addresses', () => {
    const world = createWorld({ seed: 1, secondaryDomains: ['example.org'] });
    addUser(world, { email: 'bob@example.org', aliases: ['robert@example.com'] });
    expect(() => addUser(world, { email: 'eve@gmail.com' })).toThrow(/not in the domain/);
    expect(() => addUser(world, { email: 'robert@example.com' })).toThrow(/already exists/);
    expect(() => addExternal(world, { email: 'bob@example.org' })).toThrow();
    expect(addExternal(world, { email: 'Pat@Gmail.com', contactLimit: 10 })).toMatchObject({
      email: 'pat@gmail.com',
      contactLimit: 10,
    });
    expect(world.contactLimit('pat@gmail.com')).toBe(10);
  });

  it('types group members as USER, GROUP or CUSTOMER and updates membership', () => {
    const world = createWorld({ seed: 1 });
    addUser(world, { email: 'a@example.com' });
    addGroup(world, { email: 'inner@example.com', members: ['a@example.com'] });
    const g = addGroup(world, {
      email: 'outer@example.com',
      members: ['inner@example.com', 'customer', 'x@gmail.com'],
    });
    expect(g.members.map((m) => m.type)).toEqual(['GROUP', 'CUSTOMER', 'USER']);
    addMember(world, 'outer@example.com', 'a@example.com', 'OWNER');
    removeMember(world, 'outer@example.com', 'customer');
    expect(world.directory.groups['outer@example.com'].members).toEqual([
      { type: 'GROUP', email: 'inner@example.com', role: 'MEMBER' },
      { type: 'USER', email: 'x@gmail.com', role: 'MEMBER' },
      { type: 'USER', email: 'a@example.com', role: 'OWNER' },
    ]);
  });

  it('moves accounts through suspended, banned, deleted and delegation states', () => {
    const world = createWorld({ seed: 1 });
    addUser(world, { email: 'a@example.com' });
    addUser(world, { email: 'b@example.com' });
    addExternal(world, { email: 'x@gmail.com' });
    suspendUser(world, 'a@example.com');
    expect(world.accountState('a@example.com')).toBe('suspended');
    unsuspendUser(world, 'a@example.com');
    expect(world.accountState('a@example.com')).toBe('active');
    banUser(world, 'x@gmail.com');
    expect(world.accountState('x@gmail.com')).toBe('banned');
    deleteUser(world, 'b@example.com');
    expect(world.accountState('b@example.com')).toBe('deleted');
    revokeDelegation(world, 'a@example.com');
    expect(world.directory.users['a@example.com'].dwdAuthorized).toBe(false);
    restoreDelegation(world, 'a@example.com');
    expect(world.directory.users['a@example.com'].dwdAuthorized).toBe(true);
    expect(() => suspendUser(world, 'nobody@example.com')).toThrow(/no such domain user/);
  });
});
