// What every Store adapter shares, so the in-memory fake and the Sheets store behave alike by construction: checking
// rows before anything is written, reading a table (the last row of a key wins) and planning a save (known keys in
// place, new keys appended after the table's last row).
import { failedPrecondition, invalidArgument } from '../core/errors';
import { MAX_CELL_CHARS, TABLES, type ChangeSet, type Row, type TableName } from '../core/ports/store';

/** The physical extent of one table: data rows (header excluded) and the widest row ever written to it. */
export interface TableExtent {
  rowCount: number;
  width: number;
}

export type Extents = Record<TableName, TableExtent>;

/** What a store remembers of a snapshot it handed out, to write rows back where they were. */
export interface LoadedState {
  revision: number;
  schemaVersion: number;
  extents: Extents;
  /** For each table the snapshot loaded: the 0-based data row holding each key's current row. */
  positions: Partial<Record<TableName, Map<string, number>>>;
}

/** One row to write: `index` is the 0-based data row (sheet row `index + 2`, below the header). */
export interface RowWrite {
  table: TableName;
  index: number;
  row: Row;
}

export interface SavePlan {
  writes: RowWrite[];
  extents: Extents;
}

export function emptyExtents(): Extents {
  const out = {} as Extents;
  for (const t of TABLES) out[t] = { rowCount: 0, width: 0 };
  return out;
}

export function copyExtents(e: Extents): Extents {
  const out = {} as Extents;
  for (const t of TABLES) out[t] = { ...e[t] };
  return out;
}

const isTable = (t: unknown): t is TableName =>
  typeof t === 'string' && (TABLES as readonly string[]).includes(t);

const unknownTable = (table: unknown) =>
  invalidArgument('error.store.unknownTable', 'The store has no table named "{table}".', {
    table: String(table),
  });

/** The distinct tables asked for, in order; an unknown name is refused before any request is made. */
export function checkTables(tables: readonly TableName[]): TableName[] {
  if (!Array.isArray(tables)) throw unknownTable(tables);
  const out: TableName[] = [];
  for (const t of tables) {
    if (!isTable(t)) throw unknownTable(t);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Refuses the whole change set (INVALID_ARGUMENT, nothing written) when a table is unknown, a row is not a non-empty
 * list of strings with a non-empty key, or a cell is longer than Sheets allows. Length is counted in UTF-16 units, which
 * is never less than Sheets' count of characters, so a refused cell would also have been refused by Sheets.
 */
export function checkChanges(changes: ChangeSet): void {
  const put = changes !== null && typeof changes === 'object' ? changes.put : undefined;
  if (put === null || typeof put !== 'object') {
    throw invalidArgument('error.store.badChanges', 'The change set has no rows to write.');
  }
  for (const [table, rows] of Object.entries(put)) {
    if (!isTable(table)) throw unknownTable(table);
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) throw badRow(table);
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row) || row.length === 0 || row[0] === '') throw badRow(table);
      for (const cell of row as unknown[]) {
        if (typeof cell !== 'string') throw badRow(table);
        if (cell.length > MAX_CELL_CHARS) {
          throw invalidArgument(
            'error.store.cellTooLong',
            'A value to save in {table} is {length} characters long; a cell holds at most 50,000. Shorten it and try again.',
            { table, length: cell.length },
          );
        }
      }
    }
  }
}

function badRow(table: string) {
  return invalidArgument(
    'error.store.badRow',
    'A row for table {table} is not a list of text cells starting with a non-empty key.',
    { table },
  );
}

export function countRows(changes: ChangeSet): number {
  return Object.values(changes.put).reduce((n, rows) => n + (rows?.length ?? 0), 0);
}

/** A row padded with empty cells to `width`, so writing it in place clears what a wider old row left behind. */
export function padRow(row: readonly string[], width: number): Row {
  const out = row.slice();
  while (out.length < width) out.push('');
  return out;
}

/**
 * Reads one table from its physical rows (header excluded). Only the first `extent.rowCount` rows count (anything
 * below was never written by a store). Rows come back padded to the table's width, because Sheets drops trailing
 * empty cells; a row without a key is skipped; when a key occurs more than once the last row wins, at its position.
 */
export function readTable(physical: ReadonlyArray<ReadonlyArray<unknown>>, extent: TableExtent) {
  const cells: Row[] = [];
  const positions = new Map<string, number>();
  for (let i = 0; i < extent.rowCount; i++) {
    const raw = physical[i] ?? [];
    const row = padRow(
      raw.map((c) => (c === null || c === undefined ? '' : String(c))),
      extent.width,
    );
    cells.push(row);
    if (row[0] !== '') positions.set(row[0], i);
  }
  const rows: Row[] = [];
  for (let i = 0; i < cells.length; i++) {
    const key = cells[i][0];
    if (key !== '' && positions.get(key) === i) rows.push(cells[i]);
  }
  return { rows, positions };
}

/**
 * Where each row of `changes` goes. A key the snapshot loaded is written over its row; any other key is appended after
 * the table's last row (so a table that was not loaded, such as an append-only log, needs no read). Within one change
 * set the last row of a key wins. Every written row is padded to the table's width.
 */
export function planSave(
  extents: Extents,
  positions: Partial<Record<TableName, Map<string, number>>>,
  changes: ChangeSet,
): SavePlan {
  const next = copyExtents(extents);
  const writes: RowWrite[] = [];
  for (const table of TABLES) {
    const rows = changes.put[table];
    if (!rows || rows.length === 0) continue;
    const byKey = new Map<string, Row>();
    for (const row of rows) byKey.set(row[0], row);
    const extent = next[table];
    for (const row of byKey.values()) extent.width = Math.max(extent.width, row.length);
    const known = positions[table];
    for (const [key, row] of byKey) {
      const at = known?.get(key);
      const index = at === undefined ? extent.rowCount++ : at;
      writes.push({ table, index, row: padRow(row, extent.width) });
    }
  }
  return { writes, extents: next };
}

export function conflict(baseRevision: number, current: number) {
  return failedPrecondition(
    'error.store.conflict',
    'Someone else saved a change while you were working (revision {current}, you started from {base}). Reload and try again.',
    { base: baseRevision, current },
  );
}

export function notConfigured() {
  return failedPrecondition(
    'error.store.notConfigured',
    'The backing spreadsheet was not found; an admin must create or link it in Settings.',
  );
}

/** Refuses to read or write a store whose layout version this code does not speak. */
export function checkSchema(found: number, wanted: number): void {
  if (found < wanted) {
    throw failedPrecondition(
      'error.store.schemaOld',
      'The backing spreadsheet uses layout version {found}; this version of the add-on needs {wanted}. An admin must open Settings to upgrade it.',
      { found, wanted },
    );
  }
  if (found > wanted) {
    throw failedPrecondition(
      'error.store.schemaNew',
      'The backing spreadsheet was upgraded by a newer version of the add-on (layout {found}; this one knows {wanted}). Update the add-on.',
      { found, wanted },
    );
  }
}
