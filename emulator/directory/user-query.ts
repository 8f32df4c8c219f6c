// The subset of the Directory's user search language the emulator understands
// (https://developers.google.com/admin-sdk/directory/v1/guides/search-users): `field:value`, `field=value`, `value*` prefixes.
import { badRequest } from '../core/errors';
import type { DirectoryUser } from './state';

type Predicate = (u: DirectoryUser) => boolean;

/** Splits on spaces outside single or double quotes. */
function clauses(query: string): string[] {
  return query.match(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g) ?? [];
}

function textMatcher(value: string, exact: boolean): (s: string) => boolean {
  const v = value.replace(/^['"]|['"]$/g, '').toLowerCase();
  if (v.endsWith('*')) {
    const prefix = v.slice(0, -1);
    return (s) => s.toLowerCase().startsWith(prefix);
  }
  // `:` matches a whole word of the field, `=` the whole field.
  return exact
    ? (s) => s.toLowerCase() === v
    : (s) => s.toLowerCase() === v || s.toLowerCase().split(/\s+/).includes(v);
}

function boolValue(v: string): boolean {
  if (v === 'true' || v === 'false') return v === 'true';
  throw badRequest('Invalid Input');
}

function predicate(clause: string): Predicate {
  const m = /^([A-Za-z.]+)([:=])(.*)$/.exec(clause);
  if (!m) {
    const any = textMatcher(clause, false);
    return (u) => any(u.givenName) || any(u.familyName) || any(u.primaryEmail);
  }
  const [, field, op, value] = m;
  const text = textMatcher(value, op === '=');
  switch (field) {
    case 'email':
      return (u) => text(u.primaryEmail) || u.aliases.some(text);
    case 'givenName':
      return (u) => text(u.givenName);
    case 'familyName':
      return (u) => text(u.familyName);
    case 'name':
      return (u) => text(`${u.givenName} ${u.familyName}`);
    case 'isSuspended': {
      const b = boolValue(value);
      return (u) => (u.suspended || u.banned) === b;
    }
    case 'isAdmin': {
      const b = boolValue(value);
      return (u) => u.isAdmin === b;
    }
    case 'isArchived': {
      const b = boolValue(value);
      return (u) => u.archived === b;
    }
    case 'orgUnitPath':
      return (u) => text(u.orgUnitPath);
    default:
      throw badRequest('Invalid Input');
  }
}

/** A filter for `users.list?query=`; every clause must hold. Unknown fields answer 400 "Invalid Input". */
export function userQuery(query: string | undefined): Predicate {
  const preds = clauses(query ?? '').map(predicate);
  return (u) => preds.every((p) => p(u));
}
