// DwdTokenService on the emulator: the JWT it signs, what it caches and for how long, and how refusals are classified.
import { AppError } from '../../src/core/errors';
import { dwdFailureOf, DWD_SCOPES, SCOPES } from '../../src/core/ports/tokens';
import { DwdTokenService } from '../../src/adapters/dwd-token-service';
import { AppsScriptRuntime } from '../../emulator/appsscript/runtime';
import { decodeJwt, verifyRs256 } from '../../emulator/oauth/jwt';
import { authorizeDwd, issueServiceAccountKey } from '../../emulator/oauth/keys';
import { inExecution, MANIFEST, type AppsScriptGlobals } from '../support/apps-script';
import { ADMIN, ALICE, dwdSetup as setup } from './support/dwd-setup';
import { tokenCalls, tokenService, worldClock } from './support/emulated';
import { thrown } from '../support/errors';

/** A fetch that records each request and forwards it to the emulator. */
function recordingFetch(
  g: AppsScriptGlobals,
  log: Array<{ url: string; params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions }>,
) {
  return {
    fetch: (url: string, params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions) => {
      log.push({ url, params });
      return g.UrlFetchApp.fetch(url, params);
    },
  } as unknown as GoogleAppsScript.URL_Fetch.UrlFetchApp;
}

