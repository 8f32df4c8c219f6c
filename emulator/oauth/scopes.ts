// OAuth scopes: the set the discovery documents define, and the REST-side check that a token carries a method's scope.
import { DISCOVERY, METHOD_BY_ID } from '../core/discovery';
import { GoogleApiError } from '../core/errors';
import type { ApiRequest } from '../core/types';

/** Every scope any emulated API accepts (what a `dev:` token and an unscoped script token carry). */
export const ALL_SCOPES: string[] = Array.from(
  new Set(
    Object.values(DISCOVERY).flatMap((doc) => {
      const auth = (doc as unknown as { auth?: { oauth2?: { scopes?: Record<string, unknown> } } }).auth;
      return Object.keys(auth?.oauth2?.scopes ?? {});
    }),
  ),
).sort();

/** Google's answer to a token lacking the method's scope (https://cloud.google.com/apis/design/errors). */
export const insufficientScopes = () =>
  new GoogleApiError(403, 'Request had insufficient authentication scopes.', {
    status: 'PERMISSION_DENIED',
    reason: 'insufficientPermissions',
  });

/**
 * Throws 403 unless the REST caller's token holds one of `accepted` (default: the method's scopes from its
 * discovery document). Advanced-service calls (`scopes === null`) carry the manifest's scopes and always pass.
 */
export function requireScope(req: ApiRequest, accepted?: string[]): void {
  const granted = req.caller.scopes;
  if (granted === null) return;
  const wanted = accepted ?? METHOD_BY_ID.get(req.methodId)?.scopes ?? [];
  if (wanted.length === 0) return;
  if (!wanted.some((s) => granted.includes(s))) throw insufficientScopes();
}
