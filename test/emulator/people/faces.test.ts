import { GoogleJsonResponseException } from '../../../emulator/appsscript/advanced-service';
import { matchRoute } from '../../../emulator/core/discovery';
import { addUser, archiveUser, banUser, deleteUser, suspendUser } from '../../../emulator/directory/admin';
import { seedContact } from '../../../emulator/people/contacts-ui';
import {
  ANN,
  BOB,
  CONTACTS,
  CONTACTS_RO,
  EXT,
  advanced,
  arr,
  errorOf,
  ok,
  peopleWorld,
  rest,
  type J,
} from './helpers';

function thrown(fn: () => unknown): GoogleJsonResponseException {
  try {
    fn();
  } catch (e) {
    if (e instanceof GoogleJsonResponseException) return e;
    throw e;
  }
  throw new Error('expected a GoogleJsonResponseException');
}

describe('People advanced service and REST faces', () => {
  it('return identical data, tokens included, for identical reads on same-seed worlds', () => {
    const [a, b] = [peopleWorld(), peopleWorld()];
    let rn = '';
    for (const w of [a, b]) {
      rn = seedContact(w, ANN, { names: [{ givenName: 'Same' }], emailAddresses: [{ value: 's@x.org' }] })
        .resourceName as string;
    }
    const People = advanced(a, ANN);
    const fields = 'names,emailAddresses,metadata';
    expect(
      People.People.Connections.list('people/me', {
        personFields: fields,
        pageSize: 10,
        requestSyncToken: true,
      }),
    ).toEqual(
      ok(
        rest(b, 'people.people.connections.list', {
          resourceName: 'people/me',
          personFields: fields,
          pageSize: '10',
          requestSyncToken: 'true',
        }),
      ),
    );
    expect(People.People.get(rn, { personFields: 'names' })).toEqual(
      ok(rest(b, 'people.people.get', { resourceName: rn, personFields: 'names' })),
    );
    expect(People.People.getBatchGet({ resourceNames: [rn], personFields: 'names' })).toEqual(
      ok(rest(b, 'people.people.getBatchGet', { resourceNames: rn, personFields: 'names' })),
    );
    expect(People.People.searchContacts({ query: 'sam', readMask: 'names' })).toEqual(
      ok(rest(b, 'people.people.searchContacts', { query: 'sam', readMask: 'names' })),
    );
    expect(People.ContactGroups.list({ pageSize: 5 })).toEqual(
      ok(rest(b, 'people.contactGroups.list', { pageSize: '5' })),
    );
    expect(People.ContactGroups.get('contactGroups/myContacts', { maxMembers: 5 })).toEqual(
      ok(rest(b, 'people.contactGroups.get', { resourceName: 'contactGroups/myContacts', maxMembers: '5' })),
    );
  });

  it('return identical data for identical writes on same-seed worlds', () => {
    const viaAdvanced = peopleWorld();
    const viaRest = peopleWorld();
    const person = { names: [{ givenName: 'Twin' }], clientData: [{ key: 'k', value: 'v' }] };
    const a = advanced(viaAdvanced, ANN).People.createContact(person, {
      personFields: 'names,clientData,metadata',
    });
    const b = ok(
      rest(viaRest, 'people.people.createContact', { personFields: 'names,clientData,metadata' }, person),
    );
    expect(a).toEqual(b);
    const group = { contactGroup: { name: 'Twins' } };
    expect(advanced(viaAdvanced, ANN).ContactGroups.create(group)).toEqual(
      ok(rest(viaRest, 'people.contactGroups.create', {}, group)),
    );
    const batch = { contacts: [{ contactPerson: { names: [{ givenName: 'B' }] } }], readMask: 'names' };
    expect(advanced(viaAdvanced, ANN).People.batchCreateContacts(batch)).toEqual(
      ok(rest(viaRest, 'people.people.batchCreateContacts', {}, batch)),
    );
    expect(viaAdvanced.people).toEqual(viaRest.people);
  });

  it('throw "API call to people.people.X failed with error: …" from the advanced service, with Google\'s error object', () => {
    const world = peopleWorld();
    const e = thrown(() => advanced(world, ANN).People.get('people/c42', { personFields: 'names' }));
    expect(e.message).toBe(
      'API call to people.people.get failed with error: Requested entity was not found.',
    );
    expect(e.details).toMatchObject({
      code: 404,
      status: 'NOT_FOUND',
      errors: [{ reason: 'notFound', domain: 'global' }],
    });
    const rest404 = rest(world, 'people.people.get', { resourceName: 'people/c42', personFields: 'names' });
    expect(rest404.body).toEqual({
      error: {
        code: 404,
        message: 'Requested entity was not found.',
        status: 'NOT_FOUND',
        errors: [{ message: 'Requested entity was not found.', domain: 'global', reason: 'notFound' }],
      },
    });
    const upd = thrown(() =>
      advanced(world, ANN).People.updateContact({ names: [] }, 'people/c42', { updatePersonFields: 'names' }),
    );
    expect(upd.message).toMatch(/^API call to people\.people\.updateContact failed with error: /);
  });

  it('serve REST URLs as Google spells them, routed by the discovery document', () => {
    const world = peopleWorld();
    const rn = seedContact(world, ANN, { names: [{ givenName: 'Url' }] }).resourceName as string;
    const call = (method: string, url: string, body?: unknown) => {
      const route = matchRoute(method, url);
      if (!route) throw new Error(`no route for ${method} ${url}`);
      return world.call({
        service: 'people',
        methodId: route.method.id,
        params: route.params,
        body,
        caller: { email: ANN, scopes: [CONTACTS] },
        via: 'rest',
      });
    };
    const base = 'https://people.googleapis.com/v1/';
    expect(
      arr(ok(call('GET', `${base}people/me/connections?personFields=names&pageSize=5`)), 'connections'),
    ).toHaveLength(1);
    const etag = ok(call('GET', `${base}${rn}?personFields=names`)).etag;
    ok(
      call('PATCH', `${base}${rn}:updateContact?updatePersonFields=names`, {
        etag,
        names: [{ givenName: 'Patched' }],
      }),
    );
    const batch = ok(
      call('GET', `${base}people:batchGet?resourceNames=${rn}&resourceNames=people/c1&personFields=names`),
    );
    expect(arr(batch, 'responses').map((r) => r.httpStatusCode)).toEqual([200, 404]);
    expect(ok(call('DELETE', `${base}${rn}:deleteContact`))).toEqual({});
  });

  it('refuses a REST token without the method scope with 403 PERMISSION_DENIED', () => {
    const world = peopleWorld();
    const readOnly = rest(world, 'people.people.createContact', {}, { names: [{ givenName: 'x' }] }, ANN, [
      CONTACTS_RO,
    ]);
    expect(readOnly.status).toBe(403);
    expect(errorOf(readOnly)).toMatchObject({
      status: 'PERMISSION_DENIED',
      message: 'Request had insufficient authentication scopes.',
      details: [expect.objectContaining({ reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT' })],
    });
    expect(rest(world, 'people.contactGroups.list', {}, undefined, ANN, [CONTACTS_RO]).status).toBe(200);
  });

  it('answers 403 PERMISSION_DENIED with a distinct message per account state', () => {
    const world = peopleWorld();
    for (const email of ['s@example.com', 'a@example.com', 'd@example.com', 'b@example.com'])
      addUser(world, { email });
    suspendUser(world, 's@example.com');
    archiveUser(world, 'a@example.com');
    deleteUser(world, 'd@example.com');
    banUser(world, 'b@example.com');
    const messages = [
      's@example.com',
      'a@example.com',
      'd@example.com',
      'b@example.com',
      'nobody@example.com',
    ].map((email) => {
      const res = rest(world, 'people.contactGroups.list', {}, undefined, email);
      expect([res.status, errorOf(res).status]).toEqual([403, 'PERMISSION_DENIED']);
      return errorOf(res).message;
    });
    expect(messages).toEqual([
      'The account s@example.com is suspended.',
      'The account a@example.com is archived.',
      'The account d@example.com has been deleted.',
      'The account b@example.com has been disabled by Google.',
      'The account nobody@example.com does not exist.',
    ]);
    expect(rest(world, 'people.contactGroups.list', {}, undefined, EXT).status).toBe(200);
    banUser(world, EXT);
    expect(errorOf(rest(world, 'people.contactGroups.list', {}, undefined, EXT)).message).toBe(
      `The account ${EXT} has been disabled by Google.`,
    );
  });

  it('answers 429 RESOURCE_EXHAUSTED past the per-user per-minute People quota, per user', () => {
    const world = peopleWorld();
    const limit = world.config.quotas.people.readsPerMinutePerUser;
    const statuses: number[] = [];
    for (let i = 0; i <= limit; i++) statuses.push(rest(world, 'people.contactGroups.list').status);
    expect(statuses.slice(0, limit).every((s) => s === 200)).toBe(true);
    const last = rest(world, 'people.contactGroups.list');
    expect(last.status).toBe(429);
    expect(errorOf(last).status).toBe('RESOURCE_EXHAUSTED');
    expect(rest(world, 'people.contactGroups.list', {}, undefined, BOB).status).toBe(200);
    expect(() => advanced(world, ANN).ContactGroups.list()).toThrow(
      /API call to people\.contactGroups\.list failed with error: Quota exceeded/,
    );
    world.clock.advance(60_000);
    expect(rest(world, 'people.contactGroups.list').status).toBe(200);
  });

  it('counts every call and advances the virtual clock by the configured latency', () => {
    const world = peopleWorld();
    const t0 = world.clock.now();
    const before = world.calls.length;
    const body: J = { contacts: [{ contactPerson: { names: [{ givenName: 'x' }] } }], readMask: 'names' };
    ok(rest(world, 'people.people.batchCreateContacts', {}, body));
    expect(world.clock.now() - t0).toBe(world.config.methodLatencyMs['people.people.batchCreateContacts']);
    expect(world.callCounts(before).people.byMethod).toEqual({ 'people.people.batchCreateContacts': 1 });
  });
});