describe('DwdTokenService', () => {
  describe('the JWT-bearer request', () => {
    it('POSTs an RS256 JWT (kid, iss, sorted scopes, aud, sub, iat, exp = iat + 3600) to the token endpoint', () => {
      const s = setup();
      const log: Array<{ url: string; params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions }> = [];
      const nowS = Math.floor(s.world.clock.now() / 1000);
      inExecution(s.rt, ADMIN, (g) =>
        new DwdTokenService(
          recordingFetch(g, log),
          g.Utilities,
          g.CacheService.getScriptCache(),
          s.config,
          worldClock(s.world),
        ).token('Alice@Example.com', [SCOPES.spreadsheets, SCOPES.contacts]),
      );
      expect(log).toHaveLength(1);
      const { url, params } = log[0];
      expect(url).toBe('https://oauth2.googleapis.com/token');
      expect(params.method).toBe('post');
      expect(params.muteHttpExceptions).toBe(true);
      const form = new URLSearchParams(String(params.payload));
      expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
      const assertion = form.get('assertion') ?? '';
      expect(assertion).not.toContain('=');
      const jwt = decodeJwt(assertion);
      expect(jwt).not.toBeNull();
      expect(jwt?.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: s.key.private_key_id });
      expect(jwt?.claims).toEqual({
        iss: s.key.client_email,
        scope: `${SCOPES.contacts} ${SCOPES.spreadsheets}`,
        aud: 'https://oauth2.googleapis.com/token',
        sub: ALICE,
        iat: expect.any(Number),
        exp: expect.any(Number),
      });
      // The clock moved by the call's latency only.
      expect(Math.abs((jwt?.claims.iat ?? 0) - nowS)).toBeLessThanOrEqual(1);
      expect((jwt?.claims.exp ?? 0) - (jwt?.claims.iat ?? 0)).toBe(3600);
      expect(verifyRs256(jwt!, s.world.oauth.keys[s.key.private_key_id].publicKeyPem)).toBe(true);
    });

    it('mints a token the emulated APIs accept as the user', () => {
      const s = setup();
      const token = s.run((svc) => svc.token(ALICE, [SCOPES.contacts]));
      expect(s.world.oauth.tokens[token]).toMatchObject({
        email: ALICE,
        scopes: [SCOPES.contacts],
        kind: 'dwd',
      });
    });
  });

  describe('caching', () => {
    it('caches for min(expires_in - 300 s, 3000 s) in the script cache, under a key of at most 250 characters', () => {
      const s = setup();
      const t0 = s.world.clock.now();
      s.run((svc) => svc.token(ALICE, DWD_SCOPES));
      const entries = Object.entries(s.world.appsScript.scriptCache);
      expect(entries).toHaveLength(1);
      const [cacheKey, entry] = entries[0];
      expect(cacheKey.length).toBeLessThanOrEqual(250);
      const ttl = entry.expiresAt - t0;
      expect(ttl).toBeGreaterThan(2990 * 1000);
      expect(ttl).toBeLessThanOrEqual(3000 * 1000 + 1000);
    });

    it('caches a shorter-lived token for its lifetime less 5 minutes, and a very short one not at all', () => {
      const s = setup();
      s.world.config.accessTokenTtlSeconds = 1800;
      const t0 = s.world.clock.now();
      s.run((svc) => svc.token(ALICE, [SCOPES.contacts]));
      const [entry] = Object.values(s.world.appsScript.scriptCache);
      expect(entry.expiresAt - t0).toBeGreaterThan(1490 * 1000);
      expect(entry.expiresAt - t0).toBeLessThanOrEqual(1501 * 1000);

      s.world.config.accessTokenTtlSeconds = 200;
      s.run((svc) => svc.token(ALICE, [SCOPES.directoryUsers]));
      s.run((svc) => svc.token(ALICE, [SCOPES.directoryUsers]));
      expect(tokenCalls(s.world).minted).toBe(3);
    });

    it('costs one token request per (user, scope set) an hour, across executions; zero within one execution after the first', () => {
      const s = setup();
      s.run((svc) => {
        svc.token(ALICE, [SCOPES.contacts]);
        svc.token(ALICE, [SCOPES.contacts]);
        svc.token(ADMIN, [SCOPES.directoryUsers, SCOPES.directoryGroups]);
      });
      s.run((svc) => svc.token(ALICE, [SCOPES.contacts]), ALICE);
      expect(tokenCalls(s.world)).toEqual({ requests: 2, minted: 2 });
    });

    it('does not reuse tokens minted with a replaced key', () => {
      const s = setup();
      const before = s.run((svc) => svc.token(ALICE, [SCOPES.contacts]));
      const second = issueServiceAccountKey(s.world);
      authorizeDwd(s.world, second.client_id, [...DWD_SCOPES]);
      expect(s.run((svc) => svc.storeKey(JSON.stringify(second), ADMIN)).ok).toBe(true);
      expect(s.run((svc) => svc.token(ALICE, [SCOPES.contacts]))).not.toBe(before);
    });
  });

  describe('failure classification', () => {
    it('rejected (FAILED_PRECONDITION) for a refusal that is about the request, not the user or key', () => {
      const s = setup();
      s.world.config.oauthTokenAudiences = ['https://oauth2.example.test/token'];
      const e = thrown(() => s.run((svc) => svc.token(ALICE, [SCOPES.contacts])));
      expect(e.code).toBe('FAILED_PRECONDITION');
      expect(dwdFailureOf(e)).toBe('rejected');
      expect(e.message).toContain('invalid_grant');
    });

    it('unavailable when the fetch itself fails (no answer), e.g. the token URL missing from the allowlist', () => {
      const s = setup();
      const rt = new AppsScriptRuntime(
        s.world,
        '',
        { ...MANIFEST, urlFetchWhitelist: ['https://people.googleapis.com/v1/'] },
        { freshContextPerRun: false },
      );
      const e = thrown(() =>
        inExecution(rt, ADMIN, (g) => tokenService(g, s.world, s.config).token(ALICE, [SCOPES.contacts])),
      );
      expect(e.code).toBe('UNAVAILABLE');
      expect(e.message).toContain('whitelisted');
    });

    it('lets the platform end the execution rather than reporting it as an outage', () => {
      const s = setup();
      let caught: unknown;
      try {
        inExecution(s.rt, ADMIN, (g) => tokenService(g, s.world, s.config).token(ALICE, [SCOPES.contacts]), {
          killAfterCalls: 0,
        });
      } catch (e) {
        caught = e;
      }
      expect(caught).not.toBeInstanceOf(AppError);
      expect((caught as Error).name).toBe('ExecutionKilled');
    });
  });
});
