// Which column of a CSV file or Google Sheet holds what: the header row mapped to feed fields, Google Contacts' own export
// columns included (old "Given Name"/"E-mail 1 - Value" and new "First Name"/"E-mail 1 - Label" formats), Outlook's,
// and the plain names people type.
import { stripBom } from './csv';
import type { FieldTarget, SetOptions } from './fields';

interface Single {
  target: FieldTarget;
  type?: string;
  names: string[];
}

/** Column names as people write them; matched case-insensitively, punctuation and spacing ignored. */
const SINGLES: Single[] = [
  { target: 'id', names: ['ID', 'Contact ID', 'External ID', 'Source ID', 'UID', 'Record ID', 'Key', 'CRM ID', 'Customer ID', 'Person ID'] },
  { target: 'name', names: ['Name', 'Full Name', 'Display Name', 'Contact Name', 'Contact', 'Naam', 'Nome completo'] },
  { target: 'prefix', names: ['Name Prefix', 'Prefix', 'Salutation', 'Honorific Prefix'] },
  { target: 'givenName', names: ['Given Name', 'First Name', 'FirstName', 'Forename', 'First', 'Nome', 'Vorname', 'Voornaam'] },
  { target: 'middleName', names: ['Additional Name', 'Middle Name', 'Middle'] },
  { target: 'familyName', names: ['Family Name', 'Last Name', 'LastName', 'Surname', 'Last', 'Cognome', 'Nachname', 'Achternaam'] },
  { target: 'email', names: ['E-mail', 'Email', 'E-mail Address', 'Email Address', 'Mail', 'Primary Email', 'E-mail 1', 'E-mail 2', 'E-mail 3', 'E-mail 2 Address', 'E-mail 3 Address', 'E-mailadres'] },
  { target: 'email', type: 'work', names: ['Work Email', 'Business Email', 'Work E-mail'] },
  { target: 'email', type: 'home', names: ['Home Email', 'Personal Email', 'Home E-mail'] },
  { target: 'email', type: 'other', names: ['Other Email', 'Other E-mail'] },
  { target: 'phone', names: ['Phone', 'Telephone', 'Tel', 'Phone Number', 'Telephone Number', 'Primary Phone', 'Landline', 'Telefono', 'Telefon', 'Telefoon', 'Telefonnummer', 'Telefoonnummer'] },
  { target: 'phone', type: 'work', names: ['Work Phone', 'Business Phone', 'Business Phone 2', 'Office Phone', 'Direct Phone'] },
  { target: 'phone', type: 'home', names: ['Home Phone', 'Home Phone 2'] },
  { target: 'phone', type: 'other', names: ['Other Phone'] },
  { target: 'phone', type: 'main', names: ['Main Phone'] },
  { target: 'mobile', names: ['Mobile', 'Mobile Phone', 'Mobile Number', 'Cell', 'Cell Phone', 'Cellphone', 'Cellular', 'GSM', 'Cellulare', 'Handy', 'Mobil', 'Mobiel'] },
  { target: 'fax', names: ['Fax', 'Fax Number', 'Business Fax', 'Work Fax'] },
  { target: 'fax', type: 'homeFax', names: ['Home Fax'] },
  { target: 'fax', type: 'otherFax', names: ['Other Fax'] },
  { target: 'companyPhone', names: ['Company Phone', 'Company Telephone', 'Company Main Phone', 'Company Phone Number', 'Switchboard'] },
  { target: 'company', names: ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organisation Name', 'Account', 'Account Name', 'Employer', 'Azienda', 'Firma', 'Bedrijf', 'Unternehmen'] },
  { target: 'title', names: ['Job Title', 'Organization Title', 'Position', 'Job', 'Function', 'Qualifica', 'Functie'] },
  { target: 'department', names: ['Department', 'Dept', 'Organization Department', 'Division', 'Reparto', 'Abteilung', 'Afdeling'] },
  { target: 'address', names: ['Address', 'Full Address', 'Postal Address', 'Mailing Address', 'Indirizzo', 'Adresse', 'Adres'] },
  { target: 'address', type: 'work', names: ['Business Address', 'Work Address'] },
  { target: 'address', type: 'home', names: ['Home Address'] },
  { target: 'street', names: ['Street', 'Street Address', 'Address Line 1', 'Address Line 2', 'Address 1', 'Address 2', 'Straße', 'Strasse', 'Straat'] },
  { target: 'city', names: ['City', 'Town', 'Locality', 'Città', 'Ort', 'Stadt', 'Plaats', 'Woonplaats'] },
  { target: 'region', names: ['State', 'Region', 'Province', 'County', 'Provincia', 'Bundesland', 'Provincie'] },
  { target: 'postalCode', names: ['Postal Code', 'Zip', 'Zip Code', 'Postcode', 'Post Code', 'CAP', 'PLZ', 'Postleitzahl'] },
  { target: 'country', names: ['Country', 'Country/Region', 'Country Code', 'Paese', 'Land'] },
  { target: 'website', names: ['Website', 'Web Site', 'URL', 'Web Page', 'Webpage', 'Homepage', 'Home Page', 'Web', 'Sito web'] },
  { target: 'notes', names: ['Notes', 'Note', 'Comments', 'Comment', 'Description', 'Remarks', 'Notizen', 'Opmerkingen'] },
  { target: 'birthday', names: ['Birthday', 'Date of Birth', 'DOB', 'Birth Date', 'Birthdate', 'Compleanno', 'Geburtstag', 'Verjaardag', 'Geboortedatum'] },
];

/** Google's numbered groups: "E-mail 2 - Value" with its "E-mail 2 - Type" (old export) or "E-mail 2 - Label" (new). */
const GROUPS: Readonly<Record<string, Readonly<Record<string, FieldTarget>>>> = {
  email: { value: 'email' },
  phone: { value: 'phone' },
  website: { value: 'website' },
  'custom field': { value: 'custom' },
  address: {
    formatted: 'address',
    street: 'street',
    'po box': 'street',
    'extended address': 'street',
    city: 'city',
    region: 'region',
    'postal code': 'postalCode',
    country: 'country',
  },
  organization: { name: 'company', title: 'title', department: 'department' },
};
const GROUP = /^(email|phone|website|custom field|address|organization|relation|event|im|external id|calendar link) (\d+) (.+)$/;

/** Outlook's "Business Street", "Home City", "Other Country/Region": address parts with a type. */
const OUTLOOK_PART: Readonly<Record<string, FieldTarget>> = {
  street: 'street',
  'street 2': 'street',
  'street 3': 'street',
  'po box': 'street',
  city: 'city',
  state: 'region',
  'postal code': 'postalCode',
  'zip code': 'postalCode',
  country: 'country',
  'country region': 'country',
};
const OUTLOOK_ADDRESS = /^(business|work|home|other) (.+)$/;

/** Lower case, "e-mail" spelt "email", every run of punctuation or spaces one space. */
export function normalizeHeader(h: string): string {
  return stripBom(h)
    .toLowerCase()
    .replace(/e-mail/g, 'email')
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, Single>();
for (const s of SINGLES) for (const n of s.names) BY_NAME.set(normalizeHeader(n), s);

/** One column's use: which field it fills and where its type label or custom-field name comes from. */
export interface ColumnUse {
  column: number;
  target: FieldTarget;
  type?: string;
  /** The column holding this value's type label (Google's "… - Type" / "… - Label"). */
  typeColumn?: number;
  group?: string;
  /** The column holding a custom field's name. */
  keyColumn?: number;
}

export interface ColumnPlan {
  uses: ColumnUse[];
  /** Header cells no field takes, as written (shown on the feed card so a misspelt column is noticed). */
  ignored: string[];
  /** No column for a person's name: then a company name is what the row is called. */
  companyIsName: boolean;
}

const NAME_TARGETS: ReadonlySet<FieldTarget> = new Set<FieldTarget>(['name', 'givenName', 'middleName', 'familyName']);

export function planColumns(header: readonly string[]): ColumnPlan {
  const norm = header.map(normalizeHeader);
  const uses: ColumnUse[] = [];
  const ignored: string[] = [];
  // Outlook's "Title" is the name prefix ("Mr."), since it has a "Job Title"; elsewhere "Title" is the job title.
  const titleIsPrefix = norm.includes('job title');
  const groupColumn = (kind: string, n: string, parts: string[]) =>
    norm.findIndex((h) => parts.some((p) => h === `${kind} ${n} ${p}`));
  norm.forEach((h, column) => {
    const single = BY_NAME.get(h);
    if (single) {
      uses.push({ column, target: single.target, ...(single.type ? { type: single.type } : {}) });
      return;
    }
    if (h === 'title') {
      uses.push({ column, target: titleIsPrefix ? 'prefix' : 'title' });
      return;
    }
    const g = GROUP.exec(h);
    if (g) {
      const [, kind, n, part] = g;
      if (part === 'type' || part === 'label') return;
      const target = GROUPS[kind]?.[part];
      if (!target) {
        ignored.push(header[column]);
        return;
      }
      const typeColumn = groupColumn(kind, n, ['type', 'label']);
      const use: ColumnUse = { column, target, group: `${kind}${n}` };
      if (target === 'custom') use.keyColumn = typeColumn >= 0 ? typeColumn : undefined;
      else if (typeColumn >= 0) use.typeColumn = typeColumn;
      uses.push(use);
      return;
    }
    const o = OUTLOOK_ADDRESS.exec(h);
    const part = o ? OUTLOOK_PART[o[2]] : undefined;
    if (o && part) {
      uses.push({ column, target: part, type: o[1] === 'business' ? 'work' : o[1], group: `outlook-${o[1]}` });
      return;
    }
    if (header[column].trim() !== '') ignored.push(header[column]);
  });
  const named = uses.some((u) => NAME_TARGETS.has(u.target));
  return { uses, ignored, companyIsName: !named && uses.some((u) => u.target === 'company') };
}

/** The set() calls one data row makes under a plan. */
export function valuesOf(plan: ColumnPlan, cells: readonly string[]): Array<{ target: FieldTarget; value: string; opts: SetOptions }> {
  return plan.uses.map((u) => {
    const opts: SetOptions = {};
    const type = u.typeColumn !== undefined ? cells[u.typeColumn] : u.type;
    if (type) opts.type = type;
    if (u.group) opts.group = u.group;
    if (u.keyColumn !== undefined) opts.key = cells[u.keyColumn] ?? '';
    return { target: u.target, value: cells[u.column] ?? '', opts };
  });
}

/** Every column name the feeds recognise, for the documentation and the feed card's help. */
export function recognisedColumns(): { names: Array<{ name: string; field: FieldTarget }>; patterns: string[] } {
  return {
    names: SINGLES.flatMap((s) => s.names.map((name) => ({ name, field: s.target }))).concat([{ name: 'Title', field: 'title' }]),
    patterns: [
      'E-mail N - Value (+ E-mail N - Type or E-mail N - Label)',
      'Phone N - Value (+ Phone N - Type or Phone N - Label)',
      'Website N - Value (+ Website N - Type or Website N - Label)',
      'Custom Field N - Value (+ Custom Field N - Type or Custom Field N - Label as its name)',
      'Address N - Formatted, Street, PO Box, Extended Address, City, Region, Postal Code, Country (+ Address N - Type or Label)',
      'Organization N - Name, Title, Department',
      'Business|Home|Other Street, Street 2, Street 3, PO Box, City, State, Postal Code, Country/Region (Outlook)',
    ],
  };
}
