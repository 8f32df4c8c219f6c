// The OAuth faces other code uses: the token endpoint, bearer-token resolution for REST calls, and script tokens.
import { GoogleApiError, type GoogleErrorBody } from '../core/errors';
import type { ApiResponse, Caller } from '../core/types';
import type { HandlerTable, World } from '../core/world';
import { decodeJwt } from './jwt';
import { OAUTH_ERROR_CODES, recordToken, tokenGrant } from './grant';
import { ALL_SCOPES } from './scopes';

export const TOKEN_METHOD_ID = 'oauth2.token';

/** Register with the dispatcher so token requests are counted, delayed and fault-injected like any call. */
export const OAUTH_HANDLERS: HandlerTable = { [TOKEN_METHOD_ID]: tokenGrant };

/** Prefix of the development bearer token `dev:<email>`: that account with every scope (HTTP mode and tests only). */
export const DEV_TOKEN_PREFIX = 'dev:';

const isOAuthCode = (r: string) => (OAUTH_ERROR_CODES as readonly string[]).includes(r);

/**
 * POST https://oauth2.googleapis.com/token. `form` is the decoded `application/x-www-form-urlencoded` body.
 * Refusals answer in OAuth's format `{error, error_description}`; injected faults keep Google's JSON error body.
 */
export function tokenEndpoint(world: World, form: Record<string, string>): ApiResponse {
  const claims = form.assertion ? decodeJwt(form.assertion)?.claims : undefined;
  const res = world.call({
    service: 'oauth',
    methodId: TOKEN_METHOD_ID,
    params: {},
    body: { ...form },
    caller: { email: claims?.sub ?? claims?.iss ?? 'anonymous', scopes: [] },
    via: 'rest',
  });
  if (res.status === 200) return res;
  const err = (res.body as GoogleErrorBody).error;
  const reason = err?.errors?.[0]?.reason ?? '';
  if (!isOAuthCode(reason)) return res;
  return { status: res.status, body: { error: reason, error_description: err.message } };
}

const unauthenticated = () =>
  new GoogleApiError(
    401,
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    { status: 'UNAUTHENTICATED' },
  );

/** [?] Google revokes an account's tokens when it is suspended, deleted or disabled; `tokensDieWithAccount` toggles it. */
function accountDead(world: World, email: string): boolean {
  if (!world.config.tokensDieWithAccount) return false;
  const s = world.accountState(email);
  return s === 'suspended' || s === 'deleted' || s === 'banned';
}

/** The caller an `Authorization` header stands for; throws GoogleApiError 401 for a missing, unknown or expired token. */
export function resolveBearer(world: World, header: string | undefined): Caller {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) throw unauthenticated();
  const token = m[1];
  if (token.startsWith(DEV_TOKEN_PREFIX)) {
    const email = token.slice(DEV_TOKEN_PREFIX.length).toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(email) || accountDead(world, email)) throw unauthenticated();
    return { email, scopes: [...ALL_SCOPES] };
  }
  const t = world.oauth.tokens[token];
  if (!t || t.expiresAt <= world.clock.now() || accountDead(world, t.email)) throw unauthenticated();
  return { email: t.email, scopes: [...t.scopes] };
}

/** The token `ScriptApp.getOAuthToken()` returns: the executing user with the manifest's scopes (all, if not given). */
export function mintScriptToken(world: World, email: string, scopes: string[] | undefined): string {
  return recordToken(world, email, scopes ?? ALL_SCOPES, 'script');
}
