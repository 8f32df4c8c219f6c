// The People API's field masks (personFields, readMask, updatePersonFields, groupFields) and their validation.
import { badRequest } from '../core/errors';
import { list } from '../core/params';
import type { ApiRequest } from '../core/types';

/** Readable person fields ([C] https://developers.google.com/people/api/rest/v1/people/get, `personFields`). */
// prettier-ignore
export const READ_FIELDS = [
  'addresses', 'ageRanges', 'biographies', 'birthdays', 'calendarUrls', 'clientData', 'coverPhotos', 'emailAddresses',
  'events', 'externalIds', 'genders', 'imClients', 'interests', 'locales', 'locations', 'memberships', 'metadata',
  'miscKeywords', 'names', 'nicknames', 'occupations', 'organizations', 'phoneNumbers', 'photos', 'relations',
  'sipAddresses', 'skills', 'urls', 'userDefined',
] as const;

/** Fields a contact source holds and updateContact may replace ([C] https://developers.google.com/people/api/rest/v1/people/updateContact). */
// prettier-ignore
export const UPDATE_FIELDS = [
  'addresses', 'biographies', 'birthdays', 'calendarUrls', 'clientData', 'emailAddresses', 'events', 'externalIds',
  'genders', 'imClients', 'interests', 'locales', 'locations', 'memberships', 'miscKeywords', 'names', 'nicknames',
  'occupations', 'organizations', 'phoneNumbers', 'relations', 'sipAddresses', 'urls', 'userDefined',
] as const;

/** Contact fields stored on the person (memberships are kept as group resource names instead). */
export const CONTACT_FIELDS: readonly string[] = UPDATE_FIELDS.filter((f) => f !== 'memberships');

/** "This field is a singleton for contact sources" ([C] createContact and updateContact docs). */
export const SINGLETON_FIELDS = ['names', 'biographies', 'birthdays', 'genders'];

/** Contact group fields ([C] https://developers.google.com/people/api/rest/v1/contactGroups/list, `groupFields`). */
export const GROUP_FIELDS = ['clientData', 'groupType', 'memberCount', 'metadata', 'name'];
export const DEFAULT_GROUP_FIELDS = ['metadata', 'groupType', 'memberCount', 'name'];
/** create/update default their read mask to metadata, groupType and name (CreateContactGroupRequest.readGroupFields [C]). */
export const DEFAULT_WRITE_GROUP_FIELDS = ['metadata', 'groupType', 'name'];

const DOCS = 'https://developers.google.com/people/api/rest/v1/people/get';

/** Parses a person field mask; `person.` prefixes (requestMask.includeField style) are accepted. */
export function parsePersonMask(
  paths: string[],
  maskName: string,
  valid: readonly string[] = READ_FIELDS,
): Set<string> {
  const out = new Set<string>();
  for (const raw of paths) {
    const path = raw.replace(/^person\./, '');
    if (!valid.includes(path)) {
      throw badRequest(`Invalid ${maskName} mask path: "${raw}". Valid paths are documented at ${DOCS}.`);
    }
    out.add(path);
  }
  return out;
}

/** The required `personFields` of a read (400 when missing, per the get/connections.list docs). */
export function requiredPersonFields(req: ApiRequest): Set<string> {
  let paths = list(req, 'personFields');
  if (!paths.length) paths = list(req, 'requestMask.includeField');
  if (!paths.length) {
    throw badRequest(
      `personFields mask is required. Please specify one or more valid paths. Valid paths are documented at ${DOCS}.`,
    );
  }
  return parsePersonMask(paths, 'personFields');
}

/** An optional `personFields` on a write: "Defaults to all fields if not set" (createContact/updateContact docs). */
export function optionalPersonFields(req: ApiRequest): Set<string> {
  const paths = list(req, 'personFields');
  return paths.length ? parsePersonMask(paths, 'personFields') : new Set(READ_FIELDS);
}

/** A `readMask` carried in a batch request body: undefined → 400 (Required); '' → null (skip the post-mutate read). */
export function bodyReadMask(body: Record<string, unknown>): Set<string> | null {
  const v = body.readMask;
  if (v === undefined || v === null) {
    throw badRequest(
      `readMask is required. Please specify one or more valid paths. Valid paths are documented at ${DOCS}.`,
    );
  }
  const paths = String(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return paths.length ? parsePersonMask(paths, 'readMask') : null;
}

export function parseGroupMask(raw: unknown, fallback: string[], maskName = 'groupFields'): Set<string> {
  const paths = (
    Array.isArray(raw) ? raw.map(String) : raw === undefined || raw === null ? [] : [String(raw)]
  )
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paths.length) return new Set(fallback);
  for (const p of paths) {
    if (!GROUP_FIELDS.includes(p)) throw badRequest(`Invalid ${maskName} mask path: "${p}".`);
  }
  return new Set(paths);
}
