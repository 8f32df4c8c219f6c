// The feed tables of the store: `feeds` (one state row per feed label, plus the skipped-rows CSV of its last import cut
// into cells) and `feedChunks` (the CSV or CRM text a feed was given, cut into cells). Column 0 is the key.
import type { SkipReason } from '../../core/feed/row-check';
import type { ChangeSet, Row, StoreSnapshot } from '../../core/ports/store';

/** Columns: key, kind (`state` | `chunk`), labelId, part (`skipped` | `source`), index, data. */
export const FEED_TABLE_WIDTH = 6;

/**
 * Characters a chunk cell holds: Sheets allows 50,000 a cell; the margin covers counting differences. The cut never
 * falls inside a surrogate pair, so every cell is valid text on its own.
 */
export const CHUNK_CHARS = 40000;

export interface FeedCursor {
  /** The source version this pass is importing; a source that changed since restarts the pass. */
  version: string;
  /** Index of the next row to apply (into the checked rows, skipped ones included). */
  next: number;
  total: number;
  startedAt: string;
  runs: number;
  created: number;
  updated: number;
  unchanged: number;
}

export interface SkippedSample {
  row: number;
  reason: SkipReason;
  message: string;
}

/** What the last complete import did: what the feed card shows. */
export interface FeedResult {
  at: string;
  startedAt: string;
  version: string;
  /** Sync runs the import took (a large feed continues over several). */
  runs: number;
  read: number;
  imported: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: number;
  reasons: Partial<Record<SkipReason, number>>;
  /** The first skipped rows with their reasons (the full list is the skipped CSV). */
  sample: SkippedSample[];
  ignoredColumns: string[];
  /** Skipped rows the CSV lists (all of them up to MAX_SKIPPED_LISTED). */
  skippedListed: number;
}

export interface FeedError {
  at: string;
  code: string;
  key: string;
  message: string;
}

export interface FeedState {
  labelId: string;
  /** The label's feed spec (canonical JSON) this state belongs to: a different spec is a new feed, imported afresh. */
  spec: string;
  setAt: string;
  setBy: string;
  /** setFeed was told the feed may take over the contacts the label held (they are matched by address, or removed). */
  replace: boolean;
  /** The CSV or CRM text in `feedChunks`. */
  source: { hash: string; chars: number; chunks: number } | null;
  /** The source version the last complete import applied: the same version again means nothing to do. */
  doneVersion: string | null;
  cursor: FeedCursor | null;
  last: FeedResult | null;
  /** Why the last attempt could not import (the source unreadable, empty, not shared); cleared by a good import. */
  error: FeedError | null;
  skippedChunks: number;
}

export type ChunkPart = 'source' | 'skipped';

const stateKey = (labelId: string) => `${labelId}|state`;
const chunkKey = (labelId: string, part: ChunkPart, i: number) => `${labelId}|${part}|${i}`;

function blank(key: string): Row {
  const row = new Array<string>(FEED_TABLE_WIDTH).fill('');
  row[0] = key;
  return row;
}

