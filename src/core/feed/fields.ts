// What a feed row's values mean as a contact: the target fields every source maps to (CSV columns, a CRM mapping, the
// directory), and the builder that turns one row's values into a master person.
import type { Address, BirthdayDate, MasterPerson, PersonName, TypedValue, UserDefinedField } from '../person';
import { emptyPerson } from '../person';

/** The fields a feed can fill. `companyPhone` is the phone of the contact's company (Teamleader Focus carries it). */
export const FIELD_TARGETS = [
  'id',
  'name',
  'prefix',
  'givenName',
  'middleName',
  'familyName',
  'email',
  'phone',
  'mobile',
  'fax',
  'companyPhone',
  'company',
  'title',
  'department',
  'address',
  'street',
  'city',
  'region',
  'postalCode',
  'country',
  'website',
  'notes',
  'birthday',
  'custom',
] as const;

export type FieldTarget = (typeof FIELD_TARGETS)[number];

export function isFieldTarget(v: unknown): v is FieldTarget {
  return typeof v === 'string' && (FIELD_TARGETS as readonly string[]).includes(v);
}

/** Phone types of the People API for the phone-like targets (https://developers.google.com/people/api/rest/v1/people#phonenumber). */
const PHONE_TYPE: Partial<Record<FieldTarget, string>> = {
  mobile: 'mobile',
  fax: 'workFax',
  // "main" is what Google Contacts shows as a company's main number.
  companyPhone: 'main',
};

/** Google's own type labels (as its CSV export and the Directory write them) → the People API keyword. */
const TYPE_KEYWORDS: Readonly<Record<string, string>> = {
  home: 'home',
  work: 'work',
  business: 'work',
  office: 'work',
  other: 'other',
  mobile: 'mobile',
  cell: 'mobile',
  main: 'main',
  'home fax': 'homeFax',
  home_fax: 'homeFax',
  'work fax': 'workFax',
  work_fax: 'workFax',
  'business fax': 'workFax',
  'other fax': 'otherFax',
  other_fax: 'otherFax',
  pager: 'pager',
  'work mobile': 'workMobile',
  work_mobile: 'workMobile',
  'work pager': 'workPager',
  work_pager: 'workPager',
  'google voice': 'googleVoice',
  grand_central: 'googleVoice',
  company_main: 'main',
};

/** `* Work` (Google marks the primary value with a star) → `work`; an unknown label is kept as the person wrote it. */
export function typeKeyword(label: string | undefined): string | undefined {
  const clean = (label ?? '').replace(/^\*\s*/, '').trim();
  if (clean === '') return undefined;
  return TYPE_KEYWORDS[clean.toLowerCase()] ?? clean;
}

