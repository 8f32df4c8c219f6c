// The `fields` system parameter: Google trims a response to the selected fields
// (https://developers.google.com/people/v1/performance#partial-response, syntax `a,b/c,d(e,f)`, `*` for all).
import { badRequest } from '../core/errors';

/** A parsed selection: each key keeps its whole value (`true`) or a sub-selection. */
export type FieldSelection = Map<string, FieldSelection | true>;

function merge(into: FieldSelection, key: string, sel: FieldSelection | true): void {
  const prev = into.get(key);
  if (prev === true || sel === true) into.set(key, true);
  else if (prev) for (const [k, v] of sel) merge(prev, k, v);
  else into.set(key, sel);
}

/** Parses a `fields` value; throws 400 INVALID_ARGUMENT as Google does for a malformed selection. */
export function parseFields(raw: string): FieldSelection {
  const spec = raw.replace(/\s+/g, '');
  let i = 0;
  const invalid = () => badRequest(`Invalid field selection ${raw}`);
  const name = (): string => {
    const m = /^[A-Za-z0-9_.@$*-]+/.exec(spec.slice(i));
    if (!m) throw invalid();
    i += m[0].length;
    return m[0];
  };
  // item := name ( '/' item | '(' list ')' )?
  const item = (into: FieldSelection): void => {
    const key = name();
    if (spec[i] === '/') {
      i++;
      const sub: FieldSelection = new Map();
      item(sub);
      merge(into, key, sub);
    } else if (spec[i] === '(') {
      i++;
      const sub = list();
      if (spec[i] !== ')') throw invalid();
      i++;
      merge(into, key, sub);
    } else {
      merge(into, key, true);
    }
  };
  const list = (): FieldSelection => {
    const out: FieldSelection = new Map();
    item(out);
    while (spec[i] === ',') {
      i++;
      item(out);
    }
    return out;
  };
  const result = list();
  if (i !== spec.length) throw invalid();
  return result;
}

/** Keeps only the selected fields; arrays apply the selection to each element. */
export function selectFields(value: unknown, sel: FieldSelection | true): unknown {
  if (sel === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => selectFields(v, sel));
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const all = sel.get('*');
  if (all) for (const [k, v] of Object.entries(obj)) out[k] = selectFields(v, all);
  for (const [k, sub] of sel) {
    if (k !== '*' && k in obj) out[k] = selectFields(obj[k], sub);
  }
  return out;
}
