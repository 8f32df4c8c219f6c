import { AppsScriptRuntime, type Manifest } from '../../../emulator/appsscript/runtime';
import { World } from '../../../emulator/core/world';
import { addUser } from '../../../emulator/directory/admin';
import { DIRECTORY_HANDLERS } from '../../../emulator/directory/handlers';
import { authorizeDwd, issueServiceAccountKey } from '../../../emulator/oauth/keys';
import { OAUTH_HANDLERS } from '../../../emulator/oauth/tokens';
import { PEOPLE_HANDLERS } from '../../../emulator/people/handlers';
import { ok, ALICE } from './runtime-fixture';

const CONTACTS = 'https://www.googleapis.com/auth/contacts';
const ALLOW: Manifest = {
  urlFetchWhitelist: ['https://oauth2.googleapis.com/', 'https://people.googleapis.com/'],
  oauthScopes: [CONTACTS],
};

const CODE = `
function get(url, params) { var r = UrlFetchApp.fetch(url, params); return [r.getResponseCode(), r.getContentText(), r.getHeaders()['Content-Type']]; }
function err(url, params) { try { UrlFetchApp.fetch(url, params); return null; } catch (e) { return [e.name, e.message]; } }
function listGroups() {
  var r = UrlFetchApp.fetch('https://people.googleapis.com/v1/contactGroups?pageSize=10', {
    headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() }, muteHttpExceptions: true });
  return [r.getResponseCode(), JSON.parse(r.getContentText())];
}
function createGroup(name) {
  var r = UrlFetchApp.fetch('https://people.googleapis.com/v1/contactGroups', { method: 'post', contentType: 'application/json',
    payload: JSON.stringify({ contactGroup: { name: name } }), headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() } });
  return JSON.parse(r.getContentText());
}
function b64(s) { return Utilities.base64EncodeWebSafe(s).replace(/=+$/, ''); }
function dwd(key, sub, now) {
  var head = b64(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  var claims = b64(JSON.stringify({ iss: key.client_email, scope: '${CONTACTS}', aud: 'https://oauth2.googleapis.com/token',
    iat: now, exp: now + 3600, sub: sub }));
  var sig = Utilities.base64EncodeWebSafe(Utilities.computeRsaSha256Signature(head + '.' + claims, key.private_key)).replace(/=+$/, '');
  var tok = UrlFetchApp.fetch('https://oauth2.googleapis.com/token', { method: 'post',
    payload: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: head + '.' + claims + '.' + sig } });
  var access = JSON.parse(tok.getContentText()).access_token;
  var r = UrlFetchApp.fetch('https://people.googleapis.com/v1/contactGroups', { headers: { Authorization: 'Bearer ' + access } });
  return JSON.parse(r.getContentText()).contactGroups.map(function (g) { return g.name; });
}
`;

/** A world whose dispatcher knows People, Directory and the token method (emulator/index.ts does not register OAuth yet). */
function setup(manifest: Manifest = ALLOW) {
  const world = new World({ ...PEOPLE_HANDLERS, ...DIRECTORY_HANDLERS, ...OAUTH_HANDLERS }, { seed: 1 });
  addUser(world, { email: ALICE });
  return { world, rt: new AppsScriptRuntime(world, CODE, manifest) };
}

describe('UrlFetchApp', () => {
  it('refuses a URL outside the manifest allowlist', () => {
    const { world, rt } = setup();
    const r = ok(rt.run(ALICE, 'err', ['https://admin.googleapis.com/admin/directory/v1/users?customer=my_customer']));
    expect(r).toEqual(['Exception', expect.stringContaining('has not been whitelisted in the script manifest')]);
    expect(world.calls).toEqual([]);
  });

  it('refuses every URL when the manifest has no allowlist and one is required', () => {
    const { rt } = setup({});
    expect((ok(rt.run(ALICE, 'err', ['https://people.googleapis.com/v1/contactGroups'])) as string[])[1]).toContain('whitelisted');
  });

  it('matches a wildcard subdomain prefix', () => {
    const { rt } = setup({ urlFetchWhitelist: ['https://*.googleapis.com/'] });
    expect((ok(rt.run(ALICE, 'get', ['https://people.googleapis.com/v1/contactGroups', { muteHttpExceptions: true }])) as unknown[])[0]).toBe(401);
  });

  it('fails with a DNS error for a host the emulator does not serve', () => {
    const { rt } = setup({ urlFetchWhitelist: ['https://example.org/'] });
    expect(ok(rt.run(ALICE, 'err', ['https://example.org/x']))).toEqual(['Exception', 'DNS error: https://example.org/x']);
  });

  it('throws Apps Script\'s "Request failed" error for a 4xx without muteHttpExceptions', () => {
    const { rt } = setup();
    const [name, message] = ok(rt.run(ALICE, 'err', ['https://people.googleapis.com/v1/contactGroups'])) as string[];
    expect(name).toBe('Exception');
    expect(message).toMatch(/^Request failed for https:\/\/people\.googleapis\.com returned code 401\. Truncated server response: \{\n {2}"error": \{/);
    expect(message).toMatch(/\.\.\. \(use muteHttpExceptions option to examine full response\)$/);
  });

  it('returns the error response when muteHttpExceptions is set', () => {
    const { rt } = setup();
    const [code, text, type] = ok(rt.run(ALICE, 'get', ['https://people.googleapis.com/v1/contactGroups', { muteHttpExceptions: true }])) as [number, string, string];
    expect(code).toBe(401);
    expect(JSON.parse(text).error.status).toBe('UNAUTHENTICATED');
    expect(type).toBe('application/json; charset=UTF-8');
  });

  it('routes a Google API URL to the method, as the account of the script\'s OAuth token', () => {
    const { world, rt } = setup();
    ok(rt.run(ALICE, 'createGroup', ['Clients']));
    const [code, body] = ok(rt.run(ALICE, 'listGroups')) as [number, { contactGroups: Array<{ name: string }> }];
    expect(code).toBe(200);
    expect(body.contactGroups.map((g) => g.name)).toContain('Clients');
    expect(world.calls.filter((c) => c.via === 'rest').map((c) => [c.methodId, c.caller])).toEqual([
      ['people.contactGroups.create', ALICE],
      ['people.contactGroups.list', ALICE],
    ]);
  });

  it('answers 404 for a Google API URL no method serves', () => {
    const { rt } = setup();
    expect((ok(rt.run(ALICE, 'get', ['https://people.googleapis.com/v1/nothing/here', { muteHttpExceptions: true }])) as unknown[])[0]).toBe(404);
  });

  it('runs the domain-wide delegation flow a script signs itself: JWT, token endpoint, People call as the subject', () => {
    const { world, rt } = setup();
    const key = issueServiceAccountKey(world, { projectId: 'acme' });
    authorizeDwd(world, key.client_id, [CONTACTS]);
    ok(rt.run(ALICE, 'createGroup', ['Suppliers']));
    const names = ok(rt.run('admin@example.com', 'dwd', [key, ALICE, Math.floor(world.clock.now() / 1000)]));
    expect(names).toContain('Suppliers');
    expect(world.calls.map((c) => c.methodId)).toContain('oauth2.token');
  });

  it('refuses a URL over 2 KB', () => {
    const { rt } = setup();
    const url = 'https://people.googleapis.com/v1/contactGroups?x=' + 'a'.repeat(2100);
    expect(ok(rt.run(ALICE, 'err', [url]))).toEqual(['Exception', 'Limit Exceeded: URLFetch URL Length.']);
  });
});
