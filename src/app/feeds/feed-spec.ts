// A label's feed spec (Label.feed): how each kind is written into it, and reading it back safely from the store.
import { canonicalJson } from '../../core/canonical-json';
import type { FeedSpec } from '../../core/model';

export type FeedKind = FeedSpec['kind'];
export const FEED_KINDS: readonly FeedKind[] = ['directory', 'csv', 'sheet', 'crm'];

/** A Sheet feed's ref is `spreadsheetId/range` (range '' = the first sheet): an id has no `/`, so the first one separates them. */
export function sheetRef(spreadsheetId: string, range: string): string {
  return `${spreadsheetId}/${range}`;
}

export function parseSheetRef(ref: string): { spreadsheetId: string; range: string } | null {
  const at = ref.indexOf('/');
  if (at <= 0) return null;
  return { spreadsheetId: ref.slice(0, at), range: ref.slice(at + 1) };
}

/** The identity of a feed: the same spec is the same feed (its import state carries on); another spec starts afresh. */
export function specKey(spec: FeedSpec | null): string {
  return spec === null ? '' : canonicalJson(spec);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The spec if it is one we can import, else null (a spec damaged by hand in the sheet imports nothing). */
export function validSpec(spec: unknown): FeedSpec | null {
  if (!isRecord(spec)) return null;
  if (spec.kind === 'directory') return { kind: 'directory' };
  if ((spec.kind === 'csv' || spec.kind === 'sheet') && typeof spec.ref === 'string') {
    if (spec.kind === 'sheet' && !parseSheetRef(spec.ref)) return null;
    return { kind: spec.kind, ref: spec.ref };
  }
  if (spec.kind === 'crm' && typeof spec.ref === 'string' && isRecord(spec.mapping)) {
    const mapping: Record<string, string> = {};
    for (const [k, v] of Object.entries(spec.mapping)) if (typeof v === 'string') mapping[k] = v;
    return { kind: 'crm', ref: spec.ref, mapping };
  }
  return null;
}

/** In words, for the feed card and logs. */
export function describeSpec(spec: FeedSpec): string {
  switch (spec.kind) {
    case 'directory':
      return 'the company directory';
    case 'csv':
      return 'a CSV file';
    case 'sheet': {
      const s = parseSheetRef(spec.ref);
      return s ? `the Google Sheet ${s.spreadsheetId} (${s.range || 'first sheet'})` : 'a Google Sheet';
    }
    case 'crm':
      return 'a CRM export';
  }
}
