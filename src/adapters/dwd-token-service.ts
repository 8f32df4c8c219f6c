// TokenProvider over the domain's service account: JWT signed in Apps Script, POSTed to Google's token endpoint, cached < 1 h.
import { isValidEmail, normalizeEmail } from '../core/email';
import { AppError, fail, invalidArgument, ok, type Result } from '../core/errors';
import type { Clock, ConfigStore } from '../core/ports/infrastructure';
import {
  dwdError,
  DWD_SCOPES,
  normalizeScopes,
  type DwdKeyInfo,
  type TokenProvider,
} from '../core/ports/tokens';
import { isTransient } from './google-errors';
import { fetchJson } from './http-json';
import { claimsFor, signJwt } from './jwt';
import {
  keyInfo,
  parseServiceAccountKey,
  serializeKey,
  TOKEN_ENDPOINT,
  type ServiceAccountKey,
} from './service-account-key';

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;
type Utils = GoogleAppsScript.Utilities.Utilities;
type Cache = GoogleAppsScript.Cache.Cache;

/** The ConfigStore key the service-account key is stored under. */
export const DWD_KEY_PROPERTY = 'dwdKey';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
/** A cached token is dropped this long before Google's expiry, so no caller gets one that dies mid-run. */
const EXPIRY_MARGIN_S = 300;
/** Cached at most 50 minutes: DESIGN.md section 3 keeps tokens in the cache for less than an hour. */
const MAX_CACHE_S = 3000;

interface Minted {
  token: string;
  expiresInS: number;
}

interface CachedToken {
  t: string;
  /** Epoch ms after which the entry must not be used. */
  e: number;
}

export class DwdTokenService implements TokenProvider {
  /** undefined: not read yet; null: none stored. */
  private key: ServiceAccountKey | null | undefined;
  private readonly memo = new Map<string, CachedToken>();

  constructor(
    private readonly urlFetch: UrlFetch,
    private readonly utilities: Utils,
    private readonly cache: Cache,
    private readonly config: ConfigStore,
    private readonly clock: Clock,
  ) {}

  token(user: string, scopes: readonly string[]): string {
    const key = this.storedKey();
    if (!key) throw dwdError('notConfigured');
    const sub = this.subject(user);
    const set = this.scopeSet(scopes);
    const slot = this.cacheKey(key, sub, set);
    const now = this.clock.nowMs();
    const hit = this.memo.get(slot) ?? this.readCache(slot);
    if (hit && hit.e > now) {
      this.memo.set(slot, hit);
      return hit.t;
    }
    const minted = this.mint(key, sub, set);
    const ttlS = Math.floor(Math.min(minted.expiresInS - EXPIRY_MARGIN_S, MAX_CACHE_S));
    if (ttlS >= 1) {
      const entry: CachedToken = { t: minted.token, e: now + ttlS * 1000 };
      this.memo.set(slot, entry);
      this.cache.put(slot, JSON.stringify(entry), ttlS);
    }
    return minted.token;
  }

  invalidate(user: string, scopes: readonly string[]): void {
    const key = this.storedKey();
    if (!key) return;
    const slot = this.cacheKey(key, normalizeEmail(user), normalizeScopes(scopes));
    this.memo.delete(slot);
    this.cache.remove(slot);
  }

  /** The public half of the stored key (for the settings card), or null when none is stored. */
  keyInfo(): DwdKeyInfo | null {
    const key = this.storedKey();
    return key ? keyInfo(key) : null;
  }

  /**
   * For the admin settings card: checks the pasted key's shape, proves Apps Script can sign with it, and proves Google
   * mints a token with it for `admin` carrying every scope of `DWD_SCOPES` (so the Admin console entry is complete).
   * Nothing is stored unless all three pass; the refusal is the same classified AppError `token` would throw.
   */
  storeKey(json: string, admin: string): Result<DwdKeyInfo> {
    const key = parseServiceAccountKey(json);
    if (key instanceof AppError) return fail(key);
    try {
      this.utilities.computeRsaSha256Signature('shared-labels key check', key.privateKey);
    } catch {
      return fail(
        invalidArgument(
          'error.dwd.keyUnreadable',
          'Apps Script cannot sign with this private key. Download a new JSON key for the service account and paste the whole file.',
        ),
      );
    }
    try {
      this.mint(key, this.subject(admin), this.scopeSet(DWD_SCOPES));
      this.config.set(DWD_KEY_PROPERTY, serializeKey(key));
    } catch (e) {
      if (e instanceof AppError) return fail(e);
      throw e;
    }
    this.key = key;
    this.memo.clear();
    return ok(keyInfo(key));
  }

