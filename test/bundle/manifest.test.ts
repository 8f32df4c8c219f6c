// The manifest is valid against SchemaStore's appsscript.json schema and names only real entry points.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_POINT_NAMES } from '../../src/entrypoints/names';
import schema from '../../emulator/discovery/appsscript.schema.json';
import { manifestFunctions } from '../support/manifest';

const root = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));

/**
 * SchemaStore's schema types `urlFetchWhitelist` items as `format: hostname`, but Google documents them as https URL
 * prefixes with a full domain and a non-empty path (https://developers.google.com/apps-script/manifest/allowlist-url):
 * a hostname alone is rejected by Apps Script. We validate those items by Google's rule and everything else by the schema.
 */
function compileManifestSchema() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('apps-script-url-prefix', /^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]{2,}\/\S*$/);
  const patched = JSON.parse(JSON.stringify(schema));
  patched.properties.urlFetchWhitelist.items.format = 'apps-script-url-prefix';
  return ajv.compile(patched);
}

describe('appsscript.json', () => {
  it('validates against the published manifest schema', () => {
    const validate = compileManifestSchema();
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a manifest the schema forbids, so the schema check can fail', () => {
    const validate = compileManifestSchema();
    expect(validate({ ...manifest, runtimeVersion: 'RHINO_2' })).toBe(false);
    expect(validate({ ...manifest, urlFetchWhitelist: ['https://people.googleapis.com'] })).toBe(false);
  });

  it('names only functions of the entry-point registry', () => {
    const fns = manifestFunctions(manifest);
    expect(fns).toEqual(expect.arrayContaining(['onHomepage', 'onSettings', 'onHelp', 'onGmailMessage']));
    for (const fn of fns) expect(ENTRY_POINT_NAMES).toContain(fn);
  });

  it('is a V8 Workspace add-on with People and AdminDirectory advanced services', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.addOns.common.name).toBe('Shared Labels');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual(
      expect.arrayContaining([
        { userSymbol: 'People', serviceId: 'peopleapi', version: 'v1' },
        { userSymbol: 'AdminDirectory', serviceId: 'admin', version: 'directory_v1' },
      ]),
    );
  });

  it('allows only https Google endpoints with a non-empty path for UrlFetchApp', () => {
    for (const prefix of manifest.urlFetchWhitelist as string[]) {
      expect(prefix).toMatch(/^https:\/\/[a-z0-9.-]+\.googleapis\.com\/.+/);
    }
  });

  it('asks for no broad scope the design does not need', () => {
    const scopes = manifest.oauthScopes as string[];
    expect(scopes).not.toContain('https://mail.google.com/');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/gmail.readonly');
    expect(scopes.every((s) => s.startsWith('https://www.googleapis.com/auth/'))).toBe(true);
  });
});
