// The CRM source: an export in JSON (a list of contact records) and a declarative mapping from feed fields to paths in a
// record, e.g. {"givenName": "first_name", "email": "emails[0].email", "company": "company.name",
// "companyPhone": "company.telephones[0].number"} for Teamleader Focus, whose contacts carry their company's name and phone.
import { canonicalJson } from '../canonical-json';
import { failedPrecondition, invalidArgument, type AppError } from '../errors';
import { fnv1a64 } from '../hash';
import { preview } from '../text';
import type { Feed, FeedRead, FeedRecord } from './feed-port';
import { isFieldTarget, RowBuilder, type FieldTarget } from './fields';
import { emptySource } from './tabular-feed';

/** The mapping key naming where the list of records is (default: the JSON itself, or its `data`, `contacts`, … list). */
export const ROWS_KEY = '_rows';
const LIST_KEYS = ['data', 'contacts', 'items', 'results', 'records', 'people'];

/** One step of a path: a property, then any number of `[n]`, `[*]` or `[field=value]` selectors. */
interface Step {
  prop: string;
  selectors: Array<{ index: number } | { all: true } | { field: string; equals: string }>;
}

const STEP = /^([^.[\]]*)((?:\[[^\]]*\])*)$/;

/** Parses `company.telephones[type=phone].number`; null when it is not a path. */
export function parsePath(path: string): Step[] | null {
  const p = path.trim();
  if (p === '' || p.length > 300) return null;
  const steps: Step[] = [];
  for (const part of p.split('.')) {
    const m = STEP.exec(part);
    if (!m || (m[1] === '' && m[2] === '')) return null;
    const selectors: Step['selectors'] = [];
    for (const sel of m[2].match(/\[[^\]]*\]/g) ?? []) {
      const inner = sel.slice(1, -1).trim();
      if (inner === '*') selectors.push({ all: true });
      else if (/^\d{1,6}$/.test(inner)) selectors.push({ index: Number(inner) });
      else if (/^[^=]+=.*$/.test(inner)) {
        const at = inner.indexOf('=');
        selectors.push({ field: inner.slice(0, at).trim(), equals: inner.slice(at + 1).trim() });
      } else return null;
    }
    steps.push({ prop: m[1], selectors });
  }
  return steps;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every value a path reaches in a record, as text (numbers and booleans too); objects reached are not values. */
export function valuesAt(record: unknown, steps: readonly Step[]): string[] {
  let current: unknown[] = [record];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      let items: unknown[] = [step.prop === '' ? v : isObject(v) ? v[step.prop] : undefined];
      for (const sel of step.selectors) {
        const out: unknown[] = [];
        for (const x of items) {
          if (!Array.isArray(x)) continue;
          if ('all' in sel) out.push(...x);
          else if ('index' in sel) out.push(x[sel.index]);
          else out.push(...x.filter((e) => isObject(e) && String(e[sel.field]) === sel.equals));
        }
        items = out;
      }
      next.push(...items);
    }
    current = next;
  }
  const out: string[] = [];
  for (const v of current) {
    const leaves = Array.isArray(v) ? v : [v];
    for (const leaf of leaves) {
      if (typeof leaf === 'string') out.push(leaf);
      else if (typeof leaf === 'number' || typeof leaf === 'boolean') out.push(String(leaf));
    }
  }
  return out;
}

/** A mapping key: a field (`email`), a field with a type label (`phone:Work`), or a custom field (`custom:Segment`). */
export function parseMappingKey(key: string): { target: FieldTarget; label?: string } | null {
  const at = key.indexOf(':');
  const name = (at < 0 ? key : key.slice(0, at)).trim();
  const label = at < 0 ? undefined : key.slice(at + 1).trim();
  if (!isFieldTarget(name)) return null;
  if (name === 'custom' && !label) return null;
  return label ? { target: name, label } : { target: name };
}

