// UrlFetchApp: requests never leave the process. The token endpoint and Google API URLs are served by the emulator;
// every other host fails as an unresolvable name would. The manifest allowlist is enforced
// ([C] https://developers.google.com/apps-script/manifest/allowlist-url), and so are the URL length and daily call
// quotas ([C] https://developers.google.com/apps-script/guides/services/quotas).
import { GoogleApiError } from '../core/errors';
import { matchRoute } from '../core/discovery';
import type { ApiResponse } from '../core/types';
import { resolveBearer, tokenEndpoint } from '../oauth/tokens';
import { makeBlob } from './blob';
import { decodeString, encodeString, toBytes } from './bytes';
import type { ScriptHost } from './host';
import { quotaFor, useDailyQuota } from './host';

/** URL Fetch URL size limit: 2 KB ([C] quotas page). */
const MAX_URL_LENGTH = 2 * 1024;
/** Token URLs: the current one and the legacy one apps-script-oauth2 uses (google-api-facts.md C). */
const TOKEN_URLS = ['https://oauth2.googleapis.com/token', 'https://accounts.google.com/o/oauth2/token'];
const JSON_TYPE = 'application/json; charset=UTF-8';

interface Request {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload: string | undefined;
  contentType: string | undefined;
  muteHttpExceptions: boolean;
}

/** Whether `url` starts with an allowlisted prefix; a leading `*.` in the host covers subdomains. */
export function allowlisted(url: string, prefixes: string[]): boolean {
  return prefixes.some((p) => {
    const m = /^https:\/\/\*\.(.*)$/.exec(p);
    if (!m) return url.startsWith(p);
    const rest = /^https:\/\/[^/]+?\.(.*)$/.exec(url);
    return rest !== null && rest[1].startsWith(m[1]);
  });
}

const formEncode = (o: Record<string, unknown>) =>
  Object.entries(o)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');

function formDecode(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of s.split('&').filter(Boolean)) {
    const eq = pair.indexOf('=');
    const dec = (x: string) => decodeURIComponent(x.replace(/\+/g, ' '));
    out[dec(eq < 0 ? pair : pair.slice(0, eq))] = eq < 0 ? '' : dec(pair.slice(eq + 1));
  }
  return out;
}

const headerValue = (headers: Record<string, string>, name: string) =>
  Object.entries(headers).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

