// google-auth-library's JWT client (domain-wide delegation) getting its token from the emulator's /token, then calling People.
import { google } from 'googleapis';
import {
  TOKEN_URI,
  authorizeDwd,
  issueServiceAccountKey,
  type ServiceAccountKeyFile,
} from '../../../emulator/oauth/keys';
import { failureOf, startClientHarness, TRANSPORT, type ClientHarness } from './client-harness';

const CONTACTS = 'https://www.googleapis.com/auth/contacts';

describe('googleapis JWT client against the HTTP emulator', () => {
  let h: ClientHarness;
  let key: ServiceAccountKeyFile;

  beforeEach(async () => {
    // gtoken stamps iat/exp from the real clock, so the virtual clock starts at real time for these tests.
    h = await startClientHarness({ startMs: Date.now() });
    key = issueServiceAccountKey(h.world, { projectId: 'shared-labels-test' });
    authorizeDwd(h.world, key.client_id, [CONTACTS]);
  });
  afterEach(() => h.close());

  /** A JWT client as the product's Node tools would build it; gtoken's hard-wired token URL is redirected to the emulator. */
  function jwtClient(subject: string, scopes = [CONTACTS]) {
    const client = new google.auth.JWT({
      email: key.client_email,
      key: key.private_key,
      keyId: key.private_key_id,
      scopes,
      subject,
      transporterOptions: TRANSPORT,
    });
    client.transporter.interceptors.request.add({
      resolved: async (config) => {
        if (String(config.url) === TOKEN_URI) config.url = new URL(`${h.server.url}/token`);
        return config;
      },
    });
    return client;
  }

  it('mints a DWD token for the subject at /token and acts as that user', async () => {
    const auth = jwtClient('alice@example.com');
    const people = google.people({ version: 'v1', auth, rootUrl: h.server.url + '/' });
    const created = await people.people.createContact({
      personFields: 'names',
      requestBody: { names: [{ givenName: 'Via DWD' }] },
    });
    expect(created.data.names?.[0]?.givenName).toBe('Via DWD');

    expect(h.world.calls.map((c) => [c.methodId, c.caller])).toEqual([
      ['oauth2.token', 'alice@example.com'],
      ['people.people.createContact', 'alice@example.com'],
    ]);
    expect(Object.values(h.world.oauth.tokens)).toEqual([
      expect.objectContaining({ email: 'alice@example.com', scopes: [CONTACTS], kind: 'dwd' }),
    ]);
    const alices = await h
      .as('alice@example.com')
      .people.people.connections.list({ resourceName: 'people/me', personFields: 'names' });
    expect(alices.data.connections?.map((p) => p.names?.[0]?.givenName)).toEqual(['Via DWD']);
  });

  it('reuses the cached token for later calls', async () => {
    const auth = jwtClient('bob@example.com');
    const people = google.people({ version: 'v1', auth, rootUrl: h.server.url + '/' });
    await people.people.connections.list({ resourceName: 'people/me', personFields: 'names' });
    await people.people.connections.list({ resourceName: 'people/me', personFields: 'names' });
    expect(h.world.callCounts().oauth.calls).toBe(1);
    expect(h.world.callCounts().people.calls).toBe(2);
  });

  it('surfaces invalid_grant for a subject outside the domain and unauthorized_client for a scope not delegated', async () => {
    await expect(jwtClient('stranger@elsewhere.test').authorize()).rejects.toThrow(/invalid_grant/);
    await expect(
      jwtClient('alice@example.com', [
        'https://www.googleapis.com/auth/admin.directory.user.readonly',
      ]).authorize(),
    ).rejects.toThrow(/unauthorized_client/);
    expect(h.world.oauth.tokens).toEqual({});
  });

  it("is refused with 403 insufficient scopes when the token lacks the API's scope", async () => {
    authorizeDwd(h.world, key.client_id, [CONTACTS, 'https://www.googleapis.com/auth/spreadsheets']);
    const auth = jwtClient('admin@example.com', ['https://www.googleapis.com/auth/spreadsheets']);
    const people = google.people({ version: 'v1', auth, rootUrl: h.server.url + '/' });
    const err = await failureOf(
      people.people.connections.list({ resourceName: 'people/me', personFields: 'names' }),
    );
    expect(err.status).toBe(403);
    expect(err.error).toMatchObject({
      status: 'PERMISSION_DENIED',
      message: 'Request had insufficient authentication scopes.',
    });
  });
});
