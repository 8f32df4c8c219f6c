// Google's discovery documents drive the emulator's surface: REST routes and the advanced services' method shapes.
import peopleDoc from '../discovery/people-v1.json';
import directoryDoc from '../discovery/admin-directory_v1.json';
import sheetsDoc from '../discovery/sheets-v4.json';
import type { ServiceName } from './types';

export interface DiscoveryParameter {
  type: string;
  location: 'path' | 'query';
  required?: boolean;
  repeated?: boolean;
  format?: string;
  enum?: string[];
}

export interface DiscoveryMethod {
  id: string;
  httpMethod: string;
  path: string;
  flatPath?: string;
  parameterOrder?: string[];
  parameters?: Record<string, DiscoveryParameter>;
  request?: { $ref: string };
  response?: { $ref: string };
  scopes?: string[];
}

interface DiscoveryResource {
  methods?: Record<string, DiscoveryMethod>;
  resources?: Record<string, DiscoveryResource>;
}

export interface DiscoveryDoc extends DiscoveryResource {
  name: string;
  rootUrl: string;
  servicePath: string;
  schemas: Record<string, unknown>;
}

export const DISCOVERY: Record<Exclude<ServiceName, 'oauth'>, DiscoveryDoc> = {
  people: peopleDoc as unknown as DiscoveryDoc,
  directory: directoryDoc as unknown as DiscoveryDoc,
  sheets: sheetsDoc as unknown as DiscoveryDoc,
};

export interface MethodInfo extends DiscoveryMethod {
  service: Exclude<ServiceName, 'oauth'>;
  /** Resource path from the service root, e.g. ['people', 'connections']. */
  resourcePath: string[];
  name: string;
}

function collect(
  service: Exclude<ServiceName, 'oauth'>,
  res: DiscoveryResource,
  prefix: string[],
  out: MethodInfo[],
): void {
  for (const [name, m] of Object.entries(res.methods ?? {})) out.push({ ...m, service, resourcePath: prefix, name });
  for (const [name, sub] of Object.entries(res.resources ?? {})) collect(service, sub, [...prefix, name], out);
}

export const METHODS: MethodInfo[] = (Object.keys(DISCOVERY) as Array<Exclude<ServiceName, 'oauth'>>).flatMap(
  (service) => {
    const out: MethodInfo[] = [];
    collect(service, DISCOVERY[service], [], out);
    return out;
  },
);

export const METHOD_BY_ID = new Map(METHODS.map((m) => [m.id, m]));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A URL path template as a regex: `{+x}` spans segments, `{x}` is one segment (no `/` or `:`). */
function templateRegex(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  let src = '';
  let last = 0;
  for (const m of template.matchAll(/\{(\+?)([^}]+)\}/g)) {
    src += escape(template.slice(last, m.index));
    names.push(m[2]);
    src += m[1] ? '(.+?)' : '([^/:]+)';
    last = (m.index ?? 0) + m[0].length;
  }
  src += escape(template.slice(last));
  return { re: new RegExp(`^${src}$`), names };
}

interface Route {
  method: MethodInfo;
  base: string;
  select: RegExp;
  extract: { re: RegExp; names: string[] };
  literalLength: number;
}

const ROUTES: Route[] = METHODS.map((m) => {
  const doc = DISCOVERY[m.service];
  const flat = m.flatPath ?? m.path;
  return {
    method: m,
    base: doc.rootUrl + doc.servicePath,
    select: templateRegex(flat).re,
    extract: templateRegex(m.path),
    literalLength: flat.replace(/\{[^}]+\}/g, '').length,
  };
}).sort((a, b) => b.literalLength - a.literalLength);

export interface MatchedRoute {
  method: MethodInfo;
  params: Record<string, unknown>;
}

/** Maps an HTTP method and a full https URL of a Google API to its discovery method and parameters. */
export function matchRoute(httpMethod: string, url: string): MatchedRoute | null {
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const query = q < 0 ? '' : url.slice(q + 1);
  for (const r of ROUTES) {
    if (r.method.httpMethod !== httpMethod.toUpperCase() || !pathPart.startsWith(r.base)) continue;
    const rel = pathPart.slice(r.base.length);
    if (!r.select.test(rel)) continue;
    const m = r.extract.re.exec(rel);
    if (!m) continue;
    const params: Record<string, unknown> = {};
    r.extract.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
    for (const pair of query.split('&').filter(Boolean)) {
      const eq = pair.indexOf('=');
      const k = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      const v = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      const prev = params[k];
      params[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    return { method: r.method, params };
  }
  return null;
}