export function createUrlFetchApp(host: ScriptHost): Record<string, unknown> {
  const { world, realm } = host;

  const toRequest = (url: unknown, params: unknown): Request => {
    const p = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
    const headers: Record<string, string> = {};
    if (p.headers !== null && typeof p.headers === 'object') {
      for (const [k, v] of Object.entries(p.headers as Record<string, unknown>)) headers[k] = String(v);
    }
    let payload: string | undefined;
    let contentType = p.contentType === undefined ? undefined : String(p.contentType);
    const raw = p.payload;
    if (typeof raw === 'string') payload = raw;
    else if (Array.isArray(raw)) payload = decodeString(toBytes(raw) ?? new Uint8Array());
    else if (raw !== null && typeof raw === 'object') {
      const blob = raw as { getBytes?: unknown; getContentType?: unknown };
      if (typeof blob.getBytes === 'function') {
        payload = decodeString(toBytes((blob.getBytes as () => unknown)()) ?? new Uint8Array());
        if (!contentType && typeof blob.getContentType === 'function') contentType = String((blob.getContentType as () => unknown)());
      } else payload = formEncode(raw as Record<string, unknown>);
    }
    if (payload !== undefined && !contentType) contentType = 'application/x-www-form-urlencoded';
    return {
      url: String(url),
      method: String(p.method ?? 'get').toUpperCase(),
      headers,
      payload,
      contentType,
      muteHttpExceptions: p.muteHttpExceptions === true,
    };
  };

  /** The emulated server's answer to one request (no exceptions for HTTP errors). */
  const serve = (r: Request): ApiResponse => {
    const base = r.url.split('?')[0];
    if (TOKEN_URLS.includes(base)) {
      if (r.method !== 'POST') return { status: 405, body: new GoogleApiError(405, 'Method Not Allowed').toBody() };
      return tokenEndpoint(world, formDecode(r.payload ?? ''));
    }
    const route = matchRoute(r.method, r.url);
    if (!route) {
      return { status: 404, body: new GoogleApiError(404, `The requested URL ${new URL(base).pathname} was not found on this server.`).toBody() };
    }
    let caller;
    try {
      caller = resolveBearer(world, headerValue(r.headers, 'Authorization'));
    } catch (e) {
      if (e instanceof GoogleApiError) return { status: e.code, body: e.toBody() };
      throw e;
    }
    let body: unknown;
    if (r.payload !== undefined && r.payload !== '') {
      try {
        body = JSON.parse(r.payload);
      } catch {
        return { status: 400, body: new GoogleApiError(400, `Invalid JSON payload received. Unexpected token.\n${r.payload.slice(0, 40)}`).toBody() };
      }
    }
    return world.call({ service: route.method.service, methodId: route.method.id, params: route.params, body, caller, via: 'rest' });
  };

  const response = (status: number, text: string, headers: Record<string, string>) => {
    const bytes = encodeString(text);
    return {
      getResponseCode: () => status,
      getContentText: (charset?: unknown) => decodeString(bytes, charset),
      getContent: () => realm.bytes(bytes),
      getHeaders: () => ({ ...headers }),
      getAllHeaders: () => ({ ...headers }),
      getBlob: () => makeBlob(host, bytes.slice(), headers['Content-Type'] ?? null, null),
      getAs: (t: unknown) => makeBlob(host, bytes.slice(), String(t), null),
      toString: () => 'HTTPResponse',
    };
  };

  const fetchOne = (r: Request) => {
    const user = host.current().user;
    if (r.url.length > MAX_URL_LENGTH) throw realm.error('Limit Exceeded: URLFetch URL Length.');
    let parsed: URL;
    try {
      parsed = new URL(r.url);
    } catch {
      throw realm.error(`Invalid argument: ${r.url}`);
    }
    const prefixes = host.manifest.urlFetchWhitelist;
    if ((prefixes !== undefined || world.config.urlFetchAllowlistRequired) && !allowlisted(r.url, prefixes ?? [])) {
      throw realm.error(`Request to ${r.url} failed because the URL has not been whitelisted in the script manifest.`);
    }
    if (!useDailyQuota(world, `urlfetch|${user}`, 1, quotaFor(world, user, world.config.urlFetchPerDay))) {
      throw realm.error('Service invoked too many times for one day: urlfetch.');
    }
    const googleHost = parsed.hostname.endsWith('.googleapis.com') || TOKEN_URLS.includes(r.url.split('?')[0]);
    if (!googleHost) throw realm.error(`DNS error: ${r.url}`);
    const res = serve(r);
    const text = JSON.stringify(res.body ?? {}, null, 2);
    if (res.status >= 400 && !r.muteHttpExceptions) {
      const shown = text.length > 100 ? `${text.slice(0, 100)}...` : text;
      throw realm.error(
        `Request failed for ${parsed.origin} returned code ${res.status}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return response(res.status, text, { 'Content-Type': JSON_TYPE });
  };

  return {
    fetch: (url: unknown, params?: unknown) => fetchOne(toRequest(url, params)),
    fetchAll: (requests: unknown) => {
      if (!Array.isArray(requests)) throw realm.error('Invalid argument: requests');
      const all = requests.map((q: unknown) =>
        typeof q === 'string' ? toRequest(q, {}) : toRequest((q as { url?: unknown } | null)?.url, q),
      );
      return all.map(fetchOne);
    },
    getRequest: (url: unknown, params?: unknown) => {
      const r = toRequest(url, params);
      const out: Record<string, unknown> = { url: r.url, method: r.method.toLowerCase(), headers: r.headers };
      if (r.payload !== undefined) out.payload = r.payload;
      if (r.contentType !== undefined) out.contentType = r.contentType;
      out.muteHttpExceptions = r.muteHttpExceptions;
      return out;
    },
  };
}
