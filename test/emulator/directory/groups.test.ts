import { createWorld } from '../../../emulator';
import { installSchemaValidation } from '../../../emulator/core/schema';
import type { World } from '../../../emulator/core/world';
import { addGroup, addMember, addUser, deleteUser, suspendUser } from '../../../emulator/directory/admin';
import { bodyOf, dirCall, errorOf } from './helpers';

interface Member {
  id: string;
  email?: string;
  role: string;
  type: string;
  status?: string;
}

function seeded(): World {
  const world = createWorld({ seed: 1 });
  installSchemaValidation(world);
  addUser(world, { email: 'admin@example.com', isAdmin: true });
  for (const n of ['a', 'b', 'c', 'd']) addUser(world, { email: `${n}@example.com` });
  addGroup(world, { email: 'leaf@example.com', members: ['c@example.com', 'd@example.com'] });
  addGroup(world, { email: 'mid@example.com', members: ['b@example.com', 'leaf@example.com'] });
  addGroup(world, {
    email: 'top@example.com',
    name: 'Top',
    members: ['a@example.com', 'mid@example.com', 'customer', 'x@gmail.com'],
  });
  addMember(world, 'top@example.com', 'a@example.com', 'OWNER');
  return world;
}

const members = (res: { body: unknown }) => (res.body as { members?: Member[] }).members ?? [];

describe('directory.groups.get', () => {
  it('returns the group by email or id, and 404 "Resource Not Found: groupKey" otherwise', () => {
    const world = seeded();
    const g = world.directory.groups['top@example.com'];
    for (const key of ['top@example.com', g.id]) {
      const res = dirCall(world, 'admin@example.com', 'directory.groups.get', { groupKey: key });
      expect(res.body).toMatchObject({
        kind: 'admin#directory#group',
        id: g.id,
        email: 'top@example.com',
        name: 'Top',
        directMembersCount: '4',
      });
    }
    const missing = dirCall(world, 'admin@example.com', 'directory.groups.get', {
      groupKey: 'nope@example.com',
    });
    expect(missing.status).toBe(404);
    expect(errorOf(missing).message).toBe('Resource Not Found: groupKey');
  });

  it('answers 403 to a non-admin', () => {
    const world = seeded();
    expect(
      dirCall(world, 'a@example.com', 'directory.groups.get', { groupKey: 'top@example.com' }).status,
    ).toBe(403);
  });
});

describe('directory.members.list', () => {
  it('lists direct members with USER, GROUP and CUSTOMER types', () => {
    const world = seeded();
    const res = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
    });
    expect(res.status).toBe(200);
    const list = members(res);
    expect(list.map((m) => [m.type, m.email, m.role])).toEqual([
      ['USER', 'a@example.com', 'OWNER'],
      ['GROUP', 'mid@example.com', 'MEMBER'],
      ['CUSTOMER', undefined, 'MEMBER'],
      ['USER', 'x@gmail.com', 'MEMBER'],
    ]);
    const customer = list[2];
    expect(customer.id).toBe(world.directory.customerId);
    expect(customer).not.toHaveProperty('email');
    expect(list[0].id).toBe(world.directory.users['a@example.com'].id);
    expect(list[1].id).toBe(world.directory.groups['mid@example.com'].id);
  });

  it('expands nested groups into their users with includeDerivedMembership', () => {
    const world = seeded();
    const res = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
      includeDerivedMembership: true,
    });
    const users = members(res)
      .filter((m) => m.type === 'USER')
      .map((m) => m.email);
    expect(users.sort()).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'd@example.com',
      'x@gmail.com',
    ]);
    expect(
      members(res)
        .filter((m) => m.type === 'GROUP')
        .map((m) => m.email)
        .sort(),
    ).toEqual(['leaf@example.com', 'mid@example.com']);
  });

  it('drops the nested groups own entries when derivedMembershipListsGroups is off', () => {
    const world = seeded();
    world.config.derivedMembershipListsGroups = false;
    const res = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
      includeDerivedMembership: 'true',
    });
    expect(members(res).some((m) => m.type === 'GROUP')).toBe(false);
    expect(members(res)).toHaveLength(6);
  });

  it('survives membership cycles', () => {
    const world = seeded();
    addMember(world, 'leaf@example.com', 'top@example.com');
    const res = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
      includeDerivedMembership: true,
    });
    expect(res.status).toBe(200);
    expect(new Set(members(res).map((m) => `${m.type}${m.email}`)).size).toBe(members(res).length);
  });

  it('filters by roles and pages by maxResults', () => {
    const world = seeded();
    const owners = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
      roles: 'OWNER',
    });
    expect(members(owners).map((m) => m.email)).toEqual(['a@example.com']);
    const p1 = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
      maxResults: 3,
    });
    expect(members(p1)).toHaveLength(3);
    const p2 = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'top@example.com',
      maxResults: 3,
      pageToken: bodyOf(p1).nextPageToken,
    });
    expect(members(p2).map((m) => m.email)).toEqual(['x@gmail.com']);
    expect(bodyOf(p2).nextPageToken).toBeUndefined();
  });

  it('refuses maxResults above 200', () => {
    const world = seeded();
    expect(
      dirCall(world, 'admin@example.com', 'directory.members.list', {
        groupKey: 'top@example.com',
        maxResults: 201,
      }).status,
    ).toBe(400);
  });

  it('marks suspended members SUSPENDED and leaves deleted users out', () => {
    const world = seeded();
    suspendUser(world, 'b@example.com');
    deleteUser(world, 'c@example.com');
    const mid = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'mid@example.com',
    });
    expect(members(mid).find((m) => m.email === 'b@example.com')?.status).toBe('SUSPENDED');
    const leaf = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'leaf@example.com',
    });
    expect(members(leaf).map((m) => m.email)).toEqual(['d@example.com']);
  });

  it('needs a group scope on REST (member.readonly is enough), and 404s an unknown group', () => {
    const world = seeded();
    const userScope = ['https://www.googleapis.com/auth/admin.directory.user.readonly'];
    expect(
      dirCall(
        world,
        'admin@example.com',
        'directory.members.list',
        { groupKey: 'top@example.com' },
        userScope,
      ).status,
    ).toBe(403);
    const memberScope = ['https://www.googleapis.com/auth/admin.directory.group.member.readonly'];
    expect(
      dirCall(
        world,
        'admin@example.com',
        'directory.members.list',
        { groupKey: 'top@example.com' },
        memberScope,
      ).status,
    ).toBe(200);
    const missing = dirCall(world, 'admin@example.com', 'directory.members.list', {
      groupKey: 'nope@example.com',
    });
    expect(errorOf(missing)).toMatchObject({ code: 404, message: 'Resource Not Found: groupKey' });
  });
});
