// The master contact's fields: a typed subset of the People API Person, and the conversions to and from People JSON.

/**
 * Single-valued in People (it rejects more than one `names`, `biographies` or `birthdays`, per
 * https://developers.google.com/people/api/rest/v1/people/updateContact), so single here.
 * `displayName` is People's output-only display name; it is written back (as `unstructuredName`) only
 * for a contact that has no structured name parts, such as "ACME reception".
 */
export interface PersonName {
  givenName?: string;
  familyName?: string;
  middleName?: string;
  honorificPrefix?: string;
  displayName?: string;
}

export interface TypedValue {
  value: string;
  type?: string;
}

export interface Organization {
  name?: string;
  title?: string;
  department?: string;
}

/** `formattedValue` is kept only for an address with no structured parts: Google derives it from them otherwise. */
export interface Address {
  formattedValue?: string;
  streetAddress?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  countryCode?: string;
  type?: string;
}

export interface BirthdayDate {
  /** Absent when the person gave no year. */
  year?: number;
  month: number;
  day: number;
}

export interface UserDefinedField {
  key: string;
  value: string;
}

/** Keys are People's `updatePersonFields` names, so a list of changed fields is directly an update mask. */
export interface MasterPerson {
  names?: PersonName;
  emailAddresses: readonly TypedValue[];
  phoneNumbers: readonly TypedValue[];
  organizations: readonly Organization[];
  addresses: readonly Address[];
  /** The notes, plain text. */
  biographies?: string;
  urls: readonly TypedValue[];
  birthdays?: BirthdayDate;
  userDefined: readonly UserDefinedField[];
}

export const SYNCED_FIELDS = [
  'names',
  'emailAddresses',
  'phoneNumbers',
  'organizations',
  'addresses',
  'biographies',
  'urls',
  'birthdays',
  'userDefined',
] as const;

export type SyncedField = (typeof SYNCED_FIELDS)[number];

export function isSyncedField(value: unknown): value is SyncedField {
  return typeof value === 'string' && (SYNCED_FIELDS as readonly string[]).includes(value);
}

export function emptyPerson(): MasterPerson {
  return { emailAddresses: [], phoneNumbers: [], organizations: [], addresses: [], urls: [], userDefined: [] };
}

const NAME_PARTS = ['givenName', 'familyName', 'middleName', 'honorificPrefix'] as const;
const ADDRESS_PARTS = ['streetAddress', 'city', 'region', 'postalCode', 'country', 'countryCode'] as const;

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}

function records(value: unknown): Json[] {
  if (!Array.isArray(value)) return [];
  return value.map(asRecord).filter((r): r is Json => r !== null);
}

/** Strings only, and never blank: Google omits empty fields, so a blank one would read as a change. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function int(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** People may return one value per source (profile, contact); the primary one is what Contacts shows. */
function primaryOf(items: Json[]): Json | undefined {
  return items.find((r) => asRecord(r.metadata)?.primary === true) ?? items[0];
}