/** Why a mapping cannot be used (INVALID_ARGUMENT), or null. Checked when the feed is set. */
export function checkMapping(mapping: Readonly<Record<string, string>>): AppError | null {
  const keys = Object.keys(mapping).filter((k) => k !== ROWS_KEY);
  if (keys.length === 0) return invalidArgument('error.feed.mappingEmpty', 'The field mapping is empty; map at least a name and an email or phone.');
  for (const key of keys) {
    if (!parseMappingKey(key)) {
      return invalidArgument('error.feed.mappingField', 'The mapping names a field we do not know: "{field}". Fields: {known}.', {
        field: preview(key, 60),
        known: 'id, name, givenName, familyName, email, phone, mobile, company, companyPhone, title, … (see the feeds documentation)',
      });
    }
    if (typeof mapping[key] !== 'string' || !parsePath(mapping[key])) {
      return invalidArgument('error.feed.mappingPath', 'The mapping of "{field}" is not a path such as emails[0].email: "{path}".', {
        field: preview(key, 60),
        path: preview(String(mapping[key]), 80),
      });
    }
  }
  const rows = mapping[ROWS_KEY];
  if (rows !== undefined && !parsePath(rows)) {
    return invalidArgument('error.feed.mappingPath', 'The mapping of "{field}" is not a path such as emails[0].email: "{path}".', { field: ROWS_KEY, path: preview(rows, 80) });
  }
  return null;
}

/** The list of records in the export; throws FAILED_PRECONDITION when the text is not JSON or holds no list. */
export function crmRecords(text: string, mapping: Readonly<Record<string, string>>): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw failedPrecondition('error.feed.badJson', 'The CRM export is not valid JSON; export it again.');
  }
  const rowsPath = mapping[ROWS_KEY] ? parsePath(mapping[ROWS_KEY]) : null;
  let list: unknown = json;
  if (rowsPath) {
    let at: unknown = json;
    for (const s of rowsPath) at = isObject(at) ? at[s.prop] : undefined;
    list = at;
  } else if (isObject(json)) {
    list = LIST_KEYS.map((k) => json[k as keyof typeof json]).find(Array.isArray);
  }
  if (!Array.isArray(list)) {
    throw failedPrecondition('error.feed.noRecords', 'The CRM export holds no list of contacts; name where the list is with the mapping key "{key}".', { key: ROWS_KEY });
  }
  return list;
}

/** A CRM feed's version: the text's hash and the mapping (a new mapping reads the same text differently). */
export function crmVersion(textHash: string, mapping: Readonly<Record<string, string>>): string {
  return fnv1a64(`${textHash}|${canonicalJson(mapping)}`);
}

/** A CRM export's text (kept in the store) with its mapping. */
export class CrmFeed implements Feed {
  constructor(
    private readonly text: string,
    private readonly mapping: Readonly<Record<string, string>>,
    private readonly version: string = fnv1a64(text),
  ) {}

  read(): FeedRead {
    const list = crmRecords(this.text, this.mapping);
    const fields: Array<{ key: string; target: FieldTarget; label?: string; steps: Step[] }> = [];
    const ignored: string[] = [];
    for (const [key, path] of Object.entries(this.mapping)) {
      if (key === ROWS_KEY) continue;
      const k = parseMappingKey(key);
      const steps = parsePath(path);
      if (k && steps) fields.push({ key, ...k, steps });
      else ignored.push(key);
    }
    const records: FeedRecord[] = list.map((record, i) => {
      const b = new RowBuilder();
      const cells: string[] = [];
      for (const f of fields) {
        const values = valuesAt(record, f.steps);
        cells.push(values.join(' ; '));
        for (const v of values) {
          if (f.target === 'custom') b.set('custom', v, { key: f.label });
          else b.set(f.target, v, f.label ? { type: f.label } : {});
        }
      }
      const built = b.build();
      return { row: i + 1, sourceId: built.sourceId, person: built.person, problems: built.problems, cells };
    });
    if (records.length === 0) throw emptySource();
    return {
      version: crmVersion(this.version, this.mapping),
      header: fields.map((f) => f.key),
      records,
      ignoredColumns: ignored,
      companyIsName: false,
    };
  }
}
