import { createWorld } from '../../../emulator';
import { seedContact, editContact, removeContact } from '../../../emulator/people/contacts-ui';
import { ANN, BOB, arr, createMany, errorOf, names, ok, peopleWorld, rest, type J } from './helpers';

const LIST = 'people.people.connections.list';
const list = (world: ReturnType<typeof peopleWorld>, params: J, caller = ANN) =>
  rest(world, LIST, { resourceName: 'people/me', ...params }, undefined, caller);

/** Follows nextPageToken to the end; returns every person and the last page's body. */
function listAll(world: ReturnType<typeof peopleWorld>, params: J): { people: J[]; last: J; pages: number } {
  let body = ok(list(world, params));
  const people = [...arr(body, 'connections')];
  let pages = 1;
  while (body.nextPageToken) {
    body = ok(list(world, { ...params, pageToken: body.nextPageToken }));
    people.push(...arr(body, 'connections'));
    pages++;
  }
  return { people, last: body, pages };
}

describe('people.connections.list', () => {
  it('pages 250 contacts 100 at a time by default, with totals and no token on the last page', () => {
    const world = peopleWorld();
    const created = createMany(world, 250);
    const first = ok(list(world, { personFields: 'names' }));
    expect(arr(first, 'connections')).toHaveLength(100);
    expect(first).toMatchObject({ totalItems: 250, totalPeople: 250 });
    const { people, last, pages } = listAll(world, { personFields: 'names' });
    expect(pages).toBe(3);
    expect(people.map((p) => p.resourceName)).toEqual(created);
    expect(last.nextPageToken).toBeUndefined();
    expect(last.nextSyncToken).toBeUndefined();
  });

  it('honours pageSize 1..1000 and refuses 1001 and negative sizes', () => {
    const world = peopleWorld();
    createMany(world, 3);
    expect(arr(ok(list(world, { personFields: 'names', pageSize: '2' })), 'connections')).toHaveLength(2);
    expect(arr(ok(list(world, { personFields: 'names', pageSize: 0 })), 'connections')).toHaveLength(3);
    for (const bad of [1001, -1]) {
      const res = list(world, { personFields: 'names', pageSize: bad });
      expect(res.status).toBe(400);
      expect(errorOf(res).status).toBe('INVALID_ARGUMENT');
    }
  });

  it('accepts only people/me and requires personFields', () => {
    const world = peopleWorld();
    const other = rest(world, LIST, { resourceName: 'people/c123', personFields: 'names' });
    expect(other.status).toBe(400);
    expect(errorOf(other).message).toContain('Must be a valid person resource name: people/me');
    const noMask = list(world, {});
    expect(noMask.status).toBe(400);
    expect(errorOf(noMask).message).toMatch(/personFields mask is required/);
    const badMask = list(world, { personFields: 'names,shoeSize' });
    expect(badMask.status).toBe(400);
    expect(errorOf(badMask).message).toContain('"shoeSize"');
  });

  it('returns only the masked fields, plus resourceName and etag, and metadata only when asked', () => {
    const world = peopleWorld();
    seedContact(world, ANN, {
      names: [{ givenName: 'Zoe', familyName: 'Ng' }],
      emailAddresses: [{ value: 'zoe@x.org', type: 'work' }],
      clientData: [{ key: 'sl', value: 'm1' }],
    });
    const [only] = arr(ok(list(world, { personFields: 'emailAddresses' })), 'connections');
    expect(Object.keys(only).sort()).toEqual(['emailAddresses', 'etag', 'resourceName']);
    expect(only.emailAddresses).toEqual([
      {
        metadata: { primary: true, sourcePrimary: true, source: { type: 'CONTACT', id: expect.any(String) } },
        value: 'zoe@x.org',
        type: 'work',
        formattedType: 'Work',
      },
    ]);
    const [withMeta] = arr(
      ok(list(world, { personFields: 'metadata,clientData,memberships' })),
      'connections',
    );
    expect(withMeta.metadata).toEqual({
      sources: [
        {
          type: 'CONTACT',
          id: expect.any(String),
          etag: expect.stringMatching(/^#/),
          updateTime: expect.any(String),
        },
      ],
      objectType: 'PERSON',
    });
    expect((withMeta.clientData as J[])[0]).toMatchObject({ key: 'sl', value: 'm1' });
    expect(withMeta.memberships).toEqual([
      {
        metadata: { source: { type: 'CONTACT', id: expect.any(String) } },
        contactGroupMembership: {
          contactGroupId: 'myContacts',
          contactGroupResourceName: 'contactGroups/myContacts',
        },
      },
    ]);
  });

  it('sorts by last modified ascending by default, and by first or last name on request', () => {
    const world = peopleWorld();
    const c = seedContact(world, ANN, { names: [{ givenName: 'Cara', familyName: 'Adams' }] });
    seedContact(world, ANN, { names: [{ givenName: 'Abe', familyName: 'Cole' }] });
    seedContact(world, ANN, { names: [{ givenName: 'Bea', familyName: 'Bell' }] });
    editContact(world, ANN, c.resourceName as string, { biographies: [{ value: 'edited last' }] });
    const by = (sortOrder?: string) =>
      names(arr(ok(list(world, { personFields: 'names', sortOrder })), 'connections'));
    expect(by()).toEqual(['Abe', 'Bea', 'Cara']);
    expect(by('LAST_MODIFIED_DESCENDING')).toEqual(['Cara', 'Bea', 'Abe']);
    expect(by('FIRST_NAME_ASCENDING')).toEqual(['Abe', 'Bea', 'Cara']);
    expect(by('LAST_NAME_ASCENDING')).toEqual(['Cara', 'Bea', 'Abe']);
    expect(list(world, { personFields: 'names', sortOrder: 'BY_MOOD' }).status).toBe(400);
  });

  it('omits connections and totals for an empty account', () => {
    const world = peopleWorld();
    expect(ok(list(world, { personFields: 'names' }))).toEqual({});
  });

  it('refuses a page token when the other parameters differ from the first call', () => {
    const world = peopleWorld();
    createMany(world, 5);
    const first = ok(list(world, { personFields: 'names', pageSize: 2 }));
    const mismatched = list(world, {
      personFields: 'names,emailAddresses',
      pageSize: 2,
      pageToken: first.nextPageToken,
    });
    expect(mismatched.status).toBe(400);
    expect(errorOf(mismatched).message).toMatch(/must match the first call/);
    expect(list(world, { personFields: 'names', pageSize: 2, pageToken: 'garbage' }).status).toBe(400);
  });

  it('neither skips nor loses a contact edited while the listing pages', () => {
    const world = peopleWorld();
    const created = createMany(world, 6);
    const first = ok(list(world, { personFields: 'names', pageSize: 3 }));
    editContact(world, ANN, created[4], { nicknames: [{ value: 'moved' }] });
    const rest1 = ok(list(world, { personFields: 'names', pageSize: 3, pageToken: first.nextPageToken }));
    const seen = [...arr(first, 'connections'), ...arr(rest1, 'connections')].map((p) => p.resourceName);
    let body = rest1;
    while (body.nextPageToken) {
      body = ok(list(world, { personFields: 'names', pageSize: 3, pageToken: body.nextPageToken }));
      seen.push(...arr(body, 'connections').map((p) => p.resourceName));
    }
    expect(new Set(seen)).toEqual(new Set(created));
  });

  it('keeps accounts apart', () => {
    const world = peopleWorld();
    createMany(world, 2, ANN);
    createMany(world, 1, BOB);
    expect(ok(list(world, { personFields: 'names' }, BOB)).totalItems).toBe(1);
  });
});

describe('people.connections.list sync tokens', () => {
  const full = (world: ReturnType<typeof peopleWorld>, extra: J = {}) =>
    listAll(world, { personFields: 'names,metadata', requestSyncToken: true, ...extra });

  it('gives nextSyncToken on the last page only, then only what changed, deletions as tombstones', () => {
    const world = peopleWorld();
    const [a, b] = createMany(world, 3);
    const first = ok(list(world, { personFields: 'names,metadata', requestSyncToken: 'true', pageSize: 2 }));
    expect(first.nextSyncToken).toBeUndefined();
    const { last } = full(world, { pageSize: 2 });
    const token = last.nextSyncToken as string;
    expect(typeof token).toBe('string');

    const nothing = ok(
      list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token }),
    );
    expect(nothing.connections).toBeUndefined();
    expect(typeof nothing.nextSyncToken).toBe('string');

    editContact(world, ANN, a, { names: [{ givenName: 'Renamed' }] });
    removeContact(world, ANN, b);
    const added = seedContact(world, ANN, { names: [{ givenName: 'New' }] });
    const changes = ok(
      list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token }),
    );
    const people = arr(changes, 'connections');
    expect(people.map((p) => p.resourceName)).toEqual([a, b, added.resourceName]);
    expect(people[1]).toEqual({ resourceName: b, etag: expect.any(String), metadata: { deleted: true } });
    expect(names([people[0]])).toEqual(['Renamed']);
    expect(changes.totalItems).toBe(3);

    const after = ok(
      list(world, {
        personFields: 'names,metadata',
        requestSyncToken: true,
        syncToken: changes.nextSyncToken,
      }),
    );
    expect(after.connections).toBeUndefined();
  });

  it('reports in the next sync a change made while a full sync was paging', () => {
    const world = peopleWorld();
    const created = createMany(world, 4);
    const first = ok(list(world, { personFields: 'names', requestSyncToken: true, pageSize: 2 }));
    editContact(world, ANN, created[0], { nicknames: [{ value: 'during' }] });
    let body = first;
    while (body.nextPageToken)
      body = ok(
        list(world, {
          personFields: 'names',
          requestSyncToken: true,
          pageSize: 2,
          pageToken: body.nextPageToken,
        }),
      );
    const next = ok(
      list(world, { personFields: 'names', requestSyncToken: true, syncToken: body.nextSyncToken }),
    );
    expect(arr(next, 'connections').map((p) => p.resourceName)).toContain(created[0]);
  });

  it('expires a token syncTokenTtlMs after issue with EXPIRED_SYNC_TOKEN, 400 FAILED_PRECONDITION by default', () => {
    const world = peopleWorld();
    createMany(world, 1);
    const token = full(world).last.nextSyncToken;
    world.clock.advance(world.config.syncTokenTtlMs - 60_000);
    expect(
      list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token }).status,
    ).toBe(200);
    world.clock.advance(120_000);
    const res = list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({
      status: 'FAILED_PRECONDITION',
      message: 'Sync token is expired. Clear local cache and retry call without the sync token.',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'EXPIRED_SYNC_TOKEN',
          domain: 'people.googleapis.com',
        },
      ],
    });
  });

  it('answers an expired token with 410 when expiredSyncTokenStatus is 410', () => {
    const world = peopleWorld({ expiredSyncTokenStatus: 410 });
    const token = full(world).last.nextSyncToken;
    world.clock.advance(world.config.syncTokenTtlMs + 1);
    const res = list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token });
    expect(res.status).toBe(410);
    expect(errorOf(res).details?.[0]).toMatchObject({ reason: 'EXPIRED_SYNC_TOKEN' });
  });

  it('counts the TTL from the full sync when syncTokenExpiryBasis is fullSync', () => {
    const world = peopleWorld({ syncTokenExpiryBasis: 'fullSync' });
    let token = full(world).last.nextSyncToken;
    for (let day = 0; day < 6; day++) {
      world.clock.advance(24 * 3600 * 1000);
      token = ok(
        list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token }),
      ).nextSyncToken;
    }
    world.clock.advance(2 * 24 * 3600 * 1000);
    expect(
      list(world, { personFields: 'names,metadata', requestSyncToken: true, syncToken: token }).status,
    ).toBe(400);
  });

  it('refuses a sync token with other personFields, or from another account', () => {
    const world = peopleWorld();
    const token = full(world).last.nextSyncToken;
    const other = list(world, { personFields: 'names', requestSyncToken: true, syncToken: token });
    expect(other.status).toBe(400);
    expect(errorOf(other).message).toMatch(/must match the first call/);
    expect(list(world, { personFields: 'names,metadata', syncToken: token }, BOB).status).toBe(400);
  });

  it('holds a write out of incremental sync for syncPropagationDelayMs, then reports it', () => {
    const world = peopleWorld({ syncPropagationDelayMs: 120_000 });
    const params = { personFields: 'names,metadata', requestSyncToken: true };
    const token = full(world).last.nextSyncToken;
    const late = seedContact(world, ANN, { names: [{ givenName: 'Late' }] });
    const early = ok(list(world, { ...params, syncToken: token }));
    expect(early.connections).toBeUndefined();
    expect(arr(ok(list(world, { personFields: 'names' })), 'connections')).toHaveLength(1);
    world.clock.advance(120_000);
    const later = ok(list(world, { ...params, syncToken: early.nextSyncToken }));
    expect(arr(later, 'connections').map((p) => p.resourceName)).toEqual([late.resourceName]);
  });

  it('applies the optional full-sync first-page quota with a 429', () => {
    const world = peopleWorld({ fullSyncFirstPagesPerMinute: 2 });
    expect(list(world, { personFields: 'names' }).status).toBe(200);
    expect(list(world, { personFields: 'names' }).status).toBe(200);
    const third = list(world, { personFields: 'names' });
    expect(third.status).toBe(429);
    expect(errorOf(third).status).toBe('RESOURCE_EXHAUSTED');
    world.clock.advance(60_000);
    expect(list(world, { personFields: 'names' }).status).toBe(200);
  });

  it('is deterministic for a seed', () => {
    const a = createWorld({ seed: 3 });
    const b = createWorld({ seed: 3 });
    for (const w of [a, b]) {
      w.externals['x@y.org'] = { email: 'x@y.org', contactLimit: 10, banned: false, deleted: false };
      seedContact(w, 'x@y.org', { names: [{ givenName: 'Same' }] });
    }
    expect(a.people).toEqual(b.people);
  });
});
