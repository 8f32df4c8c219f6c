// People calls over REST with UrlFetchApp and a bearer token: how the sync reaches any domain user's contacts with a
// domain-wide-delegation token minted for that user.
import { toCallError, type PeopleMethod, type PeopleTransport } from './people-transport';

type Json = Record<string, unknown>;
const ROOT = 'https://people.googleapis.com/v1/';

const ROUTES: Record<PeopleMethod, { verb: 'get' | 'post' | 'put' | 'delete'; path: (rn: string) => string }> = {
  'people.people.connections.list': { verb: 'get', path: (rn) => `${rn || 'people/me'}/connections` },
  'people.people.getBatchGet': { verb: 'get', path: () => 'people:batchGet' },
  'people.people.batchCreateContacts': { verb: 'post', path: () => 'people:batchCreateContacts' },
  'people.people.batchUpdateContacts': { verb: 'post', path: () => 'people:batchUpdateContacts' },
  'people.people.batchDeleteContacts': { verb: 'post', path: () => 'people:batchDeleteContacts' },
  'people.contactGroups.list': { verb: 'get', path: () => 'contactGroups' },
  'people.contactGroups.create': { verb: 'post', path: () => 'contactGroups' },
  'people.contactGroups.update': { verb: 'put', path: (rn) => rn },
  'people.contactGroups.delete': { verb: 'delete', path: (rn) => rn },
  'people.contactGroups.members.modify': { verb: 'post', path: (rn) => `${rn}/members:modify` },
};

export function queryString(params: Json): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    for (const one of Array.isArray(v) ? v : [v]) parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(one))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

export class PeopleRestTransport implements PeopleTransport {
  /** `token` returns a valid access token for the account (cached by the token service). */
  constructor(
    private readonly urlFetch: GoogleAppsScript.URL_Fetch.UrlFetchApp,
    private readonly token: () => string,
  ) {}

  call(method: PeopleMethod, params: Json, body?: unknown): Json {
    const route = ROUTES[method];
    const { resourceName, ...query } = params;
    const url = ROOT + route.path(String(resourceName ?? '')) + queryString(query);
    const options: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
      method: route.verb,
      headers: { Authorization: `Bearer ${this.token()}` },
      muteHttpExceptions: true,
    };
    if (body !== undefined) {
      options.contentType = 'application/json';
      options.payload = JSON.stringify(body);
    }
    const res = this.urlFetch.fetch(url, options);
    const code = res.getResponseCode();
    const text = res.getContentText();
    let json: Json;
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      json = { error: { message: text.slice(0, 200) } };
    }
    if (code >= 400) throw toCallError(code, json.error, `HTTP ${code}`);
    return json;
  }
}
