// Contract of the TokenProvider port: caching per (user, scope set), and every refusal classified the same way.
import { dwdFailureOf, dwdStatusCause, SCOPES, type TokenProvider } from '../../src/core/ports/tokens';
import { thrown } from '../support/errors';

export interface TokensFixture {
  provider: TokenProvider;
  /** A key is stored (the admin pasted it). */
  configureKey(): void;
  /** The Admin console's domain-wide delegation entry for the key's client id. */
  authorize(scopes: readonly string[]): void;
  /** An active domain user. */
  addUser(email: string): void;
  suspend(email: string): void;
  revokeKey(): void;
  setOutage(down: boolean): void;
  /** Tokens minted by Google so far (cached answers excluded); `requests` also counts refused ones. */
  mints(): number;
  requests(): number;
  advance(ms: number): void;
}

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const ALL = [SCOPES.contacts, SCOPES.directoryUsers, SCOPES.directoryGroups, SCOPES.spreadsheets];

export function tokensContract(make: () => TokensFixture): void {
  let f: TokensFixture;

  const ready = () => {
    f = make();
    f.configureKey();
    f.authorize(ALL);
    f.addUser(ALICE);
    f.addUser(BOB);
    return f;
  };

  describe('token', () => {
    it('mints a token for an active, delegated user', () => {
      ready();
      const t = f.provider.token(ALICE, [SCOPES.contacts]);
      expect(typeof t).toBe('string');
      expect(t.length).toBeGreaterThan(0);
      expect(f.mints()).toBe(1);
    });

    it('answers from the cache for the same user and scope set, whatever the order, case or duplicates', () => {
      ready();
      const t = f.provider.token(ALICE, [SCOPES.contacts, SCOPES.directoryUsers]);
      expect(
        f.provider.token(' Alice@Example.com ', [SCOPES.directoryUsers, SCOPES.contacts, SCOPES.contacts]),
      ).toBe(t);
      expect(f.mints()).toBe(1);
    });

    it('mints separately per user and per scope set', () => {
      ready();
      const a = f.provider.token(ALICE, [SCOPES.contacts]);
      const b = f.provider.token(BOB, [SCOPES.contacts]);
      const c = f.provider.token(ALICE, [SCOPES.contacts, SCOPES.spreadsheets]);
      expect(new Set([a, b, c]).size).toBe(3);
      expect(f.mints()).toBe(3);
    });

    it('keeps a token for 50 minutes, then mints a new one', () => {
      ready();
      const t = f.provider.token(ALICE, [SCOPES.contacts]);
      f.advance(2999 * 1000);
      expect(f.provider.token(ALICE, [SCOPES.contacts])).toBe(t);
      f.advance(2 * 1000);
      expect(f.provider.token(ALICE, [SCOPES.contacts])).not.toBe(t);
      expect(f.mints()).toBe(2);
    });

    it('mints a fresh token after invalidate', () => {
      ready();
      const t = f.provider.token(ALICE, [SCOPES.contacts]);
      f.provider.invalidate(ALICE, [SCOPES.contacts]);
      expect(f.provider.token(ALICE, [SCOPES.contacts])).not.toBe(t);
      expect(f.mints()).toBe(2);
    });

    it('keeps answering from the cache while Google is down', () => {
      ready();
      const t = f.provider.token(ALICE, [SCOPES.contacts]);
      f.setOutage(true);
      expect(f.provider.token(ALICE, [SCOPES.contacts])).toBe(t);
    });
  });

  describe('refusals', () => {
    it('notConfigured (FAILED_PRECONDITION) when no key is stored, without asking Google', () => {
      f = make();
      f.addUser(ALICE);
      const e = thrown(() => f.provider.token(ALICE, [SCOPES.contacts]));
      expect(e.code).toBe('FAILED_PRECONDITION');
      expect(dwdFailureOf(e)).toBe('notConfigured');
      expect(dwdStatusCause(e)).toEqual({ failure: 'notConfigured', dwdAuthorized: false, everyone: true });
      expect(f.requests()).toBe(0);
    });

    it('notAuthorized (PERMISSION_DENIED) when the client id lacks a requested scope, naming the client and scopes', () => {
      ready();
      f.authorize([SCOPES.contacts]);
      const e = thrown(() => f.provider.token(ALICE, [SCOPES.contacts, SCOPES.spreadsheets]));
      expect(e.code).toBe('PERMISSION_DENIED');
      expect(dwdFailureOf(e)).toBe('notAuthorized');
      expect(e.message).toContain(SCOPES.spreadsheets);
      expect(String(e.params.clientId)).toMatch(/^\d+$/);
      expect(dwdStatusCause(e)).toEqual({ failure: 'notAuthorized', dwdAuthorized: false, everyone: false });
    });

    it('userNotAllowed (PERMISSION_DENIED) for a suspended user and for an unknown one', () => {
      ready();
      f.suspend(BOB);
      for (const user of [BOB, 'nobody@example.com']) {
        const e = thrown(() => f.provider.token(user, [SCOPES.contacts]));
        expect(e.code).toBe('PERMISSION_DENIED');
        expect(dwdFailureOf(e)).toBe('userNotAllowed');
        expect(e.params.user).toBe(user);
        expect(dwdStatusCause(e)).toEqual({
          failure: 'userNotAllowed',
          dwdAuthorized: false,
          everyone: false,
        });
      }
    });

    it('userNotAllowed for an empty or malformed user, without asking Google (no token as the service account)', () => {
      ready();
      for (const user of ['', '   ', 'alice', 'alice@']) {
        expect(dwdFailureOf(thrown(() => f.provider.token(user, [SCOPES.contacts])))).toBe('userNotAllowed');
      }
      expect(f.requests()).toBe(0);
    });

    it('INVALID_ARGUMENT for an empty scope list, without asking Google', () => {
      ready();
      expect(thrown(() => f.provider.token(ALICE, [])).code).toBe('INVALID_ARGUMENT');
      expect(thrown(() => f.provider.token(ALICE, [' '])).code).toBe('INVALID_ARGUMENT');
      expect(f.requests()).toBe(0);
    });

    it('keyRevoked (FAILED_PRECONDITION) once the key is deleted', () => {
      ready();
      f.revokeKey();
      const e = thrown(() => f.provider.token(ALICE, [SCOPES.contacts]));
      expect(e.code).toBe('FAILED_PRECONDITION');
      expect(dwdFailureOf(e)).toBe('keyRevoked');
      expect(dwdStatusCause(e)).toEqual({ failure: 'keyRevoked', dwdAuthorized: false, everyone: true });
    });

    it('unavailable (UNAVAILABLE) while Google answers 5xx, and a token once it is back', () => {
      ready();
      f.setOutage(true);
      const e = thrown(() => f.provider.token(ALICE, [SCOPES.contacts]));
      expect(e.code).toBe('UNAVAILABLE');
      expect(dwdFailureOf(e)).toBe('unavailable');
      expect(dwdStatusCause(e)).toEqual({ failure: 'unavailable', dwdAuthorized: null, everyone: false });
      f.setOutage(false);
      expect(f.provider.token(ALICE, [SCOPES.contacts])).toEqual(expect.any(String));
      expect(f.mints()).toBe(1);
    });
  });
}
