// AdminDirectoryAdvanced and DirectoryRest on the emulator: API calls per operation, and how failures read.
import { AppError } from '../../src/core/errors';
import { dwdFailureOf } from '../../src/core/ports/tokens';
import type { Directory } from '../../src/core/ports/infrastructure';
import { AdminDirectoryAdvanced } from '../../src/adapters/admin-directory-advanced';
import { DWD_KEY_PROPERTY } from '../../src/adapters/dwd-token-service';
import { DirectoryRest } from '../../src/adapters/directory-rest';
import type { World } from '../../emulator/core/world';
import { addGroup, addUser, CUSTOMER_MEMBER, setAdmin } from '../../emulator/directory/admin';
import { harnessRuntime, inExecution } from '../support/apps-script';
import {
  delegatedKey,
  fullWorld,
  MapConfig,
  perExecution,
  tokenCalls,
  tokenService,
} from './support/emulated';
import { thrown } from '../support/errors';

const ADMIN = 'admin@example.com';

function domain(users = 0, groupSize = 0): World {
  const world = fullWorld();
  addUser(world, { email: ADMIN, isAdmin: true });
  addUser(world, { email: 'alice@example.com' });
  const members: string[] = [];
  for (let i = 0; i < users; i++) {
    const email = `u${String(i).padStart(4, '0')}@example.com`;
    addUser(world, { email });
    if (i < groupSize) members.push(email);
  }
  addGroup(world, { email: 'inner@example.com', members: members.slice(0, 50) });
  addGroup(world, { email: 'big@example.com', members: ['inner@example.com', ...members.slice(50)] });
  addGroup(world, { email: 'all@example.com', members: [CUSTOMER_MEMBER] });
  return world;
}

function advanced(world: World, runAs = ADMIN): Directory {
  return perExecution(
    harnessRuntime(world),
    runAs,
    (g) => new AdminDirectoryAdvanced(g.AdminDirectory, { adminEmail: ADMIN }),
  );
}

function rest(world: World, config = keyed(world)): Directory {
  return perExecution(
    harnessRuntime(world),
    'alice@example.com',
    (g) => new DirectoryRest(g.UrlFetchApp, tokenService(g, world, config), { adminEmail: ADMIN }),
  );
}

function keyed(world: World): MapConfig {
  const config = new MapConfig();
  config.set(DWD_KEY_PROPERTY, JSON.stringify(delegatedKey(world)));
  return config;
}

const directoryCalls = (world: World, since: number) => world.callCounts(since).directory;

describe('Directory adapters: API calls per operation', () => {
  it.each([
    ['AdminDirectoryAdvanced', advanced, 0],
    ['DirectoryRest', (w: World) => rest(w), 1],
  ])('%s: user = 1 call, isGroup = 1, a malformed address = 0', (_name, make, tokenRequests) => {
    const world = domain();
    const d = make(world);
    d.user('alice@example.com');
    expect(directoryCalls(world, 0)).toEqual({ calls: 1, byMethod: { 'directory.users.get': 1 } });
    const since = world.calls.length;
    d.isGroup('big@example.com');
    d.user('not-an-address');
    d.isGroup('');
    expect(directoryCalls(world, since)).toEqual({ calls: 1, byMethod: { 'directory.groups.get': 1 } });
    expect(tokenCalls(world).requests).toBe(tokenRequests);
  });

  it.each([
    ['AdminDirectoryAdvanced', advanced],
    ['DirectoryRest', (w: World) => rest(w)],
  ])('%s: a group of 450 users (one nested group) = ceil(450/200) = 3 members.list calls', (_name, make) => {
    const world = domain(450, 450);
    const d = make(world);
    const since = world.calls.length;
    expect(d.groupMembers('big@example.com')).toHaveLength(450);
    // The nested group's own entry is listed too (451 entries): still 3 pages.
    expect(directoryCalls(world, since)).toEqual({ calls: 3, byMethod: { 'directory.members.list': 3 } });
  });

  it.each([
    ['AdminDirectoryAdvanced', advanced],
    ['DirectoryRest', (w: World) => rest(w)],
  ])(
    '%s: listUsers of 1,202 users = 3 users.list calls; "everyone" = 1 members.list + 3 users.list',
    (_name, make) => {
      const world = domain(1200);
      const d = make(world);
      let since = world.calls.length;
      expect(d.listUsers()).toHaveLength(1202);
      expect(directoryCalls(world, since)).toEqual({ calls: 3, byMethod: { 'directory.users.list': 3 } });
      since = world.calls.length;
      expect(d.groupMembers('all@example.com')).toHaveLength(1202);
      expect(directoryCalls(world, since)).toEqual({
        calls: 4,
        byMethod: { 'directory.members.list': 1, 'directory.users.list': 3 },
      });
    },
  );

  it('DirectoryRest mints one admin token for its first call and reuses it (cache) in later executions', () => {
    const world = domain(10, 10);
    const d = rest(world);
    d.user('alice@example.com');
    d.groupMembers('big@example.com');
    d.listUsers();
    expect(tokenCalls(world)).toEqual({ requests: 1, minted: 1 });
    expect(Object.values(world.oauth.tokens).map((t) => t.email)).toEqual([ADMIN]);
  });
});