  /** Whether Google mints a token for `user` with the stored key (no cache involved): ok, or the classified failure. */
  testDelegation(user: string, scopes: readonly string[] = DWD_SCOPES): Result<void> {
    const key = this.storedKey();
    if (!key) return fail(dwdError('notConfigured'));
    try {
      this.mint(key, this.subject(user), this.scopeSet(scopes));
      return ok(undefined);
    } catch (e) {
      if (e instanceof AppError) return fail(e);
      throw e;
    }
  }

  removeKey(): void {
    this.config.remove(DWD_KEY_PROPERTY);
    this.key = null;
    this.memo.clear();
  }

  private storedKey(): ServiceAccountKey | null {
    if (this.key === undefined) {
      const raw = this.config.get(DWD_KEY_PROPERTY);
      const parsed = raw === null ? null : parseServiceAccountKey(raw);
      // A stored value that no longer parses is treated as absent: the admin pastes the key again.
      this.key = parsed instanceof AppError ? null : parsed;
    }
    return this.key;
  }

  /** Without `sub` Google would mint a token for the service account itself: an empty or malformed user is refused. */
  private subject(user: string): string {
    const sub = normalizeEmail(user);
    if (!isValidEmail(sub)) throw dwdError('userNotAllowed', { user: sub });
    return sub;
  }

  private scopeSet(scopes: readonly string[]): string[] {
    const set = normalizeScopes(scopes);
    if (set.length === 0)
      throw invalidArgument('error.dwd.noScopes', 'A token needs at least one OAuth scope.');
    return set;
  }

  /** Under 250 characters whatever the scopes: the key id, then a digest of user and scopes. */
  private cacheKey(key: ServiceAccountKey, sub: string, scopes: readonly string[]): string {
    const u = this.utilities;
    const digest = u.computeDigest(u.DigestAlgorithm.SHA_256, sub + ' ' + scopes.join(' '), u.Charset.UTF_8);
    return `dwd|${key.privateKeyId}|${u.base64EncodeWebSafe(digest)}`;
  }

  private readCache(slot: string): CachedToken | null {
    const raw = this.cache.get(slot);
    if (raw === null) return null;
    try {
      const v = JSON.parse(raw) as Partial<CachedToken>;
      return typeof v.t === 'string' && typeof v.e === 'number' ? { t: v.t, e: v.e } : null;
    } catch {
      return null;
    }
  }

  /** One JWT-bearer grant. Throws a classified AppError; never puts the key or the assertion in it. */
  private mint(key: ServiceAccountKey, sub: string, scopes: readonly string[]): Minted {
    let assertion: string;
    try {
      assertion = signJwt(
        this.utilities,
        key.privateKey,
        key.privateKeyId,
        claimsFor(key, sub, scopes, this.clock.nowMs()),
      );
    } catch {
      // Only a stored key corrupted after storeKey proved it can get here: ask for the key again.
      throw dwdError('notConfigured');
    }
    const res = fetchJson(this.urlFetch, TOKEN_ENDPOINT, {
      method: 'post',
      form: { grant_type: JWT_BEARER, assertion },
    });
    const body = (res.body ?? {}) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
      error_description?: unknown;
    };
    if (res.status === 200 && typeof body.access_token === 'string' && body.access_token !== '') {
      const expiresIn = Number(body.expires_in);
      return {
        token: body.access_token,
        expiresInS: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600,
      };
    }
    if (res.status === 200 || isTransient(res.status)) throw dwdError('unavailable', { detail: res.detail });
    throw classifyRefusal(key, sub, scopes, body.error, body.error_description, res.status);
  }
}

/** OAuth's error codes (RFC 6749 section 5.2) as Google uses them for the JWT-bearer grant. */
function classifyRefusal(
  key: ServiceAccountKey,
  sub: string,
  scopes: readonly string[],
  error: unknown,
  description: unknown,
  status: number,
): AppError {
  const code = typeof error === 'string' ? error : '';
  const text = typeof description === 'string' ? description : '';
  if (code === 'unauthorized_client') {
    return dwdError('notAuthorized', { clientId: key.clientId, scopes: scopes.join(', ') });
  }
  if (code === 'invalid_grant' && /invalid email or user id/i.test(text))
    return dwdError('userNotAllowed', { user: sub });
  // A deleted key signs "Invalid JWT Signature."; a deleted service account is "account not found" / invalid_client.
  if ((code === 'invalid_grant' && /signature|account not found/i.test(text)) || code === 'invalid_client') {
    return dwdError('keyRevoked', { keyId: key.privateKeyId });
  }
  return dwdError('rejected', { reason: code || `HTTP ${status}`, detail: text || 'no description' });
}
