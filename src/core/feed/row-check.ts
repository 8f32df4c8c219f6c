// The feed rules for one row (DESIGN.md section 8): a name and at least one of email, phone or mobile, well-formed values
// within Google's sizes; and the row's stable key (the source's id, else its normalised email), so renames update.
import { isValidEmail, normalizeEmail } from '../email';
import type { MasterPerson } from '../person';
import { personHash } from '../person-normalize';
import { validatePerson } from '../person-validate';
import { normalizePhone } from '../phone';
import { collapseWhitespace, preview } from '../text';
import type { FeedRead, FeedRecord } from './feed-port';

export const SKIP_REASONS = ['unreadable', 'noName', 'noContact', 'badEmail', 'badPhone', 'tooLong', 'invalid', 'duplicate'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface ValidRow {
  ok: true;
  row: number;
  /** `id:…`, `email:…`, `phone:…` or `name:…`: what matches this row to its contact across imports. */
  key: string;
  /** Other keys the row answers to (every address, and its id): a contact filed under one of them is this row's. */
  altKeys: string[];
  person: MasterPerson;
  /** personHash of `person`: equal hashes mean the contact needs no write. */
  hash: string;
}

export interface SkippedRow {
  ok: false;
  row: number;
  /** The key the row would have had: its contact, if it has one from an earlier import, stays as it was. */
  key: string | null;
  reason: SkipReason;
  message: string;
  cells: string[];
}

export type CheckedRow = ValidRow | SkippedRow;

export interface CheckedSource {
  rows: CheckedRow[];
  /** Every key the source holds now, skipped rows included: a contact whose key is not here has left the source. */
  keys: Set<string>;
}

const lowerName = (s: string) => collapseWhitespace(s).toLowerCase();

function emailKeys(p: MasterPerson): string[] {
  return p.emailAddresses.filter((e) => isValidEmail(e.value)).map((e) => `email:${normalizeEmail(e.value)}`);
}

function displayName(p: MasterPerson, companyIsName: boolean): string {
  const n = p.names;
  const parts = [n?.givenName, n?.middleName, n?.familyName].filter((s): s is string => !!s?.trim());
  const name = parts.length ? parts.join(' ') : (n?.displayName ?? '');
  if (name.trim()) return name;
  return companyIsName ? (p.organizations.find((o) => o.name?.trim())?.name ?? '') : '';
}

/** The row's key and the other keys it answers to. */
export function keysOf(r: FeedRecord, companyIsName: boolean): { key: string | null; altKeys: string[] } {
  const emails = emailKeys(r.person);
  const id = r.sourceId?.trim();
  if (id) return { key: `id:${id}`, altKeys: emails };
  if (emails.length) return { key: emails[0], altKeys: emails.slice(1) };
  const phone = r.person.phoneNumbers.find((p) => /\d/.test(p.value));
  if (phone) return { key: `phone:${normalizePhone(phone.value)}`, altKeys: [] };
  const name = displayName(r.person, companyIsName);
  return { key: name ? `name:${lowerName(name)}` : null, altKeys: [] };
}

const VALIDATION_REASON: Readonly<Record<string, SkipReason>> = {
  'error.person.badEmail': 'badEmail',
  'error.person.badPhone': 'badPhone',
  'error.person.tooLong': 'tooLong',
  'error.person.tooLarge': 'tooLong',
  'error.person.tooManyValues': 'tooLong',
};

function verdict(r: FeedRecord, companyIsName: boolean, defaultRegion?: string): { reason: SkipReason; message: string } | null {
  if (r.problems.length) return { reason: 'unreadable', message: `The row cannot be read: ${r.problems.join('; ')}.` };
  if (!displayName(r.person, companyIsName)) {
    return {
      reason: 'noName',
      message: companyIsName ? 'The row has no company name.' : 'The row has no name (First Name, Last Name or Name).',
    };
  }
  const invalid = validatePerson(r.person, { defaultRegion });
  if (invalid) return { reason: VALIDATION_REASON[invalid.key] ?? 'invalid', message: invalid.message };
  const reachable = r.person.emailAddresses.length > 0 || r.person.phoneNumbers.length > 0;
  if (!reachable) return { reason: 'noContact', message: 'The row has no email, phone or mobile number.' };
  return null;
}

/** Checks every row of a read; the first row with a key wins it, later rows with the same key are skipped. */
export function checkSource(read: FeedRead, opts: { defaultRegion?: string } = {}): CheckedSource {
  const rows: CheckedRow[] = [];
  const keys = new Set<string>();
  const firstRow = new Map<string, number>();
  for (const r of read.records) {
    const { key, altKeys } = keysOf(r, read.companyIsName);
    const bad = verdict(r, read.companyIsName, opts.defaultRegion);
    const taken = key !== null ? firstRow.get(key) : undefined;
    if (key !== null) keys.add(key);
    if (bad) {
      rows.push({ ok: false, row: r.row, key, ...bad, cells: r.cells });
      continue;
    }
    if (key === null) {
      // Not reachable: a valid row has a name and an email or phone, so it always has a key.
      rows.push({ ok: false, row: r.row, key, reason: 'invalid', message: 'The row has nothing to recognise it by.', cells: r.cells });
      continue;
    }
    if (taken !== undefined) {
      rows.push({
        ok: false,
        row: r.row,
        key,
        reason: 'duplicate',
        message: `Row ${taken} has the same ${key.slice(0, key.indexOf(':'))} (${preview(key.slice(key.indexOf(':') + 1), 60)}); only the first one is imported.`,
        cells: r.cells,
      });
      continue;
    }
    firstRow.set(key, r.row);
    rows.push({ ok: true, row: r.row, key, altKeys: altKeys.filter((k) => k !== key), person: r.person, hash: personHash(r.person) });
  }
  return { rows, keys };
}
