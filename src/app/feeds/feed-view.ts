// The feed card as plain data (no CardService): what the sidebar shows of a feed label's last import. Every sentence is a
// catalog key with parameters plus its English text, so the UI translates it and tests read it.
import type { SkipReason } from '../../core/feed/row-check';
import type { FeedKind } from './feed-spec';
import { parseSheetRef } from './feed-spec';
import type { FeedPhase, FeedStatusOutput } from './feed-status';

export interface Msg {
  key: string;
  params: Record<string, string | number>;
  /** The English sentence, parameters filled. */
  text: string;
}

export interface FeedCount {
  name: 'read' | 'imported' | 'updated' | 'removed' | 'skipped';
  label: Msg;
  value: number;
}

export interface FeedCardView {
  labelId: string;
  title: string;
  kind: FeedKind | null;
  phase: FeedPhase;
  source: Msg | null;
  headline: Msg;
  /** The last complete import's numbers (empty before the first one). */
  counts: FeedCount[];
  /** A pass under way. */
  progress: { done: number; total: number; percent: number } | null;
  /** Skipped rows by reason, most frequent first. */
  reasons: Array<{ reason: SkipReason; label: Msg; count: number }>;
  /** The first skipped rows: "Row 12: …". */
  sample: Msg[];
  /** Header cells the import did not use, so a misspelt column is noticed. */
  ignoredColumns: string[];
  error: Msg | null;
  /** The skipped rows to download; null when there are none or the reader may not see them. */
  download: { fileName: string; mimeType: 'text/csv'; content: string } | null;
}

function msg(key: string, text: string, params: Record<string, string | number> = {}): Msg {
  return { key, params, text: text.replace(/\{(\w+)\}/g, (m, n: string) => (params[n] === undefined ? m : String(params[n]))) };
}

const REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  unreadable: 'could not be read',
  noName: 'no name',
  noContact: 'no email, phone or mobile',
  badEmail: 'invalid email address',
  badPhone: 'invalid phone number',
  tooLong: 'a value is too long',
  invalid: 'invalid value',
  duplicate: 'same key as an earlier row',
};

const COUNT_TEXT: Readonly<Record<FeedCount['name'], string>> = {
  read: 'Rows read',
  imported: 'Imported',
  updated: 'Updated',
  removed: 'Removed',
  skipped: 'Skipped',
};

function sourceMsg(s: FeedStatusOutput): Msg | null {
  const spec = s.feed;
  if (!spec) return null;
  switch (spec.kind) {
    case 'directory':
      return msg('feed.source.directory', 'Company directory');
    case 'csv':
      return msg('feed.source.csv', 'CSV file');
    case 'crm':
      return msg('feed.source.crm', 'CRM export');
    case 'sheet': {
      const ref = parseSheetRef(spec.ref);
      if (!ref?.range) return msg('feed.source.sheetFirst', 'Google Sheet {id}, first sheet', { id: ref?.spreadsheetId ?? '' });
      return msg('feed.source.sheet', 'Google Sheet {id}, range {range}', { id: ref.spreadsheetId, range: ref.range });
    }
  }
}

function headline(s: FeedStatusOutput): Msg {
  switch (s.phase) {
    case 'none':
      return msg('feed.phase.none', 'This label is filled by hand.');
    case 'waiting':
      return msg('feed.phase.waiting', 'The contacts are imported at the next sync.');
    case 'importing':
      return msg('feed.phase.importing', 'Importing: {done} of {total} rows; the next sync continues.', { done: s.progress?.done ?? 0, total: s.progress?.total ?? 0 });
    case 'failed':
      return msg('feed.phase.failed', 'The last import could not read the source; the contacts stay as they were.');
    case 'upToDate':
      return msg('feed.phase.upToDate', 'Up to date. Last import {at}.', { at: s.last?.at ?? '' });
  }
}

/** The feed card's data for `feedStatus`'s answer. */
export function feedCardView(s: FeedStatusOutput): FeedCardView {
  const last = s.last;
  const counts: FeedCount[] = last
    ? (['read', 'imported', 'updated', 'removed', 'skipped'] as const).map((name) => ({
        name,
        label: msg(`feed.count.${name}`, COUNT_TEXT[name]),
        value: last[name],
      }))
    : [];
  const reasons = last
    ? (Object.entries(last.reasons) as Array<[SkipReason, number]>)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([reason, count]) => ({ reason, count, label: msg(`feed.reason.${reason}`, REASON_TEXT[reason]) }))
    : [];
  const progress = s.progress
    ? { done: s.progress.done, total: s.progress.total, percent: s.progress.total ? Math.floor((100 * s.progress.done) / s.progress.total) : 100 }
    : null;
  const safeName = s.labelName.replace(/[^\p{L}\p{N} _-]+/gu, '').replace(/\s+/g, ' ').trim() || 'feed';
  return {
    labelId: s.labelId,
    title: s.labelName,
    kind: s.feed?.kind ?? null,
    phase: s.phase,
    source: sourceMsg(s),
    headline: headline(s),
    counts,
    progress,
    reasons,
    sample: (last?.sample ?? []).map((r) => msg('feed.skippedRow', 'Row {row}: {reason}', { row: r.row, reason: r.message })),
    ignoredColumns: last?.ignoredColumns ?? [],
    error: s.error ? { key: s.error.key, params: {}, text: s.error.message } : null,
    download: s.skippedCsv ? { fileName: `${safeName} - skipped rows.csv`, mimeType: 'text/csv', content: s.skippedCsv } : null,
  };
}
