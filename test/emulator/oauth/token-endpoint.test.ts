import { createVerify } from 'node:crypto';
import type { World } from '../../../emulator/core/world';
import { addUser, revokeDelegation, suspendUser } from '../../../emulator/directory/admin';
import {
  authorizeDwd,
  issueServiceAccountKey,
  revokeKey,
  type ServiceAccountKeyFile,
} from '../../../emulator/oauth/keys';
import { resolveBearer, tokenEndpoint } from '../../../emulator/oauth/tokens';
import { foreignPrivateKey, grantForm, newWorld, signJwt, TOKEN_METHOD_ID } from './helpers';

const CONTACTS = 'https://www.googleapis.com/auth/contacts';
const DIR_RO = 'https://www.googleapis.com/auth/admin.directory.user.readonly';
const TOKEN_URL = 'https://oauth2.googleapis.com/token';
const UNAUTHORIZED = {
  error: 'unauthorized_client',
  error_description:
    'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
};

interface Setup {
  world: World;
  key: ServiceAccountKeyFile;
}

function setup(): Setup {
  const world = newWorld();
  addUser(world, { email: 'alice@example.com' });
  const key = issueServiceAccountKey(world, { projectId: 'acme-labels' });
  authorizeDwd(world, key.client_id, [CONTACTS, DIR_RO]);
  return { world, key };
}

function claims(s: Setup, over: Record<string, unknown> = {}): Record<string, unknown> {
  const iat = Math.floor(s.world.clock.now() / 1000);
  return {
    iss: s.key.client_email,
    sub: 'alice@example.com',
    scope: CONTACTS,
    aud: TOKEN_URL,
    iat,
    exp: iat + 3600,
    ...over,
  };
}

function request(s: Setup, over: Record<string, unknown> = {}, privateKey = s.key.private_key) {
  return tokenEndpoint(s.world, grantForm(signJwt({ claims: claims(s, over), privateKey })));
}

describe('issueServiceAccountKey', () => {
  it('returns a Google-shaped key file whose private key signs verifiably', () => {
    const { world, key } = setup();
    expect(key).toMatchObject({
      type: 'service_account',
      project_id: 'acme-labels',
      client_email: 'shared-labels@acme-labels.iam.gserviceaccount.com',
      token_uri: TOKEN_URL,
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    });
    expect(key.client_id).toMatch(/^\d{21}$/);
    expect(key.private_key_id).toMatch(/^[0-9a-f]{40}$/);
    expect(key.private_key).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const stored = world.oauth.keys[key.private_key_id];
    const sig = signJwt({ claims: { a: 1 }, privateKey: key.private_key }).split('.');
    const ok = createVerify('RSA-SHA256')
      .update(sig[0] + '.' + sig[1])
      .verify(stored.publicKeyPem, Buffer.from(sig[2], 'base64url'));
    expect(ok).toBe(true);
  });

  it('keeps the client id when a second key is issued for the same account', () => {
    const { world, key } = setup();
    const second = issueServiceAccountKey(world, { projectId: 'acme-labels' });
    expect(second.client_id).toBe(key.client_id);
    expect(second.private_key_id).not.toBe(key.private_key_id);
  });
});

