import { createWorld } from '../../../emulator';
import { installSchemaValidation } from '../../../emulator/core/schema';
import type { World } from '../../../emulator/core/world';
import { addUser, banUser, deleteUser, suspendUser } from '../../../emulator/directory/admin';
import { bodyOf, dirCall, errorOf } from './helpers';

const USER_RO = 'https://www.googleapis.com/auth/admin.directory.user.readonly';

function seeded(): World {
  const world = createWorld({ seed: 1, secondaryDomains: ['example.org'] });
  installSchemaValidation(world);
  addUser(world, { email: 'admin@example.com', isAdmin: true, givenName: 'Ada', familyName: 'Min' });
  addUser(world, {
    email: 'carol@example.com',
    givenName: 'Carol',
    familyName: 'Zed',
    aliases: ['cz@example.com'],
  });
  addUser(world, { email: 'bob@example.org', givenName: 'Bob', familyName: 'Young' });
  return world;
}

const emails = (res: { body: unknown }) =>
  ((bodyOf(res as never).users as Array<{ primaryEmail: string }> | undefined) ?? []).map(
    (u) => u.primaryEmail,
  );

describe('directory.users.get', () => {
  it('returns the User resource by primary email, alias or id', () => {
    const world = seeded();
    const carol = world.directory.users['carol@example.com'];
    for (const key of ['carol@example.com', 'CZ@example.com', carol.id]) {
      const res = dirCall(world, 'admin@example.com', 'directory.users.get', { userKey: key });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        kind: 'admin#directory#user',
        id: carol.id,
        primaryEmail: 'carol@example.com',
        name: { givenName: 'Carol', familyName: 'Zed', fullName: 'Carol Zed' },
        isAdmin: false,
        suspended: false,
        archived: false,
        aliases: ['cz@example.com'],
        customerId: world.directory.customerId,
        orgUnitPath: '/',
      });
      expect(bodyOf(res).etag).toMatch(/^".+"$/);
    }
  });

  it('answers 404 notFound "Resource Not Found: userKey" for unknown and deleted users', () => {
    const world = seeded();
    deleteUser(world, 'carol@example.com');
    for (const key of ['nobody@example.com', 'carol@example.com']) {
      const res = dirCall(world, 'admin@example.com', 'directory.users.get', { userKey: key });
      expect(res.status).toBe(404);
      expect(errorOf(res)).toMatchObject({
        message: 'Resource Not Found: userKey',
        errors: [{ reason: 'notFound' }],
      });
    }
  });

  it('answers 403 forbidden to a non-admin asking for the admin view', () => {
    const world = seeded();
    const res = dirCall(world, 'carol@example.com', 'directory.users.get', { userKey: 'bob@example.org' });
    expect(res.status).toBe(403);
    expect(errorOf(res)).toMatchObject({
      message: 'Not Authorized to access this resource/api',
      errors: [{ reason: 'forbidden' }],
    });
  });

  it('gives a non-admin the domain_public view without admin fields', () => {
    const world = seeded();
    const res = dirCall(world, 'carol@example.com', 'directory.users.get', {
      userKey: 'bob@example.org',
      viewType: 'domain_public',
    });
    expect(res.status).toBe(200);
    expect(bodyOf(res).primaryEmail).toBe('bob@example.org');
    expect(bodyOf(res)).not.toHaveProperty('isAdmin');
    expect(bodyOf(res)).not.toHaveProperty('suspended');
  });

  it('shows a suspended user with reason ADMIN and a banned one with reason ABUSE', () => {
    const world = seeded();
    suspendUser(world, 'carol@example.com');
    banUser(world, 'bob@example.org');
    const carol = dirCall(world, 'admin@example.com', 'directory.users.get', {
      userKey: 'carol@example.com',
    });
    const bob = dirCall(world, 'admin@example.com', 'directory.users.get', { userKey: 'bob@example.org' });
    expect(bodyOf(carol)).toMatchObject({ suspended: true, suspensionReason: 'ADMIN' });
    expect(bodyOf(bob)).toMatchObject({ suspended: true, suspensionReason: 'ABUSE' });
  });

  it('answers 403 insufficient scopes to a REST token without a user scope', () => {
    const world = seeded();
    const res = dirCall(world, 'admin@example.com', 'directory.users.get', { userKey: 'carol@example.com' }, [
      'https://www.googleapis.com/auth/contacts',
    ]);
    expect(res.status).toBe(403);
    expect(errorOf(res)).toMatchObject({
      status: 'PERMISSION_DENIED',
      message: 'Request had insufficient authentication scopes.',
    });
    const ok = dirCall(world, 'admin@example.com', 'directory.users.get', { userKey: 'carol@example.com' }, [
      USER_RO,
    ]);
    expect(ok.status).toBe(200);
  });
});

