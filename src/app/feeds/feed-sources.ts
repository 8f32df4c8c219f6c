// Which Feed reads a label's source: the directory through the Directory port, CSV and CRM text from the store, a Sheet
// through the SheetValues port (as the label's owner).
import { CrmFeed, crmVersion } from '../../core/feed/crm-feed';
import { DirectoryFeed } from '../../core/feed/directory-feed';
import type { Feed, SheetValues } from '../../core/feed/feed-port';
import { CsvFeed, SheetFeed } from '../../core/feed/tabular-feed';
import { failedPrecondition } from '../../core/errors';
import type { FeedSpec, Label } from '../../core/model';
import type { AppContext } from '../context';
import { parseSheetRef } from './feed-spec';
import type { FeedState, FeedTables } from './feed-table';

/**
 * What the composition root adds to a context for feeds: the Sheets reader (REST with a DWD token for the user it reads
 * as). Optional, so a context without it still imports every other kind of feed.
 */
export interface FeedPorts {
  sheetValues?: SheetValues;
}

export function sheetValuesOf(ctx: AppContext): SheetValues | null {
  return (ctx as AppContext & FeedPorts).sheetValues ?? null;
}

/**
 * The version a CSV or CRM source has, known without reading its text (so an import with nothing to do reads no chunk);
 * null for the kinds whose version only a read can tell.
 */
export function storedVersion(spec: FeedSpec, state: FeedState): string | null {
  if (!state.source) return null;
  if (spec.kind === 'csv') return state.source.hash;
  if (spec.kind === 'crm') return crmVersion(state.source.hash, spec.mapping);
  return null;
}

const damaged = () =>
  failedPrecondition('error.feed.sourceMissing', 'The text of this feed is missing from the backing spreadsheet; set the feed again.');

/** The Feed of a label; `chunks` must hold the `feedChunks` table for CSV and CRM feeds. */
export function feedOf(ctx: AppContext, label: Label, spec: FeedSpec, state: FeedState, chunks: FeedTables | null): Feed {
  switch (spec.kind) {
    case 'directory':
      return new DirectoryFeed(ctx.directory);
    case 'sheet': {
      const sheets = sheetValuesOf(ctx);
      const ref = parseSheetRef(spec.ref);
      if (!sheets || !ref) {
        throw failedPrecondition('error.feed.sheetsUnavailable', 'Reading Google Sheets is not set up in this deployment; ask your admin.');
      }
      return new SheetFeed(sheets, label.owner, ref.spreadsheetId, ref.range);
    }
    case 'csv':
    case 'crm': {
      const text = state.source && chunks ? chunks.text(label.id, 'source', state.source.chunks) : null;
      if (text === null || !state.source) throw damaged();
      if (spec.kind === 'crm') return new CrmFeed(text, spec.mapping, state.source.hash);
      return new CsvFeed(text, state.source.hash);
    }
  }
}