/** Google's export puts several values of one field in one cell, separated by ` ::: `. */
function splitValues(value: string): string[] {
  return value
    .split(/\s+:::\s+/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const BIRTHDAY_FORMATS: Array<{ re: RegExp; year: number; month: number; day: number }> = [
  { re: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/, year: 1, month: 2, day: 3 },
  { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, year: 1, month: 2, day: 3 },
  { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, year: 3, month: 2, day: 1 },
  // Google writes a birthday without a year as --MM-DD.
  { re: /^--(\d{1,2})-(\d{1,2})$/, year: 0, month: 1, day: 2 },
];

/** YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY or --MM-DD; null for anything else (03/04/2001 could be either month). */
export function parseBirthday(value: string): BirthdayDate | null {
  const v = value.trim();
  for (const f of BIRTHDAY_FORMATS) {
    const m = f.re.exec(v);
    if (!m) continue;
    const month = Number(m[f.month]);
    const day = Number(m[f.day]);
    return f.year === 0 ? { month, day } : { year: Number(m[f.year]), month, day };
  }
  return null;
}

export interface SetOptions {
  /** A type label from the source ("Work", "* Mobile"); the target's own type otherwise. */
  type?: string;
  /** Which organization or address the value belongs to (Google's "Address 2 - City" is group "2"). */
  group?: string;
  /** The name of a custom field. */
  key?: string;
}

export interface BuiltRow {
  sourceId: string | null;
  person: MasterPerson;
  /** Values that could not be read at all, in words (the row is skipped with these reasons). */
  problems: string[];
}

/** Collects one row's values, in any order, then builds the person: sources only say which value goes where. */
export class RowBuilder {
  private id: string | null = null;
  private fullName: string | undefined;
  private readonly name: PersonName = {};
  private readonly emails: TypedValue[] = [];
  private readonly phones: TypedValue[] = [];
  private readonly orgs = new Map<string, { name?: string; title?: string; department?: string }>();
  private readonly addresses = new Map<string, Address>();
  private readonly urls: TypedValue[] = [];
  private readonly notes: string[] = [];
  private readonly custom: UserDefinedField[] = [];
  private birthday: string | undefined;

  set(target: FieldTarget, raw: string, opts: SetOptions = {}): void {
    const value = raw.trim();
    if (value === '') return;
    const group = opts.group ?? '1';
    switch (target) {
      case 'id':
        this.id ??= value;
        return;
      case 'name':
        this.fullName ??= value;
        return;
      case 'prefix':
        this.name.honorificPrefix ??= value;
        return;
      case 'givenName':
      case 'middleName':
      case 'familyName':
        this.name[target] ??= value;
        return;
      case 'email':
        for (const v of splitValues(value)) this.emails.push(typed(v, typeKeyword(opts.type)));
        return;
      case 'phone':
      case 'mobile':
      case 'fax':
      case 'companyPhone':
        for (const v of splitValues(value)) this.phones.push(typed(v, typeKeyword(opts.type) ?? PHONE_TYPE[target]));
        return;
      case 'company':
      case 'title':
      case 'department': {
        const org = this.orgs.get(group) ?? {};
        const field = target === 'company' ? 'name' : target;
        org[field] ??= value;
        this.orgs.set(group, org);
        return;
      }
      case 'address':
      case 'street':
      case 'city':
      case 'region':
      case 'postalCode':
      case 'country': {
        const a = this.addresses.get(group) ?? {};
        const type = typeKeyword(opts.type);
        if (type && !a.type) a.type = type;
        if (target === 'address') a.formattedValue ??= value;
        else if (target === 'street') a.streetAddress = a.streetAddress ? `${a.streetAddress}\n${value}` : value;
        else if (target === 'country' && /^[A-Za-z]{2}$/.test(value)) a.countryCode ??= value.toUpperCase();
        else if (target === 'country') a.country ??= value;
        else a[target] ??= value;
        this.addresses.set(group, a);
        return;
      }
      case 'website':
        for (const v of splitValues(value)) this.urls.push(typed(v, typeKeyword(opts.type)));
        return;
      case 'notes':
        this.notes.push(value);
        return;
      case 'birthday':
        this.birthday ??= value;
        return;
      case 'custom':
        if (opts.key?.trim()) this.custom.push({ key: opts.key.trim(), value });
        return;
    }
  }

  build(): BuiltRow {
    const problems: string[] = [];
    const person: MasterPerson = {
      ...emptyPerson(),
      emailAddresses: this.emails,
      phoneNumbers: this.phones,
      organizations: [...this.orgs.values()],
      addresses: [...this.addresses.values()].flatMap(addressOf),
      urls: this.urls,
      userDefined: this.custom,
    };
    const names = this.names();
    if (names) person.names = names;
    if (this.notes.length) person.biographies = this.notes.join('\n\n');
    if (this.birthday !== undefined) {
      const b = parseBirthday(this.birthday);
      if (b) person.birthdays = b;
      else problems.push(`the birthday "${this.birthday}" is not a date we can read; write it as YYYY-MM-DD`);
    }
    return { sourceId: this.id, person, problems };
  }

  /**
   * A full name alone is split as Google splits an unstructured name on write (the last word is the family name, a
   * single word a given name), so the copy Google returns hashes like the master and is never "edited" by the split.
   */
  private names(): PersonName | undefined {
    const n: PersonName = { ...this.name };
    const structured = n.givenName || n.familyName || n.middleName;
    if (!structured && this.fullName) {
      const words = this.fullName.split(/\s+/);
      n.givenName = words.length > 1 ? words.slice(0, -1).join(' ') : words[0];
      if (words.length > 1) n.familyName = words[words.length - 1];
    }
    return Object.keys(n).length > 0 ? n : undefined;
  }
}

const ADDRESS_PARTS = ['streetAddress', 'city', 'region', 'postalCode', 'country', 'countryCode'] as const;

/** Google derives the formatted address from the parts, so a master keeps it only when there are no parts. */
function addressOf(a: Address): Address[] {
  const structured = ADDRESS_PARTS.some((k) => a[k] !== undefined);
  if (structured) {
    const { formattedValue: _formatted, ...parts } = a;
    return [parts];
  }
  return a.formattedValue === undefined ? [] : [a];
}

function typed(value: string, type: string | undefined): TypedValue {
  return type === undefined ? { value } : { value, type };
}
