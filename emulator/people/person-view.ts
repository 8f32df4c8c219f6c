// Converting between the Person JSON clients send or receive and the stored contact: what a write keeps, what a read shows.
import { badRequest } from '../core/errors';
import type { World } from '../core/world';
import { CONTACT_FIELDS, SINGLETON_FIELDS } from './masks';
import { READ_ONLY_ITEM_PROPS, splitUnstructuredName, withComputed } from './person-format';
import { sourceEtagOf, sourceIdOf } from './store';
import type { StoredPerson } from './state';

export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function asRecord(v: unknown, what: string): Json {
  if (!isRecord(v)) throw badRequest(`Invalid JSON payload received. ${what} must be an object.`);
  return v;
}

/**
 * The contact fields of a Person sent by a client, restricted to `names`: field metadata and output-only values are
 * dropped (Google ignores them), empty lists mean "no value", and singletons with more than one value are refused
 * ([C] https://developers.google.com/people/api/rest/v1/people/updateContact). A problem is thrown as a 400.
 */
export function readPersonInput(body: Json, names: readonly string[] = CONTACT_FIELDS): Json {
  const fields: Json = {};
  for (const field of names) {
    if (!CONTACT_FIELDS.includes(field)) continue;
    const raw = body[field];
    if (raw === undefined || raw === null) continue;
    if (!Array.isArray(raw)) throw badRequest(`Invalid value at 'person.${field}': a list is expected.`);
    if (SINGLETON_FIELDS.includes(field) && raw.length > 1) {
      throw badRequest(
        `Invalid person.${field}: a contact source holds at most one value of this singleton field, got ${raw.length}.`,
      );
    }
    const items = raw.map((item, i) => {
      if (!isRecord(item))
        throw badRequest(`Invalid value at 'person.${field}[${i}]': an object is expected.`);
      const copy: Json = JSON.parse(JSON.stringify(item));
      delete copy.metadata;
      for (const ro of READ_ONLY_ITEM_PROPS[field] ?? []) delete copy[ro];
      return field === 'names' ? splitUnstructuredName(copy) : copy;
    });
    if (items.length) fields[field] = items;
  }
  return fields;
}

/** Group resource names named by `person.memberships` (only contactGroupResourceName may modify them [C] ContactGroupMembership). */
export function readMemberships(body: Json): string[] | undefined {
  const raw = body.memberships;
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw badRequest("Invalid value at 'person.memberships': a list is expected.");
  return raw.map((m, i) => {
    const rn =
      isRecord(m) && isRecord(m.contactGroupMembership)
        ? m.contactGroupMembership.contactGroupResourceName
        : undefined;
    if (typeof rn !== 'string' || !rn.startsWith('contactGroups/')) {
      throw badRequest(
        `Invalid person.memberships[${i}]: only contactGroupMembership.contactGroupResourceName can be used to modify memberships.`,
      );
    }
    return rn;
  });
}

/** The etags a client presented for the contact: `person.etag` and the CONTACT source's `metadata.sources[].etag`. */
export function presentedEtags(body: Json): { person?: string; source?: string } {
  const out: { person?: string; source?: string } = {};
  if (typeof body.etag === 'string' && body.etag) out.person = body.etag;
  const sources =
    isRecord(body.metadata) && Array.isArray(body.metadata.sources) ? body.metadata.sources : [];
  for (const s of sources) {
    if (isRecord(s) && typeof s.etag === 'string' && s.etag && (s.type === undefined || s.type === 'CONTACT'))
      out.source = s.etag;
  }
  return out;
}

/** Renders a stored person through a field mask: resourceName and etag always, other fields only when asked for. */
export function renderPerson(world: World, p: StoredPerson, mask: Set<string>): Json {
  if (p.deleted) return { resourceName: p.resourceName, etag: p.etag, metadata: { deleted: true } };
  const id = sourceIdOf(p.resourceName);
  const source = { type: 'CONTACT', id };
  const out: Json = { resourceName: p.resourceName, etag: p.etag };
  if (mask.has('metadata')) {
    out.metadata = {
      sources: [{ type: 'CONTACT', id, etag: sourceEtagOf(p), updateTime: p.updateTime }],
      objectType: 'PERSON',
    };
  }
  for (const field of CONTACT_FIELDS) {
    const items = p.fields[field];
    if (!mask.has(field) || !Array.isArray(items) || !items.length) continue;
    out[field] = items.map((item: Json, i: number) => ({
      metadata:
        i === 0 ? { primary: true, sourcePrimary: true, source: { ...source } } : { source: { ...source } },
      ...withComputed(field, item, world.config.phoneDefaultRegion),
    }));
  }
  if (mask.has('memberships') && p.groups.length) {
    out.memberships = p.groups.map((g) => ({
      metadata: { source: { ...source } },
      contactGroupMembership: {
        contactGroupId: g.replace(/^contactGroups\//, ''),
        contactGroupResourceName: g,
      },
    }));
  }
  return out;
}