describe('directory.users.list', () => {
  it('answers 400 when neither customer nor domain is given', () => {
    const world = seeded();
    const res = dirCall(world, 'admin@example.com', 'directory.users.list', {});
    expect(res.status).toBe(400);
  });

  it('lists every domain for my_customer and one domain for domain=', () => {
    const world = seeded();
    const all = dirCall(world, 'admin@example.com', 'directory.users.list', { customer: 'my_customer' });
    expect(emails(all)).toEqual(['admin@example.com', 'bob@example.org', 'carol@example.com']);
    const byId = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: world.directory.customerId,
    });
    expect(emails(byId)).toHaveLength(3);
    const org = dirCall(world, 'admin@example.com', 'directory.users.list', { domain: 'example.org' });
    expect(emails(org)).toEqual(['bob@example.org']);
  });

  it('pages with maxResults and nextPageToken until the last page', () => {
    const world = seeded();
    for (let i = 0; i < 7; i++) addUser(world, { email: `u${i}@example.com` });
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = dirCall(world, 'admin@example.com', 'directory.users.list', {
        customer: 'my_customer',
        maxResults: 4,
        pageToken,
      });
      seen.push(...emails(res));
      pageToken = bodyOf(res).nextPageToken as string | undefined;
      pages++;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(10);
  });

  it('refuses maxResults outside 1..500 and a page token of another query', () => {
    const world = seeded();
    expect(
      dirCall(world, 'admin@example.com', 'directory.users.list', {
        customer: 'my_customer',
        maxResults: 501,
      }).status,
    ).toBe(400);
    expect(
      dirCall(world, 'admin@example.com', 'directory.users.list', { customer: 'my_customer', maxResults: 0 })
        .status,
    ).toBe(400);
    const first = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      maxResults: 1,
    });
    const token = bodyOf(first).nextPageToken;
    const other = dirCall(world, 'admin@example.com', 'directory.users.list', {
      domain: 'example.org',
      pageToken: token,
    });
    expect(other.status).toBe(400);
  });

  it('clamps maxResults above the limit when configured to', () => {
    const world = seeded();
    world.config.directoryMaxResultsOverLimit = 'clamp';
    expect(
      dirCall(world, 'admin@example.com', 'directory.users.list', {
        customer: 'my_customer',
        maxResults: 9999,
      }).status,
    ).toBe(200);
  });

  it('filters by email: and isSuspended= queries', () => {
    const world = seeded();
    suspendUser(world, 'carol@example.com');
    const byEmail = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      query: 'email:bob@example.org',
    });
    expect(emails(byEmail)).toEqual(['bob@example.org']);
    const prefix = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      query: 'email:ca*',
    });
    expect(emails(prefix)).toEqual(['carol@example.com']);
    const suspended = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      query: 'isSuspended=true',
    });
    expect(emails(suspended)).toEqual(['carol@example.com']);
    const active = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      query: 'isSuspended=false',
    });
    expect(emails(active)).toEqual(['admin@example.com', 'bob@example.org']);
    expect(
      dirCall(world, 'admin@example.com', 'directory.users.list', {
        customer: 'my_customer',
        query: 'shoeSize:9',
      }).status,
    ).toBe(400);
  });

  it('orders by givenName or familyName, descending when asked', () => {
    const world = seeded();
    const given = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      orderBy: 'givenName',
    });
    expect(emails(given)).toEqual(['admin@example.com', 'bob@example.org', 'carol@example.com']);
    const family = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      orderBy: 'familyName',
      sortOrder: 'DESCENDING',
    });
    expect(emails(family)).toEqual(['carol@example.com', 'bob@example.org', 'admin@example.com']);
  });

  it('lists only deleted users when showDeleted is true', () => {
    const world = seeded();
    deleteUser(world, 'carol@example.com');
    const live = dirCall(world, 'admin@example.com', 'directory.users.list', { customer: 'my_customer' });
    expect(emails(live)).toEqual(['admin@example.com', 'bob@example.org']);
    const gone = dirCall(world, 'admin@example.com', 'directory.users.list', {
      customer: 'my_customer',
      showDeleted: 'true',
    });
    expect(emails(gone)).toEqual(['carol@example.com']);
    expect((bodyOf(gone).users as Array<Record<string, unknown>>)[0].deletionTime).toBeDefined();
  });

  it('lets a non-admin list the domain_public view only', () => {
    const world = seeded();
    expect(
      dirCall(world, 'carol@example.com', 'directory.users.list', { customer: 'my_customer' }).status,
    ).toBe(403);
    const pub = dirCall(world, 'carol@example.com', 'directory.users.list', {
      customer: 'my_customer',
      viewType: 'domain_public',
    });
    expect(pub.status).toBe(200);
    expect(emails(pub)).toHaveLength(3);
    expect(
      dirCall(world, 'pat@gmail.com', 'directory.users.list', {
        customer: 'my_customer',
        viewType: 'domain_public',
      }).status,
    ).toBe(403);
  });

  it('works through the AdminDirectory advanced service shape and counts the call', () => {
    const world = seeded();
    const before = world.calls.length;
    dirCall(world, 'admin@example.com', 'directory.users.list', {
      domain: 'example.com',
      orderBy: 'givenName',
      maxResults: 100,
    });
    expect(world.callCounts(before).directory.byMethod['directory.users.list']).toBe(1);
  });
});
