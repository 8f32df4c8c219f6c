// Whether a master contact may be saved: enough to identify someone, well-formed addresses and numbers, within Google's sizes.
import { isValidEmail } from './email';
import { AppError, invalidArgument } from './errors';
import { MasterPerson, SYNCED_FIELDS, SyncedField, toPeoplePerson } from './person';
import { isAcceptablePhone } from './phone';
import { hasControlChars, preview } from './text';

export const PERSON_LIMITS = {
  /** "1,024 characters per field" — third-party figure [S], https://contactsplus.com/blog/7-tips-tricks-google-contacts */
  maxFieldChars: 1024,
  /**
   * Our choice for the notes: people paste long notes, and 1,024 is a third-party figure for ordinary
   * fields; 10,000 still keeps a contact far inside the 50,000-character cell below.
   */
  maxNotesChars: 10000,
  /** Our cap a list field: far above any real contact, and it bounds the row written to the backing sheet. */
  maxValuesPerList: 50,
  /**
   * One master contact is one cell of JSON; Sheets refuses more than 50,000 characters a cell [S]
   * (https://integrately.com/integrations/google-sheets/error); margin left for the row's other data.
   */
  maxSerializedChars: 45000,
} as const;

export interface ValidateOptions {
  /** Region for national phone numbers (e.g. the user's locale region). */
  readonly defaultRegion?: string;
}

type StringEntry = { field: SyncedField; value: string; notes: boolean };

function stringsOf(m: MasterPerson): StringEntry[] {
  const out: StringEntry[] = [];
  const add = (field: SyncedField, obj: object | undefined): void => {
    for (const v of Object.values(obj ?? {})) {
      if (typeof v === 'string') out.push({ field, value: v, notes: false });
    }
  };
  add('names', m.names);
  for (const f of ['emailAddresses', 'phoneNumbers', 'organizations', 'addresses', 'urls', 'userDefined'] as const) {
    for (const item of m[f]) add(f, item);
  }
  if (m.biographies !== undefined) out.push({ field: 'biographies', value: m.biographies, notes: true });
  return out;
}

function hasIdentity(m: MasterPerson): boolean {
  const n = m.names;
  const named = n !== undefined && [n.givenName, n.familyName, n.middleName, n.displayName].some((s) => s?.trim());
  return (
    named ||
    m.emailAddresses.some((e) => e.value.trim()) ||
    m.phoneNumbers.some((p) => p.value.trim()) ||
    m.organizations.some((o) => o.name?.trim())
  );
}

function validBirthday(b: NonNullable<MasterPerson['birthdays']>): boolean {
  if (!Number.isInteger(b.month) || b.month < 1 || b.month > 12) return false;
  if (b.year !== undefined && (!Number.isInteger(b.year) || b.year < 1 || b.year > 9999)) return false;
  // Without a year, 29 February must stay possible: use a leap year.
  const daysInMonth = new Date(Date.UTC(b.year ?? 2000, b.month, 0)).getUTCDate();
  return Number.isInteger(b.day) && b.day >= 1 && b.day <= daysInMonth;
}

/**
 * null when the person may be saved. A contact needs something to recognise it by — a name, an email,
 * a phone or a company (Google Contacts saves a company-only card; the stricter feed rule lives with the feeds).
 */
export function validatePerson(m: MasterPerson, options: ValidateOptions = {}): AppError | null {
  if (!hasIdentity(m)) {
    return invalidArgument('error.person.empty', 'Give the contact a name, an email address, a phone number or a company.');
  }
  for (const field of SYNCED_FIELDS) {
    const value = m[field];
    if (Array.isArray(value) && value.length > PERSON_LIMITS.maxValuesPerList) {
      return invalidArgument('error.person.tooManyValues', 'A contact can have at most {limit} values in {field}; this one has {count}.', {
        field,
        limit: PERSON_LIMITS.maxValuesPerList,
        count: value.length,
      });
    }
  }
  for (const { field, value, notes } of stringsOf(m)) {
    const limit = notes ? PERSON_LIMITS.maxNotesChars : PERSON_LIMITS.maxFieldChars;
    if (value.length > limit) {
      return invalidArgument('error.person.tooLong', 'A value in {field} is {length} characters long; the most allowed is {limit}.', {
        field,
        length: value.length,
        limit,
        value: preview(value),
      });
    }
    if (hasControlChars(value, notes)) {
      return invalidArgument('error.person.controlChars', 'The value "{value}" in {field} contains invisible control characters; retype it.', {
        field,
        value: preview(value),
      });
    }
  }
  for (const e of m.emailAddresses) {
    if (!isValidEmail(e.value)) {
      return invalidArgument('error.person.badEmail', '"{value}" is not a valid email address.', {
        field: 'emailAddresses',
        value: preview(e.value),
      });
    }
  }
  for (const p of m.phoneNumbers) {
    if (!isAcceptablePhone(p.value, options.defaultRegion)) {
      return invalidArgument('error.person.badPhone', '"{value}" is not a valid phone number; check the digits, or add the country code (e.g. +39).', {
        field: 'phoneNumbers',
        value: preview(p.value),
      });
    }
  }
  if (m.userDefined.some((u) => u.key.trim() === '')) {
    return invalidArgument('error.person.customFieldKey', 'Every custom field needs a name.', { field: 'userDefined' });
  }
  if (m.birthdays && !validBirthday(m.birthdays)) {
    const b = m.birthdays;
    return invalidArgument('error.person.badBirthday', 'The birthday {value} is not a date in the calendar.', {
      field: 'birthdays',
      value: `${b.year ?? '----'}-${b.month}-${b.day}`,
    });
  }
  const size = JSON.stringify(toPeoplePerson(m)).length;
  if (size > PERSON_LIMITS.maxSerializedChars) {
    return invalidArgument('error.person.tooLarge', 'This contact holds {size} characters of data; the most allowed is {limit}. Shorten the notes or remove some values.', {
      size,
      limit: PERSON_LIMITS.maxSerializedChars,
    });
  }
  return null;
}