function decodeState(row: Row): FeedState | null {
  if (row[1] !== 'state' || !row[2]) return null;
  try {
    const v = JSON.parse(row[5] ?? '') as FeedState;
    return typeof v === 'object' && v !== null && v.labelId === row[2] && typeof v.spec === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Cuts text into cells of at most CHUNK_CHARS, never between the two halves of a surrogate pair. */
export function splitChunks(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/** One loaded table's live rows by key (the last row of a key wins; a blank column 1 is a tombstone). */
class Rows {
  readonly live = new Map<string, Row>();
  readonly pending = new Map<string, Row>();

  constructor(readonly loaded: boolean, rows: readonly Row[]) {
    for (const row of rows) {
      if (!row[0]) continue;
      if (!row[1]) this.live.delete(row[0]);
      else this.live.set(row[0], row);
    }
  }

  put(row: Row): void {
    const old = this.live.get(row[0]);
    if (old && old.length === row.length && old.every((c, i) => c === row[i])) return;
    this.live.set(row[0], row);
    this.pending.set(row[0], row);
  }

  erase(key: string): void {
    if (!this.live.has(key)) return;
    this.live.delete(key);
    this.pending.set(key, blank(key));
  }
}

/** The feed tables of one load, with the rows a unit of work writes back in the same save. */
export class FeedTables {
  private readonly feeds: Rows;
  private readonly chunks: Rows;

  constructor(snapshot: StoreSnapshot) {
    this.feeds = new Rows(snapshot.tables.feeds !== undefined, snapshot.tables.feeds ?? []);
    this.chunks = new Rows(snapshot.tables.feedChunks !== undefined, snapshot.tables.feedChunks ?? []);
  }

  state(labelId: string): FeedState | null {
    const row = this.feeds.live.get(stateKey(labelId));
    return row ? decodeState(row) : null;
  }

  /** Every state row: the import finds feeds whose label lost its feed this way. */
  states(): FeedState[] {
    return [...this.feeds.live.values()].map(decodeState).filter((s): s is FeedState => s !== null);
  }

  putState(state: FeedState): void {
    this.need(this.feeds, 'feeds');
    this.feeds.put([stateKey(state.labelId), 'state', state.labelId, '', '', JSON.stringify(state)]);
  }

  /** The text of a chunked part, or null when a chunk is missing (the store was edited by hand). */
  text(labelId: string, part: ChunkPart, count: number): string | null {
    const rows = part === 'source' ? this.chunks : this.feeds;
    let out = '';
    for (let i = 0; i < count; i++) {
      const row = rows.live.get(chunkKey(labelId, part, i));
      if (!row) return null;
      out += row[5] ?? '';
    }
    return out;
  }

  /** Writes `text` as the part's chunks (known keys in place) and blanks the chunks an older, longer text had. */
  putText(labelId: string, part: ChunkPart, text: string): number {
    const rows = part === 'source' ? this.chunks : this.feeds;
    this.need(rows, part === 'source' ? 'feedChunks' : 'feeds');
    const pieces = splitChunks(text);
    pieces.forEach((piece, i) => rows.put([chunkKey(labelId, part, i), 'chunk', labelId, part, String(i), piece]));
    this.eraseChunks(rows, labelId, part, pieces.length);
    return pieces.length;
  }

  /** Blanks every row of a label's feed: its state, its skipped list and, when loaded, its source. */
  clear(labelId: string): void {
    this.need(this.feeds, 'feeds');
    this.feeds.erase(stateKey(labelId));
    this.eraseChunks(this.feeds, labelId, 'skipped', 0);
    if (this.chunks.loaded) this.eraseChunks(this.chunks, labelId, 'source', 0);
  }

  hasChanges(): boolean {
    return this.feeds.pending.size > 0 || this.chunks.pending.size > 0;
  }

  /** Adds the pending rows to a ChangeSet (the model's), so one save writes both. */
  addTo(changes: ChangeSet): ChangeSet {
    if (this.feeds.pending.size) changes.put.feeds = [...this.feeds.pending.values()];
    if (this.chunks.pending.size) changes.put.feedChunks = [...this.chunks.pending.values()];
    return changes;
  }

  private eraseChunks(rows: Rows, labelId: string, part: ChunkPart, from: number): void {
    const prefix = `${labelId}|${part}|`;
    for (const key of [...rows.live.keys()]) {
      if (key.startsWith(prefix) && Number(key.slice(prefix.length)) >= from) rows.erase(key);
    }
  }

  private need(rows: Rows, table: string): void {
    // A row re-written without its table loaded would be appended, leaving the old one behind in the sheet.
    if (!rows.loaded) throw new Error(`FeedTables: table ${table} was not loaded; load it before changing it.`);
  }
}