describe('tokenEndpoint', () => {
  it('mints a token for a good DWD assertion, records it and counts the call', () => {
    const s = setup();
    const res = request(s);
    expect(res.status).toBe(200);
    const body = res.body as { access_token: string; expires_in: number; token_type: string };
    expect(body).toMatchObject({ expires_in: 3599, token_type: 'Bearer' });
    expect(s.world.oauth.tokens[body.access_token]).toMatchObject({
      email: 'alice@example.com',
      scopes: [CONTACTS],
      kind: 'dwd',
    });
    expect(s.world.calls.at(-1)).toMatchObject({
      service: 'oauth',
      methodId: TOKEN_METHOD_ID,
      caller: 'alice@example.com',
      status: 200,
    });
    expect(resolveBearer(s.world, `Bearer ${body.access_token}`)).toEqual({
      email: 'alice@example.com',
      scopes: [CONTACTS],
    });
  });

  it('accepts a kid header and the legacy accounts.google.com audience', () => {
    const s = setup();
    const jwt = signJwt({
      header: { alg: 'RS256', typ: 'JWT', kid: s.key.private_key_id },
      claims: claims(s, { aud: 'https://accounts.google.com/o/oauth2/token' }),
      privateKey: s.key.private_key,
    });
    expect(tokenEndpoint(s.world, grantForm(jwt)).status).toBe(200);
  });

  it('refuses a bad signature with invalid_grant', () => {
    const s = setup();
    const res = request(s, {}, foreignPrivateKey());
    expect(res).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' },
    });
    expect(Object.keys(s.world.oauth.tokens)).toHaveLength(0);
  });

  it('refuses an assertion signed by a revoked key, and accepts one from a fresh key', () => {
    const s = setup();
    revokeKey(s.world, s.key.private_key_id);
    expect(request(s).body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Invalid JWT Signature.',
    });
    const fresh = issueServiceAccountKey(s.world, { projectId: 'acme-labels' });
    expect(request(s, {}, fresh.private_key).status).toBe(200);
  });

  it('refuses an unknown issuer', () => {
    const s = setup();
    const res = request(s, { iss: 'other@acme-labels.iam.gserviceaccount.com' });
    expect(res.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Invalid grant: account not found',
    });
  });

  it('refuses the wrong audience', () => {
    const s = setup();
    const res = request(s, { aud: 'https://www.googleapis.com/oauth2/v4/token' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'invalid_grant' });
    expect((res.body as { error_description: string }).error_description).toMatch(/audience/);
  });

  it('refuses an expired assertion and one living longer than an hour', () => {
    const s = setup();
    const now = Math.floor(s.world.clock.now() / 1000);
    const expired = request(s, { iat: now - 4000, exp: now - 400 });
    expect(expired.body).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/short-lived token/),
    });
    expect(request(s, { iat: now, exp: now + 3601 }).status).toBe(400);
    const assertion = signJwt({ claims: claims(s), privateKey: s.key.private_key });
    s.world.clock.advance(3601 * 1000);
    expect(tokenEndpoint(s.world, grantForm(assertion)).status).toBe(400);
  });

  it('refuses a user unknown to the domain with "Invalid email or User ID"', () => {
    const s = setup();
    for (const sub of ['nobody@example.com', 'pat@gmail.com']) {
      expect(request(s, { sub })).toEqual({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Invalid email or User ID' },
      });
    }
  });

  it('refuses a suspended user', () => {
    const s = setup();
    suspendUser(s.world, 'alice@example.com');
    expect(request(s).body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Invalid email or User ID',
    });
  });

  it('answers unauthorized_client for a scope the client is not authorised for', () => {
    const s = setup();
    const res = request(s, { scope: `${CONTACTS} https://www.googleapis.com/auth/drive` });
    expect(res).toEqual({ status: 401, body: UNAUTHORIZED });
  });

  it('answers unauthorized_client when the client has no DWD entry or the user is not delegated', () => {
    const s = setup();
    revokeDelegation(s.world, 'alice@example.com');
    expect(request(s)).toEqual({ status: 401, body: UNAUTHORIZED });
    const other = issueServiceAccountKey(s.world, { projectId: 'other-proj' });
    addUser(s.world, { email: 'bob@example.com' });
    expect(request(s, { iss: other.client_email, sub: 'bob@example.com' }, other.private_key).status).toBe(
      401,
    );
  });

  it('uses the configured status for unauthorized_client', () => {
    const s = setup();
    s.world.config.oauthUnauthorizedClientStatus = 400;
    expect(request(s, { scope: 'https://www.googleapis.com/auth/drive' }).status).toBe(400);
  });

  it('refuses an empty scope, a wrong grant type and a missing assertion', () => {
    const s = setup();
    expect(request(s, { scope: '' }).body).toMatchObject({ error: 'invalid_scope' });
    expect(tokenEndpoint(s.world, { grant_type: 'password' }).body).toMatchObject({
      error: 'unsupported_grant_type',
    });
    expect(
      tokenEndpoint(s.world, { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer' }).body,
    ).toMatchObject({
      error: 'invalid_request',
    });
    expect(tokenEndpoint(s.world, grantForm('not-a-jwt')).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('keeps Google JSON errors for injected faults', () => {
    const s = setup();
    s.world.setFaults({ oauth: { error503: 1 } });
    const res = request(s);
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ error: { code: 503, status: 'UNAVAILABLE' } });
  });

  it('gives a service account its own token when there is no sub', () => {
    const s = setup();
    const res = request(s, { sub: undefined });
    const token = (res.body as { access_token: string }).access_token;
    expect(resolveBearer(s.world, `Bearer ${token}`).email).toBe(s.key.client_email);
  });

  it('issues tokens that expire after 3599 seconds', () => {
    const s = setup();
    const token = (request(s).body as { access_token: string }).access_token;
    s.world.clock.advance(3598 * 1000);
    expect(resolveBearer(s.world, `Bearer ${token}`).email).toBe('alice@example.com');
    s.world.clock.advance(1000);
    expect(() => resolveBearer(s.world, `Bearer ${token}`)).toThrow(/invalid authentication credentials/);
  });

  it('yields a REST caller whose scopes the Directory checks', () => {
    const s = setup();
    addUser(s.world, { email: 'boss@example.com', isAdmin: true });
    const token = (request(s, { sub: 'boss@example.com', scope: CONTACTS }).body as { access_token: string })
      .access_token;
    const caller = resolveBearer(s.world, `Bearer ${token}`);
    const call = () =>
      s.world.call({
        service: 'directory',
        methodId: 'directory.users.get',
        params: { userKey: 'alice@example.com' },
        caller,
        via: 'rest',
      });
    expect(call().status).toBe(403);
    const dirToken = (request(s, { sub: 'boss@example.com', scope: DIR_RO }).body as { access_token: string })
      .access_token;
    Object.assign(caller, resolveBearer(s.world, `Bearer ${dirToken}`));
    expect(call().status).toBe(200);
  });
});
