// Page tokens for the Directory's list methods: opaque to callers, bound to the query they were issued for.
import { badRequest } from '../core/errors';
import type { World } from '../core/world';
import { fnv1a } from './lookup';

export function encodePageToken(offset: number, fingerprint: string): string {
  return btoa(`${offset}:${fnv1a(fingerprint).toString(36)}`).replace(/=+$/, '');
}

/** Offset a page token stands for; 400 if it was not issued for this same query. */
export function decodePageToken(token: string | undefined, fingerprint: string): number {
  if (!token) return 0;
  let raw: string;
  try {
    raw = atob(token);
  } catch {
    throw badRequest('Invalid page token');
  }
  const m = /^(\d+):([0-9a-z]+)$/.exec(raw);
  if (!m || m[2] !== fnv1a(fingerprint).toString(36)) throw badRequest('Invalid page token');
  return Number(m[1]);
}

/**
 * `maxResults` within [1, max], default `def`. [?] What Google does above the maximum is not documented:
 * `directoryMaxResultsOverLimit` chooses a 400 or clamping.
 */
export function pageSize(world: World, value: number | undefined, def: number, max: number): number {
  if (value === undefined) return def;
  if (value >= 1 && value <= max) return value;
  if (value > max && world.config.directoryMaxResultsOverLimit === 'clamp') return max;
  throw badRequest(`Invalid value '${value}'. Values must be within the range: [1, ${max}]`);
}

export function page<T>(
  items: T[],
  offset: number,
  size: number,
  fingerprint: string,
): { items: T[]; next?: string } {
  const slice = items.slice(offset, offset + size);
  const nextOffset = offset + size;
  return nextOffset < items.length
    ? { items: slice, next: encodePageToken(nextOffset, fingerprint) }
    : { items: slice };
}
