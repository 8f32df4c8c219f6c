import { World, type HandlerTable } from '../../../emulator/core/world';
import { GoogleApiError } from '../../../emulator/core/errors';
import type { ApiRequest } from '../../../emulator/core/types';
import { startEmulatorServer, type EmulatorServer } from '../../../emulator/server/http-server';
import { applySeed, DEFAULT_SEED } from '../../../emulator/server/seed';

// A world whose handlers echo what the server handed them: pins routing, parameters, body and caller without
// depending on any one API's emulation.
const echo = (_world: World, req: ApiRequest) => ({
  methodId: req.methodId,
  params: req.params,
  body: req.body ?? null,
  caller: req.caller,
});

function echoWorld(extra: HandlerTable = {}): World {
  const ids = [
    'people.people.get',
    'people.people.createContact',
    'people.people.connections.list',
    'directory.users.get',
    'sheets.spreadsheets.values.get',
    'sheets.spreadsheets.values.append',
  ];
  const world = new World({ ...Object.fromEntries(ids.map((id) => [id, echo])), ...extra }, { seed: 1 });
  applySeed(world, DEFAULT_SEED);
  return world;
}

async function withServer(world: World, fn: (s: EmulatorServer) => Promise<void>): Promise<void> {
  const server = await startEmulatorServer(world, { port: 0 });
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

const ALICE = { Authorization: 'Bearer dev:alice@example.com' };

async function getJson(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(url, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

describe('startEmulatorServer', () => {
  it('serves on an ephemeral 127.0.0.1 port when asked for port 0', async () => {
    await withServer(echoWorld(), async (s) => {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(Number(s.url.split(':')[2])).toBeGreaterThan(0);
    });
  });

  it('routes People, Directory and Sheets paths to their discovery methods with decoded parameters', async () => {
    const world = echoWorld();
    await withServer(world, async (s) => {
      const person = await getJson(`${s.url}/v1/people/c123?personFields=names,emailAddresses`, {
        headers: ALICE,
      });
      expect(person.body).toMatchObject({
        methodId: 'people.people.get',
        params: { resourceName: 'people/c123', personFields: 'names,emailAddresses' },
      });
      const user = await getJson(
        `${s.url}/admin/directory/v1/users/bob%40example.com?viewType=domain_public`,
        { headers: ALICE },
      );
      expect(user.body).toMatchObject({
        methodId: 'directory.users.get',
        params: { userKey: 'bob@example.com', viewType: 'domain_public' },
      });
      const range = encodeURIComponent("'My Sheet'!A1:C");
      const values = await getJson(`${s.url}/v4/spreadsheets/s1/values/${range}`, { headers: ALICE });
      expect(values.body).toMatchObject({
        methodId: 'sheets.spreadsheets.values.get',
        params: { spreadsheetId: 's1', range: "'My Sheet'!A1:C" },
      });
      const append = await getJson(
        `${s.url}/v4/spreadsheets/s1/values/${encodeURIComponent('log!A1')}:append?valueInputOption=RAW`,
        {
          method: 'POST',
          headers: { ...ALICE, 'Content-Type': 'application/json' },
          body: JSON.stringify({ values: [['x']] }),
        },
      );
      expect(append.body).toMatchObject({
        methodId: 'sheets.spreadsheets.values.append',
        params: { spreadsheetId: 's1', range: 'log!A1', valueInputOption: 'RAW' },
        body: { values: [['x']] },
      });
    });
    expect(world.calls.map((c) => [c.methodId, c.via, c.caller])).toEqual([
      ['people.people.get', 'rest', 'alice@example.com'],
      ['directory.users.get', 'rest', 'alice@example.com'],
      ['sheets.spreadsheets.values.get', 'rest', 'alice@example.com'],
      ['sheets.spreadsheets.values.append', 'rest', 'alice@example.com'],
    ]);
  });

  it('passes repeated query parameters as arrays', async () => {
    await withServer(echoWorld(), async (s) => {
      const r = await getJson(
        `${s.url}/v1/people/me/connections?personFields=names&sources=READ_SOURCE_TYPE_CONTACT&sources=READ_SOURCE_TYPE_PROFILE`,
        {
          headers: ALICE,
        },
      );
      expect((r.body.params as Record<string, unknown>).sources).toEqual([
        'READ_SOURCE_TYPE_CONTACT',
        'READ_SOURCE_TYPE_PROFILE',
      ]);
    });
  });

  it('answers 401 UNAUTHENTICATED with a challenge and records no call when the bearer token is missing', async () => {
    const world = echoWorld();
    await withServer(world, async (s) => {
      const r = await getJson(`${s.url}/v1/people/c1?personFields=names`);
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
      expect(r.headers.get('www-authenticate')).toContain('Bearer');
    });
    expect(world.calls).toHaveLength(0);
  });

  it('treats dev:<email> as that user with every scope, also when given as the access_token parameter', async () => {
    await withServer(echoWorld(), async (s) => {
      const r = await getJson(`${s.url}/v1/people/c1?personFields=names&access_token=dev:bob@example.com`);
      const caller = r.body.caller as { email: string; scopes: string[] };
      expect(caller.email).toBe('bob@example.com');
      expect(caller.scopes).toEqual(expect.arrayContaining(['https://www.googleapis.com/auth/contacts']));
      expect(r.body.params).toEqual({ resourceName: 'people/c1', personFields: 'names' });
    });
  });

  it('keeps system parameters from handlers and trims the response to `fields`', async () => {
    await withServer(echoWorld(), async (s) => {
      const r = await getJson(
        `${s.url}/v1/people/c9?personFields=names&fields=methodId,params/resourceName&prettyPrint=false&alt=json`,
        {
          headers: ALICE,
        },
      );
      expect(r.body).toEqual({ methodId: 'people.people.get', params: { resourceName: 'people/c9' } });
    });
  });

  it('hands an empty POST body to the handler as the empty message', async () => {
    await withServer(echoWorld(), async (s) => {
      const r = await getJson(`${s.url}/v1/people:createContact`, { method: 'POST', headers: ALICE });
      expect(r.body.body).toEqual({});
    });
  });

  it('answers 400 INVALID_ARGUMENT for a body that is not JSON', async () => {
    const world = echoWorld();
    await withServer(world, async (s) => {
      const r = await getJson(`${s.url}/v1/people:createContact`, {
        method: 'POST',
        headers: ALICE,
        body: '{names:',
      });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        error: {
          code: 400,
          status: 'INVALID_ARGUMENT',
          message: expect.stringMatching(/^Invalid JSON payload received/),
        },
      });
    });
    expect(world.calls).toHaveLength(0);
  });

  it("answers 404 with Google's error body for a path no API serves or a method the path lacks", async () => {
    await withServer(echoWorld(), async (s) => {
      const unknown = await getJson(`${s.url}/v9/nothing`, { headers: ALICE });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({
        error: { code: 404, status: 'NOT_FOUND', errors: [{ reason: 'notFound' }] },
      });
      const wrongVerb = await getJson(`${s.url}/v1/people/me/connections`, {
        method: 'DELETE',
        headers: ALICE,
      });
      expect(wrongVerb.status).toBe(404);
    });
  });

  it("sends the handler's Google error with its status, and a handler crash as 500 INTERNAL", async () => {
    const world = echoWorld({
      'people.contactGroups.create': () => {
        throw new GoogleApiError(409, 'Contact group with the same name already exists.');
      },
      'people.contactGroups.list': () => {
        throw new TypeError('cannot read properties of undefined');
      },
    });
    await withServer(world, async (s) => {
      const dup = await getJson(`${s.url}/v1/contactGroups`, {
        method: 'POST',
        headers: ALICE,
        body: '{"contactGroup":{"name":"A"}}',
      });
      expect(dup.status).toBe(409);
      expect(dup.body).toMatchObject({ error: { code: 409, status: 'ALREADY_EXISTS' } });
      const crash = await getJson(`${s.url}/v1/contactGroups`, { headers: ALICE });
      expect(crash.status).toBe(500);
      expect(crash.body).toMatchObject({
        error: { status: 'INTERNAL', message: expect.stringContaining('cannot read properties') },
      });
    });
  });

  it('reports call counts, injects faults, advances the clock and resets to the seeded state over /_emulator', async () => {
    const world = echoWorld();
    await withServer(world, async (s) => {
      await getJson(`${s.url}/v1/people/c1?personFields=names`, { headers: ALICE });
      const state = await getJson(`${s.url}/_emulator/state`);
      expect(state.body).toMatchObject({
        calls: 1,
        counts: { people: { calls: 1, byMethod: { 'people.people.get': 1 } } },
        directory: { primaryDomain: 'example.com', users: 3, groups: 1 },
      });
      const calls = await getJson(`${s.url}/_emulator/calls?since=0`);
      expect(calls.body.calls).toEqual([
        expect.objectContaining({ methodId: 'people.people.get', status: 200 }),
      ]);
      await getJson(`${s.url}/_emulator/faults`, {
        method: 'POST',
        body: JSON.stringify({ people: { error503: 1 } }),
      });
      const failed = await getJson(`${s.url}/v1/people/c1?personFields=names`, { headers: ALICE });
      expect(failed.status).toBe(503);
      const before = world.clock.now();
      await getJson(`${s.url}/_emulator/clock`, {
        method: 'POST',
        body: JSON.stringify({ advanceMs: 60000 }),
      });
      expect(world.clock.now()).toBe(before + 60000);
      delete world.directory.users['bob@example.com'];
      const reset = await getJson(`${s.url}/_emulator/reset`, { method: 'POST' });
      expect(reset.body).toMatchObject({ calls: 0, directory: { users: 3 } });
      const after = await getJson(`${s.url}/v1/people/c1?personFields=names`, { headers: ALICE });
      expect(after.status).toBe(200);
    });
    expect(world.directory.users['bob@example.com']).toBeDefined();
    expect(world.faults).toEqual({});
  });

  it('passes a url-encoded token request to the token endpoint and answers in JSON', async () => {
    const world = echoWorld({
      'oauth2.token': (_w, req) => ({
        access_token: 'tok',
        expires_in: 3599,
        token_type: 'Bearer',
        form: req.body,
      }),
    });
    await withServer(world, async (s) => {
      const r = await getJson(`${s.url}/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=a.b.c',
      });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        access_token: 'tok',
        form: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: 'a.b.c' },
      });
      expect(r.headers.get('cache-control')).toContain('no-store');
    });
    expect(world.calls.map((c) => c.methodId)).toEqual(['oauth2.token']);
  });

  it('checks bodies against the discovery schemas when config.validateSchemas is set, answering 500 on a violation', async () => {
    const world = echoWorld();
    world.config.validateSchemas = true;
    await withServer(world, async (s) => {
      const r = await getJson(`${s.url}/v1/people/c1?personFields=names`, { headers: ALICE });
      expect(r.status).toBe(500);
      expect(r.body).toMatchObject({
        error: {
          status: 'INTERNAL',
          message: expect.stringContaining('people.people.get response body (Person)'),
        },
      });
    });
    expect(world.validator).not.toBeNull();
  });

  it('refuses a request body with an undeclared field with 400 before the method runs, when validation is on', async () => {
    const world = echoWorld();
    world.config.validateSchemas = true;
    await withServer(world, async (s) => {
      const r = await getJson(`${s.url}/v1/people:createContact`, {
        method: 'POST',
        headers: ALICE,
        body: JSON.stringify({ names: [{ givenName: 'Zed', nick: 'Z' }] }),
      });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        error: {
          status: 'INVALID_ARGUMENT',
          message: 'Invalid JSON payload received. Unknown name "nick" at \'names[0]\': Cannot find field.',
        },
      });
    });
    expect(world.calls).toHaveLength(0);
  });

  it('closes even while a client holds a keep-alive connection', async () => {
    const server = await startEmulatorServer(echoWorld(), { port: 0 });
    const res = await fetch(`${server.url}/_emulator/state`, { headers: { Connection: 'keep-alive' } });
    expect(res.status).toBe(200);
    await res.text();
    await server.close();
    await expect(fetch(`${server.url}/_emulator/state`)).rejects.toThrow();
  });
});
