// people.get, people.getBatchGet and people.searchContacts: reads of single contacts, of the caller's profile, and prefix search.
import { badRequest, GoogleApiError } from '../core/errors';
import { int, list } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { entityNotFound, rpcStatus } from './guard';
import { parsePersonMask, requiredPersonFields } from './masks';
import { renderPerson, type Json } from './person-view';
import { accountContacts, livePerson, livePersons, newEtag, profileResourceName } from './store';

/** The signed-in user's profile (`people/me`): their account email and, for a domain user, the directory name. */
function renderProfile(world: World, email: string, mask: Set<string>): Json {
  const rn = profileResourceName(email);
  const id = rn.slice('people/'.length);
  const out: Json = { resourceName: rn, etag: newEtag(`${email.toLowerCase()}|profile`) };
  const source = { type: 'PROFILE', id };
  if (mask.has('metadata')) out.metadata = { sources: [{ type: 'PROFILE', id }], objectType: 'PERSON' };
  const user = world.directory.users[email.toLowerCase()];
  if (mask.has('names') && user) {
    const display = `${user.givenName} ${user.familyName}`.trim();
    out.names = [
      {
        metadata: { primary: true, source },
        displayName: display,
        familyName: user.familyName,
        givenName: user.givenName,
        displayNameLastFirst: `${user.familyName}, ${user.givenName}`,
        unstructuredName: display,
      },
    ];
  }
  if (mask.has('emailAddresses')) {
    out.emailAddresses = [
      {
        metadata: { primary: true, verified: true, source: { type: 'ACCOUNT', id } },
        value: email.toLowerCase(),
      },
    ];
  }
  return out;
}

function readOne(world: World, email: string, resourceName: string, mask: Set<string>): Json {
  if (resourceName === 'people/me' || resourceName === profileResourceName(email))
    return renderProfile(world, email, mask);
  if (!/^people\/[^/]+$/.test(resourceName))
    throw badRequest(`Resource name "${resourceName}" is not a valid person resource name.`);
  const p = livePerson(accountContacts(world, email), resourceName);
  if (!p) throw entityNotFound();
  return renderPerson(world, p, mask);
}

export function peopleGet(world: World, req: ApiRequest): Json {
  const mask = requiredPersonFields(req);
  return readOne(world, req.caller.email, String(req.params.resourceName ?? ''), mask);
}

/** At most 200 resource names ([C] https://developers.google.com/people/api/rest/v1/people/getBatchGet). */
export function peopleGetBatchGet(world: World, req: ApiRequest): Json {
  const names = list(req, 'resourceNames');
  if (!names.length) throw badRequest('resourceNames is required: specify at least one resource name.');
  if (names.length > 200)
    throw badRequest(`Too many resourceNames: ${names.length}. A maximum of 200 is allowed per request.`);
  const mask = requiredPersonFields(req);
  return {
    responses: names.map((rn) => {
      try {
        return {
          requestedResourceName: rn,
          httpStatusCode: 200,
          person: readOne(world, req.caller.email, rn, mask),
          status: {},
        };
      } catch (e) {
        if (!(e instanceof GoogleApiError)) throw e;
        return { requestedResourceName: rn, httpStatusCode: e.code, status: rpcStatus(e) };
      }
    }),
  };
}

function searchableTexts(p: { fields: Json }): string[] {
  const out: string[] = [];
  const each = (field: string, props: string[]) => {
    const items = p.fields[field];
    if (!Array.isArray(items)) return;
    for (const item of items as Json[]) {
      for (const prop of props) if (typeof item[prop] === 'string') out.push(item[prop] as string);
    }
  };
  each('names', [
    'givenName',
    'familyName',
    'middleName',
    'unstructuredName',
    'honorificPrefix',
    'honorificSuffix',
  ]);
  const n = Array.isArray(p.fields.names) ? (p.fields.names[0] as Json | undefined) : undefined;
  if (n)
    out.push([n.givenName, n.middleName, n.familyName].filter((x) => typeof x === 'string' && x).join(' '));
  each('nicknames', ['value']);
  each('emailAddresses', ['value']);
  each('phoneNumbers', ['value']);
  each('organizations', ['name', 'title', 'department']);
  return out;
}

/**
 * "Matches prefix phrases": "foo name" matches "f", "foo n" and "nam" but not "oo n" ([C] searchContacts docs), i.e.
 * the query must start at a word boundary of a field value. Phone numbers also match on their digits alone.
 */
export function matchesQuery(p: { fields: Json }, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return false;
  const qDigits = q.replace(/[^\d]/g, '');
  return searchableTexts(p).some((text) => {
    const t = text.toLowerCase();
    for (let i = 0; i < t.length; i++) {
      const boundary = i === 0 || !/[\p{L}\p{N}]/u.test(t[i - 1]);
      if (boundary && t.startsWith(q, i)) return true;
    }
    return qDigits.length > 0 && /^[\d\s+().-]+$/.test(q) && t.replace(/[^\d]/g, '').startsWith(qDigits);
  });
}

/**
 * Searches the caller's grouped contacts (those in at least one contact group). pageSize defaults to 10 and values
 * above 30 are capped to 30 ([C] https://developers.google.com/people/api/rest/v1/people/searchContacts). An empty
 * query is the documented cache warm-up and returns nothing.
 */
export function peopleSearchContacts(world: World, req: ApiRequest): Json {
  const query = req.params.query;
  if (query === undefined || query === null) throw badRequest('query is required.');
  const paths = list(req, 'readMask');
  if (!paths.length) throw badRequest('readMask is required. Please specify one or more valid paths.');
  const mask = parsePersonMask(paths, 'readMask');
  const size = int(req, 'pageSize') ?? 0;
  if (size < 0) throw badRequest(`Invalid pageSize: ${size}.`);
  const pageSize = size === 0 ? 10 : Math.min(size, 30);
  const hits = livePersons(accountContacts(world, req.caller.email))
    .filter((p) => p.groups.length > 0 && matchesQuery(p, String(query)))
    .sort((a, b) => a.seq - b.seq)
    .slice(0, pageSize);
  return hits.length ? { results: hits.map((p) => ({ person: renderPerson(world, p, mask) })) } : {};
}
