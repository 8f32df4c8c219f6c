// Port: the backing store (DESIGN.md section 5), the system of record. One spreadsheet per domain in production.

/**
 * The tables of the store; each is a sheet of the backing spreadsheet. `feeds` holds each feed's state and last import
 * result (small, read every run); `feedChunks` the text a CSV or CRM feed was given, cut into cells (large, read only
 * when an import needs it). Both arrive with layout version 2.
 */
export const TABLES = [
  'labels',
  'grants',
  'contacts',
  'history',
  'comments',
  'collaborators',
  'audit',
  'syncState',
  'feeds',
  'feedChunks',
] as const;
export type TableName = (typeof TABLES)[number];

/**
 * A row is a list of cell strings. Column 0 is the row's key: a later row with the same key replaces it.
 * Tables whose records have no natural key (history, audit) use a generated one.
 */
export type Row = string[];

export interface StoreSnapshot {
  /** Increases by one with every successful save; a save from an older snapshot is refused. */
  revision: number;
  schemaVersion: number;
  tables: Partial<Record<TableName, Row[]>>;
}

export interface ChangeSet {
  /** Rows to write, per table: a row whose key exists replaces that row, any other row is appended. */
  put: Partial<Record<TableName, Row[]>>;
}

/**
 * The backing store.
 * - `load` reads the named tables (and the revision) in ONE request; `save` writes every changed row and the new
 *   revision in ONE request. Never a request per row.
 * - Every cell is stored verbatim as text: a value such as `=HYPERLINK(...)`, `+1`, `-x` or `@x` is never evaluated.
 * - A cell holds at most 50,000 characters (the Sheets limit): `save` refuses a longer one with INVALID_ARGUMENT and
 *   writes nothing.
 * - `save(base, changes)` writes only when the store is still at `base.revision`; otherwise it throws
 *   FAILED_PRECONDITION and writes nothing. Checking costs one read of the revision; a caller that loaded `base`
 *   inside the same script-lock hold passes `{ loadedUnderLock: true }` and the check is skipped (no one else can
 *   have written). Returns the new revision.
 * - Not configured (no spreadsheet yet) → FAILED_PRECONDITION with a message that says the admin must set it up.
 */
export interface Store {
  load(tables: readonly TableName[]): StoreSnapshot;
  save(base: StoreSnapshot, changes: ChangeSet, opts?: { loadedUnderLock?: boolean }): number;
}

export const MAX_CELL_CHARS = 50000;
