// Forward migrations of the store's layout (DESIGN.md section 5): an ordered list, each step producing the next schema
// version. Both store adapters run the same steps, so a migration is tested once against the fake and the spreadsheet.
import type { Row, TableName } from '../core/ports/store';

export interface Migration {
  /** The schema version this step produces; it runs on a store at `version - 1`. */
  version: number;
  /** What changes, for the admin's report and the audit. */
  description: string;
  /** Tables a new version introduces: their sheets are created empty (with a header) before any rewrite. */
  addTables?: readonly TableName[];
  /**
   * Per table, how every current row becomes a row of the new version (e.g. a column inserted). The rewritten table is
   * compacted on the way: one row per key, in the order the table reads.
   */
  rewrite?: Partial<Record<TableName, (row: Row) => Row>>;
}

export interface MigrationReport {
  from: number;
  to: number;
  /** The descriptions of the steps that ran, in order (empty when the store was already current). */
  applied: string[];
}

/** The layout `initialize()` creates is version 1. */
export const BASE_SCHEMA_VERSION = 1;

/** Production steps. Append a step for every layout change; never edit or reorder a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    description: 'feeds: the sheets feeds (feed state and import results) and feedChunks (CSV and CRM sources)',
    addTables: ['feeds', 'feedChunks'],
  },
];

/** The version a store must be at for this code: the last step's, or 1. Steps must be numbered 2, 3, … in order. */
export function currentSchemaVersion(migrations: readonly Migration[]): number {
  migrations.forEach((m, i) => {
    if (m.version !== BASE_SCHEMA_VERSION + i + 1) {
      throw new Error(
        `Store migrations must be numbered ${BASE_SCHEMA_VERSION + 1}, ${BASE_SCHEMA_VERSION + 2}, … in order; found ${m.version} at position ${i}.`,
      );
    }
  });
  return BASE_SCHEMA_VERSION + migrations.length;
}

/** The steps a store at version `found` still needs, in order. */
export function pendingMigrations(found: number, migrations: readonly Migration[]): Migration[] {
  currentSchemaVersion(migrations);
  return migrations.filter((m) => m.version > found);
}

/** Every table some pending step rewrites, with the steps' rewrites composed in order. */
export function composeRewrites(steps: readonly Migration[]): Map<TableName, (row: Row) => Row> {
  const out = new Map<TableName, (row: Row) => Row>();
  for (const step of steps) {
    for (const [table, fn] of Object.entries(step.rewrite ?? {}) as Array<[TableName, (row: Row) => Row]>) {
      const before = out.get(table);
      out.set(table, before ? (row) => fn(before(row)) : fn);
    }
  }
  return out;
}

export function addedTables(steps: readonly Migration[]): TableName[] {
  const out: TableName[] = [];
  for (const step of steps) for (const t of step.addTables ?? []) if (!out.includes(t)) out.push(t);
  return out;
}
