// Where the store lives in the backing spreadsheet (docs/store.md): one sheet per table with a header in row 1 and data
// from row 2, plus a `meta` sheet of key/value rows (revision, schema version, rows and width of each table).
import { TABLES, type Row, type TableName } from '../core/ports/store';
import { emptyExtents, type Extents, type RowWrite } from './store-rows';

export const META_SHEET = 'meta';
/** Two columns, open-ended downwards, so a later version may add meta keys without moving the range. */
export const META_READ_RANGE = `${META_SHEET}!A1:B`;

/**
 * Row 1 of each table's sheet, for a person who opens the spreadsheet; the store never reads it. The names follow the
 * column order of the codecs in src/app/store/codecs.ts (which own it): keep the two in step, and let a migration
 * rewrite the headers when a codec gains a column.
 */
export const TABLE_HEADERS: Record<TableName, string[]> = {
  labels: ['id', 'name', 'owner', 'createdAt', 'updatedAt', 'deleted', 'feed'],
  grants: [
    'id',
    'labelId',
    'kind',
    'email',
    'role',
    'syncToMobile',
    'grantedAt',
    'grantedBy',
    'acceptedAt',
    'invitedAt',
  ],
  contacts: [
    'id',
    'labelIds',
    'revision',
    'createdAt',
    'createdBy',
    'updatedAt',
    'updatedBy',
    'deleted',
    'person',
    'adoptedFrom',
    'feedKey',
  ],
  history: ['key', 'contactId', 'revision', 'at', 'by', 'reason', 'person'],
  comments: ['id', 'contactId', 'labelId', 'at', 'by', 'text'],
  collaborators: ['key', 'labelId', 'email', 'grantId', 'status', 'detail', 'seated', 'lastSyncAt'],
  audit: ['key', 'at', 'actor', 'action', 'label', 'target', 'detail'],
  syncState: ['key', 'state', 'data'],
  // The column order of src/app/feeds/feed-table.ts, which owns it.
  feeds: ['key', 'kind', 'labelId', 'part', 'index', 'data'],
  feedChunks: ['key', 'kind', 'labelId', 'part', 'index', 'data'],
};

export interface Meta {
  revision: number;
  schemaVersion: number;
  extents: Extents;
}

const rowsKey = (t: TableName) => `rows:${t}`;
const widthKey = (t: TableName) => `width:${t}`;

/** The meta sheet's content, header included: always the same keys in the same order, so it is written whole. */
export function metaValues(meta: Meta): Row[] {
  const out: Row[] = [
    ['key', 'value'],
    ['revision', String(meta.revision)],
    ['schemaVersion', String(meta.schemaVersion)],
  ];
  for (const t of TABLES) {
    out.push([rowsKey(t), String(meta.extents[t].rowCount)]);
    out.push([widthKey(t), String(meta.extents[t].width)]);
  }
  return out;
}

export function metaWriteRange(): string {
  return `${META_SHEET}!A1:B${metaValues({ revision: 0, schemaVersion: 0, extents: emptyExtents() }).length}`;
}

const count = (v: string | undefined): number | null => {
  if (v === undefined || !/^\d+$/.test(v)) return null;
  return Number(v);
};

/** Reads the meta sheet (as returned by the API, header included); null when it is not a store's meta. */
export function parseMeta(values: ReadonlyArray<ReadonlyArray<unknown>> | undefined): Meta | null {
  const map = new Map<string, string>();
  for (const row of values ?? []) {
    if (row.length > 0)
      map.set(String(row[0]), row[1] === undefined || row[1] === null ? '' : String(row[1]));
  }
  const revision = count(map.get('revision'));
  const schemaVersion = count(map.get('schemaVersion'));
  if (revision === null || schemaVersion === null) return null;
  const extents = emptyExtents();
  for (const t of TABLES) {
    extents[t] = { rowCount: count(map.get(rowsKey(t))) ?? 0, width: count(map.get(widthKey(t))) ?? 0 };
  }
  return { revision, schemaVersion, extents };
}

/** Column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - r - 1) / 26);
  }
  return s;
}

/** A1 range of whole rows `first..last` (1-based sheet rows), columns A to the `width`th. */
export function rowsRange(sheet: string, first: number, last: number, width: number): string {
  return `${sheet}!A${first}:${columnLetter(Math.max(1, width))}${last}`;
}

export interface ValueRange {
  range: string;
  majorDimension: 'ROWS';
  values: Row[];
}

/**
 * The value ranges that write `writes`: consecutive rows of a table share one range (appends are consecutive, so a
 * batch of new rows is one range whatever its size). Data row `i` is sheet row `i + 2`.
 */
export function rowRanges(writes: readonly RowWrite[], widthOf: (t: TableName) => number): ValueRange[] {
  const out: ValueRange[] = [];
  for (const table of TABLES) {
    const mine = writes.filter((w) => w.table === table).sort((a, b) => a.index - b.index);
    let run: RowWrite[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const first = run[0].index + 2;
      out.push({
        range: rowsRange(table, first, first + run.length - 1, widthOf(table)),
        majorDimension: 'ROWS',
        values: run.map((w) => w.row),
      });
      run = [];
    };
    for (const w of mine) {
      if (run.length > 0 && w.index !== run[run.length - 1].index + 1) flush();
      run.push(w);
    }
    flush();
  }
  return out;
}

/** A header row range for a table (row 1). */
export function headerRange(table: TableName): ValueRange {
  const header = TABLE_HEADERS[table];
  return { range: rowsRange(table, 1, 1, header.length), majorDimension: 'ROWS', values: [header] };
}
