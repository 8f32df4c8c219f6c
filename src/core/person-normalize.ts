// The comparison form of a person: what counts as "the same" to a human, and the hashes the sync tags copies with.
import { canonicalJson } from './canonical-json';
import { normalizeEmail } from './email';
import { fnv1a64 } from './hash';
import { Address, MasterPerson, PersonName, SYNCED_FIELDS, SyncedField, TypedValue } from './person';
import { normalizePhone } from './phone';
import { collapseWhitespace } from './text';

export interface NormalizeOptions {
  /**
   * Region for national phone numbers (e.g. from the user's locale, see regionFromLocale). Hashes are only
   * comparable when computed with the same region, so the sync uses one per domain, not one per viewer.
   */
  readonly defaultRegion?: string;
}

function clean(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const c = collapseWhitespace(s);
  return c === '' ? undefined : c;
}

/** Types are Google's lower-case keywords ("work") or free text; case never matters to a reader. */
function cleanType(s: string | undefined): string | undefined {
  return clean(s)?.toLowerCase();
}

function cleanName(n: PersonName | undefined): PersonName | undefined {
  if (!n) return undefined;
  const out: PersonName = {
    givenName: clean(n.givenName),
    familyName: clean(n.familyName),
    middleName: clean(n.middleName),
    honorificPrefix: clean(n.honorificPrefix),
  };
  // Google computes displayName from the parts; it is data of its own only when there are no parts.
  if (!out.givenName && !out.familyName && !out.middleName && !out.honorificPrefix) {
    return clean(n.displayName) === undefined ? undefined : { displayName: clean(n.displayName) };
  }
  return out;
}

function cleanAddress(a: Address): Address {
  const out: Address = {
    streetAddress: clean(a.streetAddress),
    city: clean(a.city),
    region: clean(a.region),
    postalCode: clean(a.postalCode),
    country: clean(a.country),
    countryCode: clean(a.countryCode)?.toUpperCase(),
    type: cleanType(a.type),
  };
  const structured = out.streetAddress || out.city || out.region || out.postalCode || out.country || out.countryCode;
  if (!structured) out.formattedValue = clean(a.formattedValue);
  return out;
}

function typed(list: readonly TypedValue[], value: (v: string) => string): TypedValue[] {
  return list.map((e) => ({ value: value(e.value), type: cleanType(e.type) }));
}

/**
 * Emails trimmed and case-folded, phones in E.164 (digits when they cannot be placed), every string's
 * whitespace collapsed — except the notes, whose line breaks are the user's layout (only trimmed). List order is kept: it is the order Contacts shows, the first being the one
 * autocomplete prefers. Only for comparing and hashing — the stored value keeps what the user typed.
 */
export function normalizeForCompare(m: MasterPerson, options: NormalizeOptions = {}): MasterPerson {
  const out: MasterPerson = {
    emailAddresses: typed(m.emailAddresses, normalizeEmail),
    phoneNumbers: typed(m.phoneNumbers, (v) => normalizePhone(v, options.defaultRegion)),
    organizations: m.organizations.map((o) => ({
      name: clean(o.name),
      title: clean(o.title),
      department: clean(o.department),
    })),
    addresses: m.addresses.map(cleanAddress),
    urls: typed(m.urls, (v) => v.trim()),
    userDefined: m.userDefined.map((u) => ({ key: collapseWhitespace(u.key), value: collapseWhitespace(u.value) })),
  };
  const names = cleanName(m.names);
  if (names) out.names = names;
  const bio = m.biographies?.trim();
  if (bio) out.biographies = bio.replace(/\r\n?/g, '\n');
  if (m.birthdays) out.birthdays = { ...m.birthdays };
  return out;
}

/** The canonical text of one normalised field: equal strings mean a person would see no difference. */
export function fieldKey(m: MasterPerson, field: SyncedField, options: NormalizeOptions = {}): string {
  return canonicalJson(normalizeForCompare(m, options)[field]);
}

export function fieldHash(m: MasterPerson, field: SyncedField, options: NormalizeOptions = {}): string {
  return fnv1a64(fieldKey(m, field, options));
}

/** Hash of all synced fields together; stored in a copy's clientData to tell our writes from the user's edits. */
export function personHash(m: MasterPerson, options: NormalizeOptions = {}): string {
  const n = normalizeForCompare(m, options);
  const byField: Record<string, unknown> = {};
  for (const f of SYNCED_FIELDS) byField[f] = n[f];
  return fnv1a64(canonicalJson(byField));
}
