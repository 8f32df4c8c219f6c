// DwdTokenService for the admin: storing a pasted key only once it is proven, testing delegation, and never leaking the key.
import type { AppError } from '../../src/core/errors';
import { dwdFailureOf, SCOPES } from '../../src/core/ports/tokens';
import { DWD_KEY_PROPERTY } from '../../src/adapters/dwd-token-service';
import { addUser, revokeDelegation, suspendUser } from '../../emulator/directory/admin';
import { issueServiceAccountKey, revokeKey, type ServiceAccountKeyFile } from '../../emulator/oauth/keys';
import { ADMIN, ALICE, dwdSetup as setup } from './support/dwd-setup';
import { tokenCalls } from './support/emulated';
import { errorOf, thrown } from '../support/errors';

describe('DwdTokenService key setup', () => {
  describe('storeKey', () => {
    it('stores a key that signs and mints a token for the admin with every scope, and returns its public half', () => {
      const s = setup({ store: false });
      const r = s.run((svc) => svc.storeKey(JSON.stringify(s.key, null, 2), ADMIN));
      expect(r).toEqual({
        ok: true,
        value: {
          clientEmail: s.key.client_email,
          clientId: s.key.client_id,
          privateKeyId: s.key.private_key_id,
        },
      });
      expect(s.config.get(DWD_KEY_PROPERTY)).not.toBeNull();
      expect((s.config.get(DWD_KEY_PROPERTY) ?? '').length).toBeLessThan(9 * 1024);
      expect(s.run((svc) => svc.keyInfo())).toEqual(r.ok ? r.value : null);
      expect(s.run((svc) => svc.token(ALICE, [SCOPES.contacts]), ALICE)).toEqual(expect.any(String));
    });

    it('accepts a key whose line breaks were double-escaped by an editor, or that starts with a byte-order mark', () => {
      const s = setup({ store: false });
      const text = JSON.stringify(s.key).replace(/\\n/g, '\\\\n');
      expect(s.run((svc) => svc.storeKey(text, ADMIN)).ok).toBe(true);
      expect(s.run((svc) => svc.storeKey('\uFEFF' + JSON.stringify(s.key), ADMIN)).ok).toBe(true);
    });

    it.each([
      ['not JSON', () => '{"type": "service_account", oops', /not JSON/],
      ['a JSON array', () => '[1, 2]', /not a JSON object/],
      ['an OAuth client file', () => JSON.stringify({ installed: { client_id: 'x' } }), /OAuth client file/],
      [
        'another type',
        (k: ServiceAccountKeyFile) => JSON.stringify({ ...k, type: 'authorized_user' }),
        /"type"/,
      ],
      [
        'no private key',
        (k: ServiceAccountKeyFile) => JSON.stringify({ ...k, private_key: undefined }),
        /"private_key" is missing/,
      ],
      [
        'a public key',
        (k: ServiceAccountKeyFile) =>
          JSON.stringify({
            ...k,
            private_key: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
          }),
        /PKCS#8/,
      ],
      [
        'a foreign token URI',
        (k: ServiceAccountKeyFile) => JSON.stringify({ ...k, token_uri: 'https://evil.example/token' }),
        /token_uri/,
      ],
      [
        'a user address as client_email',
        (k: ServiceAccountKeyFile) => JSON.stringify({ ...k, client_email: 'alice@example.com' }),
        /client_email/,
      ],
    ])('refuses %s with INVALID_ARGUMENT, stores nothing and asks Google nothing', (_name, text, message) => {
      const s = setup({ store: false });
      const e = errorOf(s.run((svc) => svc.storeKey(text(s.key), ADMIN)));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.key).toBe('error.dwd.badKey');
      expect(e.message).toMatch(message);
      expect(s.config.get(DWD_KEY_PROPERTY)).toBeNull();
      expect(tokenCalls(s.world).requests).toBe(0);
    });

    it('refuses a well-shaped key Apps Script cannot sign with (keyUnreadable)', () => {
      const s = setup({ store: false });
      const garbled = s.key.private_key.replace(/\n[A-Za-z0-9+/]{64}\n/, '\nAAAA\n');
      const e = errorOf(
        s.run((svc) => svc.storeKey(JSON.stringify({ ...s.key, private_key: garbled }), ADMIN)),
      );
      expect(e.key).toBe('error.dwd.keyUnreadable');
      expect(s.config.get(DWD_KEY_PROPERTY)).toBeNull();
      expect(tokenCalls(s.world).requests).toBe(0);
    });

    it('refuses a key whose client id is not authorised for every scope the add-on needs (notAuthorized)', () => {
      const s = setup({ store: false, scopes: [SCOPES.contacts] });
      const e = errorOf(s.run((svc) => svc.storeKey(JSON.stringify(s.key), ADMIN)));
      expect(dwdFailureOf(e)).toBe('notAuthorized');
      expect(e.message).toContain(s.key.client_id);
      expect(s.config.get(DWD_KEY_PROPERTY)).toBeNull();
    });

    it('refuses when Google will not act as the admin (userNotAllowed), and a revoked key (keyRevoked)', () => {
      const s = setup({ store: false });
      expect(
        dwdFailureOf(errorOf(s.run((svc) => svc.storeKey(JSON.stringify(s.key), 'nobody@example.com')))),
      ).toBe('userNotAllowed');
      revokeKey(s.world, s.key.private_key_id);
      expect(dwdFailureOf(errorOf(s.run((svc) => svc.storeKey(JSON.stringify(s.key), ADMIN))))).toBe(
        'keyRevoked',
      );
      expect(s.config.get(DWD_KEY_PROPERTY)).toBeNull();
    });

    it('keeps the previous key when a replacement fails', () => {
      const s = setup();
      const before = s.config.get(DWD_KEY_PROPERTY);
      const other = issueServiceAccountKey(s.world, { name: 'other' });
      expect(s.run((svc) => svc.storeKey(JSON.stringify(other), ADMIN)).ok).toBe(false);
      expect(s.config.get(DWD_KEY_PROPERTY)).toBe(before);
    });

    it('removeKey forgets the key: tokens are notConfigured afterwards', () => {
      const s = setup();
      s.run((svc) => svc.removeKey());
      expect(s.run((svc) => svc.keyInfo())).toBeNull();
      expect(dwdFailureOf(thrown(() => s.run((svc) => svc.token(ALICE, [SCOPES.contacts]))))).toBe(
        'notConfigured',
      );
    });
  });

  describe('testDelegation', () => {
    it('is ok for a delegated user, and asks Google every time (no cache)', () => {
      const s = setup();
      expect(s.run((svc) => svc.testDelegation(ALICE, [SCOPES.contacts]))).toEqual({
        ok: true,
        value: undefined,
      });
      expect(s.run((svc) => svc.testDelegation(ALICE, [SCOPES.contacts])).ok).toBe(true);
      expect(tokenCalls(s.world).minted).toBe(2);
      expect(s.world.appsScript.scriptCache).toEqual({});
    });

    it('returns the classified failure: suspended user, user excluded from delegation, no key', () => {
      const s = setup();
      suspendUser(s.world, ALICE);
      expect(dwdFailureOf(errorOf(s.run((svc) => svc.testDelegation(ALICE))))).toBe('userNotAllowed');
      addUser(s.world, { email: 'carol@example.com' });
      revokeDelegation(s.world, 'carol@example.com');
      // Google answers unauthorized_client when delegation does not cover the user (the emulator's per-user switch).
      expect(dwdFailureOf(errorOf(s.run((svc) => svc.testDelegation('carol@example.com'))))).toBe(
        'notAuthorized',
      );
      s.config.remove(DWD_KEY_PROPERTY);
      expect(dwdFailureOf(errorOf(s.run((svc) => svc.testDelegation(ALICE))))).toBe('notConfigured');
    });
  });

  describe('secrecy', () => {
    /** Pieces of the private key that would show up if any of it leaked. */
    const keyChunks = (k: ServiceAccountKeyFile) =>
      k.private_key
        .split('\n')
        .filter((l) => /^[A-Za-z0-9+/=]{32,}$/.test(l))
        .map((l) => l.slice(0, 32));

    function leaks(e: unknown, secrets: string[]): string[] {
      const err = e as AppError;
      const texts = [
        String(e),
        err.message,
        err.stack ?? '',
        JSON.stringify(err.params),
        JSON.stringify(e),
        JSON.stringify(err),
      ];
      return secrets.filter((sec) => texts.some((t) => t.includes(sec)));
    }

    it('no error, message, parameter or stack holds any part of the private key, on any failure path', () => {
      const s = setup({ store: false });
      const secrets = keyChunks(s.key);
      const errors: unknown[] = [];
      const keyText = JSON.stringify(s.key);
      // Malformed JSON that still contains the key: a JSON syntax error message would quote it.
      errors.push(errorOf(s.run((svc) => svc.storeKey(keyText.slice(0, keyText.length - 3) + ',,}', ADMIN))));
      errors.push(errorOf(s.run((svc) => svc.storeKey(JSON.stringify({ ...s.key, token_uri: 'x' }), ADMIN))));
      errors.push(
        errorOf(
          s.run((svc) =>
            svc.storeKey(
              JSON.stringify({
                ...s.key,
                private_key: s.key.private_key.replace(/\n[A-Za-z0-9+/]{64}\n/, '\nAAAA\n'),
              }),
              ADMIN,
            ),
          ),
        ),
      );
      errors.push(errorOf(s.run((svc) => svc.storeKey(keyText, 'nobody@example.com'))));
      expect(s.run((svc) => svc.storeKey(keyText, ADMIN)).ok).toBe(true);
      errors.push(thrown(() => s.run((svc) => svc.token('nobody@example.com', [SCOPES.contacts]))));
      errors.push(thrown(() => s.run((svc) => svc.token(ALICE, ['https://www.googleapis.com/auth/drive']))));
      s.world.setFaults({ oauth: { error503: 1 } });
      errors.push(thrown(() => s.run((svc) => svc.token(ALICE, [SCOPES.contacts]))));
      s.world.setFaults({});
      s.world.config.oauthTokenAudiences = ['https://x.test/'];
      errors.push(thrown(() => s.run((svc) => svc.token(ALICE, [SCOPES.contacts]))));
      revokeKey(s.world, s.key.private_key_id);
      errors.push(thrown(() => s.run((svc) => svc.token(ALICE, [SCOPES.directoryUsers]))));
      expect(errors.map((e) => dwdFailureOf(e) ?? (e as AppError).key)).toEqual([
        'error.dwd.badKey',
        'error.dwd.badKey',
        'error.dwd.keyUnreadable',
        'userNotAllowed',
        'userNotAllowed',
        'notAuthorized',
        'unavailable',
        'rejected',
        'keyRevoked',
      ]);
      for (const e of errors) expect(leaks(e, secrets)).toEqual([]);
      // Nothing was logged either.
      expect(s.world.appsScript.logs.join('\n')).not.toContain(secrets[0]);
    });

    it('storeKey and keyInfo return only the public half', () => {
      const s = setup({ store: false });
      const r = s.run((svc) => svc.storeKey(JSON.stringify(s.key), ADMIN));
      expect(JSON.stringify(r)).not.toContain('PRIVATE KEY');
      expect(JSON.stringify(s.run((svc) => svc.keyInfo()))).not.toContain('PRIVATE KEY');
    });
  });
});