describe('Directory adapters: failures', () => {
  it('AdminDirectoryAdvanced run by a non-admin: PERMISSION_DENIED (error.directory.notAdmin)', () => {
    const world = domain();
    const e = thrown(() => advanced(world, 'alice@example.com').user('alice@example.com'));
    expect(e.code).toBe('PERMISSION_DENIED');
    expect(e.key).toBe('error.directory.notAdmin');
  });

  it('DirectoryRest whose configured admin lost the role: PERMISSION_DENIED', () => {
    const world = domain();
    const d = rest(world);
    setAdmin(world, ADMIN, false);
    expect(thrown(() => d.isGroup('big@example.com')).key).toBe('error.directory.notAdmin');
  });

  it.each([
    ['AdminDirectoryAdvanced', advanced],
    ['DirectoryRest', (w: World) => rest(w)],
  ])('%s: 503 from the Directory is UNAVAILABLE', (_name, make) => {
    const world = domain();
    const d = make(world);
    d.user(ADMIN); // the token (REST) is cached before the outage
    world.setFaults({ directory: { error503: 1 } });
    const e = thrown(() => d.user('alice@example.com'));
    expect(e.code).toBe('UNAVAILABLE');
    expect(e.key).toBe('error.directory.unavailable');
  });

  it('DirectoryRest without a stored key: the DWD failure notConfigured, and no Directory call', () => {
    const world = domain();
    const e = thrown(() => rest(world, new MapConfig()).user('alice@example.com'));
    expect(dwdFailureOf(e)).toBe('notConfigured');
    expect(directoryCalls(world, 0).calls).toBe(0);
  });

  it('DirectoryRest retries once with a fresh token when Google answers 401 to a cached one', () => {
    const world = domain();
    const d = rest(world);
    d.user(ADMIN);
    // Google revoked the token early (e.g. the admin was suspended and restored): the cache still holds it.
    world.oauth.tokens = {};
    expect(d.user('alice@example.com')?.email).toBe('alice@example.com');
    expect(tokenCalls(world)).toEqual({ requests: 2, minted: 2 });
  });

  it('an execution the platform ends is not reported as a Directory failure', () => {
    const world = domain();
    let caught: unknown;
    try {
      inExecution(
        harnessRuntime(world),
        ADMIN,
        (g) => new AdminDirectoryAdvanced(g.AdminDirectory, { adminEmail: ADMIN }).user('alice@example.com'),
        {
          killAfterCalls: 0,
        },
      );
    } catch (e) {
      caught = e;
    }
    expect(caught).not.toBeInstanceOf(AppError);
  });
});