/** Copies only the listed keys that hold non-blank strings, so junk and output-only fields never enter the master. */
function pick<K extends string>(src: Json, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const v = text(src[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function typedValues(value: unknown): TypedValue[] {
  const out: TypedValue[] = [];
  for (const r of records(value)) {
    const v = text(r.value);
    if (v === undefined) continue;
    const type = text(r.type);
    out.push(type === undefined ? { value: v } : { value: v, type });
  }
  return out;
}

function hasAny(obj: object, keys: readonly string[]): boolean {
  return keys.some((k) => (obj as Json)[k] !== undefined);
}

function readName(value: unknown): PersonName | undefined {
  const src = primaryOf(records(value));
  if (!src) return undefined;
  const name: PersonName = pick(src, NAME_PARTS);
  const display = text(src.displayName) ?? text(src.unstructuredName);
  if (display !== undefined) name.displayName = display;
  return Object.keys(name).length > 0 ? name : undefined;
}

function readAddresses(value: unknown): Address[] {
  const out: Address[] = [];
  for (const r of records(value)) {
    const address: Address = pick(r, [...ADDRESS_PARTS, 'type']);
    const formatted = text(r.formattedValue);
    if (formatted !== undefined && !hasAny(address, ADDRESS_PARTS)) address.formattedValue = formatted;
    if (hasAny(address, [...ADDRESS_PARTS, 'formattedValue'])) out.push(address);
  }
  return out;
}

function readBirthday(value: unknown): BirthdayDate | undefined {
  for (const r of records(value)) {
    const date = asRecord(r.date);
    if (!date) continue;
    const month = int(date.month);
    const day = int(date.day);
    if (month === undefined || day === undefined) continue;
    const year = int(date.year);
    return year === undefined ? { month, day } : { year, month, day };
  }
  return undefined;
}

/**
 * The master's view of any People `Person` JSON: metadata, resource names, etags and unknown fields
 * are dropped. Never throws: a malformed value simply contributes nothing.
 */
export function fromPeoplePerson(person: unknown): MasterPerson {
  const p = asRecord(person) ?? {};
  const out: MasterPerson = {
    ...emptyPerson(),
    emailAddresses: typedValues(p.emailAddresses),
    phoneNumbers: typedValues(p.phoneNumbers),
    organizations: records(p.organizations)
      .map((r) => pick(r, ['name', 'title', 'department'] as const))
      .filter((o) => Object.keys(o).length > 0),
    addresses: readAddresses(p.addresses),
    urls: typedValues(p.urls),
    userDefined: records(p.userDefined).flatMap((r) => {
      const key = text(r.key);
      const v = text(r.value);
      return key !== undefined && v !== undefined ? [{ key, value: v }] : [];
    }),
  };
  const names = readName(p.names);
  if (names) out.names = names;
  const notes = primaryOf(records(p.biographies));
  const bio = notes ? text(notes.value) : undefined;
  if (bio !== undefined) out.biographies = bio;
  const birthday = readBirthday(p.birthdays);
  if (birthday) out.birthdays = birthday;
  return out;
}

/** Which synced fields a (partial) People Person JSON mentions: "the listed fields replace the old ones". */
export function presentFields(person: unknown): SyncedField[] {
  const p = asRecord(person);
  return p ? SYNCED_FIELDS.filter((f) => Object.prototype.hasOwnProperty.call(p, f)) : [];
}

/** People `Person` JSON, writable fields only: every synced field is present (empty means "clear it"). */
export interface PeoplePersonJson {
  names: Array<Record<string, string>>;
  emailAddresses: TypedValue[];
  phoneNumbers: TypedValue[];
  organizations: Organization[];
  addresses: Address[];
  biographies: Array<{ value: string; contentType: 'TEXT_PLAIN' }>;
  urls: TypedValue[];
  birthdays: Array<{ date: BirthdayDate }>;
  userDefined: UserDefinedField[];
}

function writeName(name: PersonName | undefined): Array<Record<string, string>> {
  if (!name) return [];
  const parts: Record<string, string> = pick(name as Json, NAME_PARTS);
  if (Object.keys(parts).length > 0) return [parts];
  // displayName is output-only in People; unstructuredName is how a free-form name is written.
  return name.displayName ? [{ unstructuredName: name.displayName }] : [];
}

export function toPeoplePerson(m: MasterPerson): PeoplePersonJson {
  return {
    names: writeName(m.names),
    emailAddresses: m.emailAddresses.map((e) => ({ ...e })),
    phoneNumbers: m.phoneNumbers.map((e) => ({ ...e })),
    organizations: m.organizations.map((o) => ({ ...o })),
    addresses: m.addresses.map((a) => {
      const { formattedValue, ...parts } = a;
      return hasAny(parts, ADDRESS_PARTS) || formattedValue === undefined ? parts : { ...parts, formattedValue };
    }),
    biographies: m.biographies ? [{ value: m.biographies, contentType: 'TEXT_PLAIN' }] : [],
    urls: m.urls.map((u) => ({ ...u })),
    birthdays: m.birthdays ? [{ date: { ...m.birthdays } }] : [],
    userDefined: m.userDefined.map((u) => ({ ...u })),
  };
}
