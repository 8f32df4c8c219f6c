// The TokenProvider fake: a key, the Admin console's DWD entry and the domain's users as switches; refuses as Google does.
import { isValidEmail, normalizeEmail } from '../core/email';
import { invalidArgument } from '../core/errors';
import type { Clock } from '../core/ports/infrastructure';
import { dwdError, normalizeScopes, type TokenProvider } from '../core/ports/tokens';

/** How long a fake token stays cached: the real adapter's 3,000 s. */
export const FAKE_TOKEN_TTL_MS = 3000 * 1000;

export class InMemoryTokenProvider implements TokenProvider {
  /** Tokens minted (what the real adapter would ask Google for); cached answers do not count. */
  mints = 0;
  /** Requests "sent to Google": mints and refusals alike. */
  requests = 0;
  private key: { clientId: string; keyId: string; revoked: boolean } | null = null;
  private authorized: string[] = [];
  private readonly users = new Map<string, boolean>();
  private down = false;
  private readonly cache = new Map<string, { token: string; until: number }>();

  constructor(private readonly clock: Clock) {}

  configureKey(
    clientId = '100000000000000000001',
    keyId = 'fakekey0000000000000000000000000000000001',
  ): void {
    this.key = { clientId, keyId, revoked: false };
    this.cache.clear();
  }

  revokeKey(): void {
    if (this.key) this.key.revoked = true;
  }

  /** The Admin console's domain-wide delegation entry for the key's client id (replacing any earlier list). */
  authorize(scopes: readonly string[]): void {
    this.authorized = [...scopes];
  }

  /** A domain user DWD may act as (`allowed: false`: suspended, deleted or outside delegation). */
  setUser(email: string, allowed = true): void {
    this.users.set(normalizeEmail(email), allowed);
  }

  /** While down, every mint answers UNAVAILABLE (Google's 5xx). */
  setOutage(down: boolean): void {
    this.down = down;
  }

  token(user: string, scopes: readonly string[]): string {
    if (!this.key) throw dwdError('notConfigured');
    const sub = normalizeEmail(user);
    if (!isValidEmail(sub)) throw dwdError('userNotAllowed', { user: sub });
    const set = normalizeScopes(scopes);
    if (set.length === 0)
      throw invalidArgument('error.dwd.noScopes', 'A token needs at least one OAuth scope.');
    const slot = `${this.key.keyId}|${sub}|${set.join(' ')}`;
    const now = this.clock.nowMs();
    const hit = this.cache.get(slot);
    if (hit && hit.until > now) return hit.token;
    this.requests++;
    if (this.down) throw dwdError('unavailable', { detail: 'HTTP 503' });
    if (this.key.revoked) throw dwdError('keyRevoked', { keyId: this.key.keyId });
    if (this.users.get(sub) !== true) throw dwdError('userNotAllowed', { user: sub });
    if (!set.every((s) => this.authorized.includes(s))) {
      throw dwdError('notAuthorized', { clientId: this.key.clientId, scopes: set.join(', ') });
    }
    this.mints++;
    const token = `fake-token-${this.mints}`;
    this.cache.set(slot, { token, until: now + FAKE_TOKEN_TTL_MS });
    return token;
  }

  invalidate(user: string, scopes: readonly string[]): void {
    if (!this.key) return;
    this.cache.delete(`${this.key.keyId}|${normalizeEmail(user)}|${normalizeScopes(scopes).join(' ')}`);
  }
}
