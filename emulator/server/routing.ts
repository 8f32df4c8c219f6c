// Maps a request on the local server to the Google API URL it stands for, and splits off Google's system parameters.
import { DISCOVERY, matchRoute, type MatchedRoute } from '../core/discovery';

/** The Google hosts served, recognised by `Host` header (a proxy or hosts-file setup) before the path prefixes. */
const HOSTS = ['people.googleapis.com', 'admin.googleapis.com', 'sheets.googleapis.com'];

/**
 * Path prefix -> Google origin. The three APIs' paths do not overlap (`v1/` People, `admin/directory/v1/` Directory,
 * `v4/` Sheets: their discovery documents' servicePath + method paths), so a client pointed at `rootUrl: <server>/`
 * reaches the right service whatever Host it sends.
 */
const PREFIXES: Array<[string, string]> = [
  ['/admin/directory/v1/', 'https://admin.googleapis.com'],
  ['/v1/', 'https://people.googleapis.com'],
  ['/v4/', 'https://sheets.googleapis.com'],
];

/** The token endpoint paths: Google's current `/token` and the older `/oauth2/v4/token`. */
export const TOKEN_PATHS = new Set(['/token', '/oauth2/v4/token']);

/** The full https URL of the Google API a local path (with query) addresses, or null when no service serves it. */
export function toGoogleUrl(host: string | undefined, pathAndQuery: string): string | null {
  const hostname = (host ?? '').split(':')[0].toLowerCase();
  if (HOSTS.includes(hostname)) return `https://${hostname}${pathAndQuery}`;
  const hit = PREFIXES.find(([prefix]) => pathAndQuery.startsWith(prefix));
  return hit ? hit[1] + pathAndQuery : null;
}

/** Google's system parameters (the discovery documents' top-level `parameters`), which no handler sees. */
const SYSTEM_PARAMS = new Set(
  Object.values(DISCOVERY).flatMap((d) =>
    Object.keys((d as unknown as { parameters?: object }).parameters ?? {}),
  ),
);

export interface RoutedRequest extends MatchedRoute {
  /** System parameters the server itself honours (`fields`, `access_token`, `prettyPrint`, `alt`...). */
  system: Record<string, string>;
}

/** `matchRoute` plus the split between method parameters and system parameters. */
export function routeRequest(httpMethod: string, googleUrl: string): RoutedRequest | null {
  const matched = matchRoute(httpMethod, googleUrl);
  if (!matched) return null;
  const params: Record<string, unknown> = {};
  const system: Record<string, string> = {};
  const declared = matched.method.parameters ?? {};
  for (const [k, v] of Object.entries(matched.params)) {
    if (SYSTEM_PARAMS.has(k) && !(k in declared))
      system[k] = Array.isArray(v) ? String(v[v.length - 1]) : String(v);
    else params[k] = v;
  }
  return { method: matched.method, params, system };
}
