// The contact form's fields <-> People Person JSON. Editing sends only the fields whose text changed, so what the form
// cannot show (an address's parts, a phone's type, a middle name) survives an edit of something else.
import type { MasterPerson, TypedValue } from '../core/person';

export interface ContactFormValues {
  givenName: string;
  familyName: string;
  /** Several values separated by commas, semicolons or lines. */
  emails: string;
  phones: string;
  company: string;
  jobTitle: string;
  address: string;
  notes: string;
}

export const CONTACT_FORM_FIELDS: ReadonlyArray<keyof ContactFormValues> = [
  'givenName',
  'familyName',
  'emails',
  'phones',
  'company',
  'jobTitle',
  'address',
  'notes',
];

export function emptyForm(): ContactFormValues {
  return { givenName: '', familyName: '', emails: '', phones: '', company: '', jobTitle: '', address: '', notes: '' };
}

export function splitList(s: string): string[] {
  return s
    .split(/[\n,;]+/)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** "Ann Marie Lee" -> given "Ann Marie", family "Lee": what a message header offers for a new contact. */
export function splitName(name: string): { givenName: string; familyName: string } {
  const words = name.trim().replace(/^"|"$/g, '').split(/\s+/).filter(Boolean);
  if (words.length < 2) return { givenName: words[0] ?? '', familyName: '' };
  return { givenName: words.slice(0, -1).join(' '), familyName: words[words.length - 1] };
}

function addressText(a: MasterPerson['addresses'][number] | undefined): string {
  if (!a) return '';
  if (a.formattedValue) return a.formattedValue;
  const cityLine = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.streetAddress, cityLine, a.region, a.country].filter(Boolean).join(', ');
}

/** An address typed on several lines is kept on one (People refuses line breaks in an address value). */
const oneLine = (s: string) => s.trim().replace(/\s*,?\s*[\r\n]+\s*/g, ', ');

export function formValuesOf(p: MasterPerson): ContactFormValues {
  const n = p.names;
  const hasParts = !!(n?.givenName || n?.familyName);
  return {
    givenName: hasParts ? (n?.givenName ?? '') : (n?.displayName ?? ''),
    familyName: hasParts ? (n?.familyName ?? '') : '',
    emails: p.emailAddresses.map((e) => e.value).join(', '),
    phones: p.phoneNumbers.map((e) => e.value).join(', '),
    company: p.organizations[0]?.name ?? '',
    jobTitle: p.organizations[0]?.title ?? '',
    address: addressText(p.addresses[0]),
    notes: p.biographies ?? '',
  };
}

/** Typed values from the field's text, keeping the type of a value that was there before. */
function typed(text: string, before: readonly TypedValue[]): TypedValue[] {
  return splitList(text).map((value) => {
    const old = before.find((b) => b.value.trim().toLowerCase() === value.toLowerCase());
    return old?.type ? { value, type: old.type } : { value };
  });
}

type PersonJson = Record<string, unknown>;

function namesJson(v: ContactFormValues): PersonJson[] {
  const name: Record<string, string> = {};
  if (v.givenName.trim()) name.givenName = v.givenName.trim();
  if (v.familyName.trim()) name.familyName = v.familyName.trim();
  return Object.keys(name).length ? [name] : [];
}

function orgJson(v: ContactFormValues, before: MasterPerson['organizations']): PersonJson[] {
  const org: Record<string, string> = {};
  if (v.company.trim()) org.name = v.company.trim();
  if (v.jobTitle.trim()) org.title = v.jobTitle.trim();
  if (before[0]?.department) org.department = before[0].department;
  return [...(Object.keys(org).length ? [org] : []), ...before.slice(1).map((o) => ({ ...o }))];
}

function addressJson(v: ContactFormValues, before: MasterPerson['addresses']): PersonJson[] {
  const text = oneLine(v.address);
  const first = text ? [{ formattedValue: text, ...(before[0]?.type ? { type: before[0].type } : {}) }] : [];
  return [...first, ...before.slice(1).map((a) => ({ ...a }))];
}

/** A new contact's People Person JSON; the command validates it. */
export function personFromForm(v: ContactFormValues): PersonJson {
  const none: MasterPerson = { emailAddresses: [], phoneNumbers: [], organizations: [], addresses: [], urls: [], userDefined: [] };
  return changedPerson(none, v, emptyForm());
}

/**
 * The fields of `v` that differ from `shown` (what the form showed for `before`), as a partial Person for
 * updateContact: a field left alone is not sent, so nothing the form does not show is lost.
 */
export function changedPerson(before: MasterPerson, v: ContactFormValues, shown: ContactFormValues = formValuesOf(before)): PersonJson {
  const out: PersonJson = {};
  const changed = (f: keyof ContactFormValues) => v[f].trim() !== shown[f].trim();
  if (changed('givenName') || changed('familyName')) out.names = namesJson(v);
  if (changed('emails')) out.emailAddresses = typed(v.emails, before.emailAddresses);
  if (changed('phones')) out.phoneNumbers = typed(v.phones, before.phoneNumbers);
  if (changed('company') || changed('jobTitle')) out.organizations = orgJson(v, before.organizations);
  if (oneLine(v.address) !== oneLine(shown.address)) out.addresses = addressJson(v, before.addresses);
  if (changed('notes')) out.biographies = v.notes.trim() ? [{ value: v.notes.trim(), contentType: 'TEXT_PLAIN' }] : [];
  return out;
}
