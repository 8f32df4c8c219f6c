// The JWT-bearer grant (domain-wide delegation) as Google's token endpoint judges it; errors use OAuth's codes as `reason`.
// Flow and claims: https://developers.google.com/identity/protocols/oauth2/service-account ; error bodies: RFC 6749 §5.2.
import { GoogleApiError } from '../core/errors';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { decodeJwt, verifyRs256, type DecodedJwt } from './jwt';
import type { ServiceAccountKey } from './state';

export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The OAuth error codes this endpoint answers with (RFC 6749 §5.2); carried as the GoogleApiError `reason`. */
export const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_grant',
  'invalid_scope',
  'unauthorized_client',
  'unsupported_grant_type',
] as const;

export type OAuthErrorCode = (typeof OAUTH_ERROR_CODES)[number];

export function oauthError(status: number, code: OAuthErrorCode, description: string): GoogleApiError {
  return new GoogleApiError(status, description, { reason: code });
}

// Google's wording of each refusal, as users of google-auth-library report it [S].
const MSG = {
  signature: 'Invalid JWT Signature.',
  noAccount: 'Invalid grant: account not found',
  timeframe:
    'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.',
  badSub: 'Invalid email or User ID',
  noScope: 'Empty or missing scope not allowed.',
  unauthorized:
    'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
};

/** The form of a token request, from a JSON object or URL-encoded pairs. */
function formOf(body: unknown): Record<string, string> {
  if (body === null || typeof body !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}

function verifiedKey(world: World, jwt: DecodedJwt): ServiceAccountKey {
  const iss = jwt.claims.iss ?? '';
  const keys = Object.values(world.oauth.keys).filter((k) => k.clientEmail === iss);
  if (keys.length === 0) throw oauthError(400, 'invalid_grant', MSG.noAccount);
  if (jwt.header.alg !== 'RS256') throw oauthError(400, 'invalid_grant', MSG.signature);
  // A deleted (revoked) key's signatures are refused just like forged ones.
  const candidates = keys.filter((k) => !k.revoked && (!jwt.header.kid || k.privateKeyId === jwt.header.kid));
  const key = candidates.find((k) => verifyRs256(jwt, k.publicKeyPem));
  if (!key) throw oauthError(400, 'invalid_grant', MSG.signature);
  return key;
}

function checkTimes(world: World, jwt: DecodedJwt): void {
  const { iat, exp } = jwt.claims;
  const now = world.clock.now() / 1000;
  const skew = world.config.jwtIatSkewSeconds;
  // "exp: ... a maximum of 1 hour after the issued time" (service-account doc, claim table).
  const ok = iat !== undefined && exp !== undefined && exp - iat <= 3600 && exp > now && iat <= now + skew;
  if (!ok) throw oauthError(400, 'invalid_grant', MSG.timeframe);
}

/** The impersonated user's primary email, if it is an active domain user (primary email or alias). */
function activeSubject(world: World, sub: string): { email: string; dwdAuthorized: boolean } | null {
  const key = sub.toLowerCase();
  const user =
    world.directory.users[key] ?? Object.values(world.directory.users).find((u) => u.aliases.includes(key));
  if (!user || world.accountState(user.primaryEmail) !== 'active') return null;
  return { email: user.primaryEmail, dwdAuthorized: user.dwdAuthorized };
}

/** Mints and records an access token; returns its string. */
export function recordToken(world: World, email: string, scopes: string[], kind: 'dwd' | 'script'): string {
  const token = 'ya29.' + world.rng.id(60);
  world.oauth.tokens[token] = {
    email: email.toLowerCase(),
    scopes: [...scopes],
    expiresAt: world.clock.now() + world.config.accessTokenTtlSeconds * 1000,
    kind,
  };
  return token;
}

/** Handler `oauth2.token`: a JWT-bearer grant in, `{access_token, expires_in, token_type}` out. */
export function tokenGrant(world: World, req: ApiRequest): unknown {
  const form = formOf(req.body);
  if (form.grant_type !== JWT_BEARER) {
    if (!form.grant_type) throw oauthError(400, 'invalid_request', 'Missing required parameter: grant_type');
    throw oauthError(400, 'unsupported_grant_type', `Invalid grant_type: ${form.grant_type}`);
  }
  if (!form.assertion) throw oauthError(400, 'invalid_request', 'Missing required parameter: assertion');
  const jwt = decodeJwt(form.assertion);
  if (!jwt) throw oauthError(400, 'invalid_grant', MSG.signature);
  const key = verifiedKey(world, jwt);
  if (!world.config.oauthTokenAudiences.includes(jwt.claims.aud ?? '')) {
    throw oauthError(
      400,
      'invalid_grant',
      `Invalid JWT: Failed audience check. The right audience is ${world.config.oauthTokenAudiences[0]}`,
    );
  }
  checkTimes(world, jwt);
  const scopes = (jwt.claims.scope ?? '').split(/\s+/).filter(Boolean);
  if (scopes.length === 0) throw oauthError(400, 'invalid_scope', MSG.noScope);
  let email = key.clientEmail;
  if (jwt.claims.sub) {
    const subject = activeSubject(world, jwt.claims.sub);
    if (!subject) throw oauthError(400, 'invalid_grant', MSG.badSub);
    const granted = world.oauth.dwdClients[key.clientId] ?? [];
    if (!subject.dwdAuthorized || !scopes.every((s) => granted.includes(s))) {
      throw oauthError(world.config.oauthUnauthorizedClientStatus, 'unauthorized_client', MSG.unauthorized);
    }
    email = subject.email;
  }
  const token = recordToken(world, email, scopes, 'dwd');
  return { access_token: token, expires_in: world.config.accessTokenTtlSeconds, token_type: 'Bearer' };
}
