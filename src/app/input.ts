// Validation of untrusted command input (card parameters and form fields): shapes, types and lengths, before any lookup.
import { fail, invalidArgument, ok, Result } from '../core/errors';
import { preview } from '../core/text';

export type Check<T> = (value: unknown, field: string) => Result<T>;

type Shape = Record<string, Check<unknown>>;
export type Parsed<S extends Shape> = { [K in keyof S]: S[K] extends Check<infer T> ? T : never };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks every field of `shape` in order and stops at the first problem. Fields the shape does not name are ignored,
 * so an `actor` or `owner` smuggled into a card parameter has no effect at all.
 */
export function parseInput<S extends Shape>(input: unknown, shape: S): Result<Parsed<S>> {
  if (!isPlainObject(input)) {
    return fail(
      invalidArgument('error.input.notObject', 'The request is malformed; reload the card and try again.'),
    );
  }
  const out: Record<string, unknown> = {};
  for (const [field, check] of Object.entries(shape)) {
    const value = Object.prototype.hasOwnProperty.call(input, field) ? input[field] : undefined;
    const r = check(value, field);
    if (!r.ok) return r;
    out[field] = r.value;
  }
  return ok(out as Parsed<S>);
}

function missing<T>(field: string): Result<T> {
  return fail(invalidArgument('error.input.missing', 'The field {field} is missing.', { field }));
}

function wrongType<T>(field: string, expected: string): Result<T> {
  return fail(
    invalidArgument('error.input.type', 'The field {field} must be {expected}.', { field, expected }),
  );
}

/** A string of at most `max` characters; `min` 1 refuses a blank one. Not trimmed: the domain validators do that. */
export function text(opts: { max: number; min?: number }): Check<string> {
  return (v, field) => {
    if (v === undefined || v === null) return missing(field);
    if (typeof v !== 'string') return wrongType(field, 'text');
    if (v.length > opts.max) {
      return fail(
        invalidArgument(
          'error.input.tooLong',
          'The field {field} can have at most {limit} characters; this one has {length}.',
          {
            field,
            limit: opts.max,
            length: v.length,
          },
        ),
      );
    }
    if (v.trim().length < (opts.min ?? 0)) return missing(field);
    return ok(v);
  };
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** An identifier we issued (labels, grants, contacts): letters, digits, `_` and `-`. Whether it exists is checked later. */
export function id(): Check<string> {
  return (v, field) => {
    if (v === undefined || v === null || v === '') return missing(field);
    if (typeof v !== 'string' || !ID.test(v)) {
      return fail(
        invalidArgument(
          'error.input.badId',
          'The field {field} does not name anything we know ("{value}"); reload the card.',
          {
            field,
            value: preview(typeof v === 'string' ? v : typeof v, 40),
          },
        ),
      );
    }
    return ok(v);
  };
}

export function bool(): Check<boolean> {
  return (v, field) =>
    typeof v === 'boolean' ? ok(v) : v === undefined ? missing(field) : wrongType(field, 'true or false');
}

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v, field) => {
    if (v === undefined || v === null || v === '') return missing(field);
    const found = values.find((x) => x === v);
    return found !== undefined ? ok(found) : wrongType(field, `one of ${values.join(', ')}`);
  };
}

/** An integer in [min, max]; digit strings are accepted because form inputs arrive as text. */
export function int(opts: { min: number; max: number }): Check<number> {
  return (v, field) => {
    if (v === undefined || v === null || v === '') return missing(field);
    const n = typeof v === 'string' && /^\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < opts.min || n > opts.max) {
      return wrongType(field, `a whole number from ${opts.min} to ${opts.max}`);
    }
    return ok(n);
  };
}

/** Absent (undefined, null or '') means `fallback`. */
export function optional<T, D>(check: Check<T>, fallback: D): Check<T | D> {
  return (v, field) => (v === undefined || v === null || v === '' ? ok(fallback) : check(v, field));
}

/**
 * A JSON object (e.g. a People Person) whose serialisation stays within `maxChars`: the size is bounded before any
 * field is looked at, so a pasted megabyte costs one refusal and nothing else.
 */
export function jsonObject(opts: { maxChars: number }): Check<Record<string, unknown>> {
  return (v, field) => {
    if (v === undefined || v === null) return missing(field);
    if (!isPlainObject(v)) return wrongType(field, 'an object');
    let size: number;
    try {
      size = JSON.stringify(v).length;
    } catch {
      return wrongType(field, 'plain data');
    }
    if (size > opts.maxChars) {
      return fail(
        invalidArgument(
          'error.input.tooLarge',
          'The field {field} holds {size} characters of data; the most allowed is {limit}.',
          {
            field,
            size,
            limit: opts.maxChars,
          },
        ),
      );
    }
    return ok(v);
  };
}
