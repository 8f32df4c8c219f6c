// The Store fake for tests and the local simulator. It shares the Sheets store's row rules (store-rows.ts), so rows land
// where the spreadsheet would put them, and it counts the Sheets calls each operation would cost.
import type { AppError } from '../core/errors';
import type { ChangeSet, Row, Store, StoreSnapshot, TableName } from '../core/ports/store';
import { TABLES } from '../core/ports/store';
import {
  MIGRATIONS,
  addedTables,
  composeRewrites,
  currentSchemaVersion,
  pendingMigrations,
  type Migration,
  type MigrationReport,
} from './store-migrations';
import {
  checkChanges,
  checkSchema,
  checkTables,
  conflict,
  copyExtents,
  countRows,
  emptyExtents,
  notConfigured,
  planSave,
  readTable,
  type Extents,
  type LoadedState,
} from './store-rows';

export interface InMemoryStoreOptions {
  /** false: no backing store yet, every call fails with FAILED_PRECONDITION until `initialize()` (default true). */
  configured?: boolean;
  /** Forward migrations (default: the production list). */
  migrations?: readonly Migration[];
  /** The layout version the store starts at (default: the current one), to test migrations. */
  schemaVersion?: number;
}

/** What a load of every table would return, plus the revision: the store's content as the port sees it. */
export interface StoreDump {
  revision: number;
  schemaVersion: number;
  tables: Record<TableName, Row[]>;
}

const emptyTables = (): Record<TableName, Row[]> => {
  const out = {} as Record<TableName, Row[]>;
  for (const t of TABLES) out[t] = [];
  return out;
};

const copyRows = (rows: readonly Row[]): Row[] => rows.map((r) => r.slice());

/** The store's content, shareable between adapters (see `reopen`). */
interface StoreData {
  revision: number;
  schemaVersion: number;
  extents: Extents;
  /** Rows as the sheets would hold them: superseded rows of a re-appended key stay until a migration compacts. */
  physical: Record<TableName, Row[]>;
  configured: boolean;
}

export class InMemoryStore implements Store {
  /** `load` calls that read (one values.batchGet each in the Sheets store). */
  loads = 0;
  /** Writes (one values.batchUpdate each in the Sheets store); a refused save writes nothing and is not counted. */
  saves = 0;
  /** Revision checks before a save (one extra read each in the Sheets store; skipped under `loadedUnderLock`). */
  revisionReads = 0;

  private readonly data: StoreData;
  private readonly migrations: readonly Migration[];
  private readonly current: number;
  private readonly loaded = new WeakMap<StoreSnapshot, LoadedState>();
  private fault: AppError | null = null;

  constructor(opts: InMemoryStoreOptions = {}, shared?: StoreData) {
    this.migrations = opts.migrations ?? MIGRATIONS;
    this.current = currentSchemaVersion(this.migrations);
    this.data = shared ?? {
      revision: 0,
      schemaVersion: opts.schemaVersion ?? this.current,
      extents: emptyExtents(),
      physical: emptyTables(),
      configured: opts.configured ?? true,
    };
  }

  /**
   * Another adapter over the same data, as another deployment of the add-on would see the same spreadsheet: e.g. a
   * newer version with more migrations. Counters are its own.
   */
  reopen(opts: { migrations?: readonly Migration[] } = {}): InMemoryStore {
    return new InMemoryStore({ migrations: opts.migrations ?? this.migrations }, this.data);
  }

  /** Sheets calls this fake has stood in for (the cost the Sheets store would have had). */
  get calls(): number {
    return this.loads + this.saves + this.revisionReads;
  }

  /** The next load, save or migrate throws `error` and changes nothing (a one-shot fault, e.g. UNAVAILABLE). */
  failNext(error: AppError): void {
    this.fault = error;
  }

  load(tables: readonly TableName[]): StoreSnapshot {
    const wanted = checkTables(tables);
    this.enter();
    this.loads++;
    checkSchema(this.data.schemaVersion, this.current);
    const snapshot: StoreSnapshot = {
      revision: this.data.revision,
      schemaVersion: this.data.schemaVersion,
      tables: {},
    };
    const state: LoadedState = {
      revision: this.data.revision,
      schemaVersion: this.data.schemaVersion,
      extents: copyExtents(this.data.extents),
      positions: {},
    };
    for (const table of wanted) {
      const { rows, positions } = readTable(this.data.physical[table], this.data.extents[table]);
      snapshot.tables[table] = copyRows(rows);
      state.positions[table] = positions;
    }
    this.loaded.set(snapshot, state);
    return snapshot;
  }

  save(base: StoreSnapshot, changes: ChangeSet, opts: { loadedUnderLock?: boolean } = {}): number {
    checkChanges(changes);
    if (countRows(changes) === 0) return base.revision;
    this.enter();
    const known = this.loaded.get(base);
    const trusted = known !== undefined && known.revision === base.revision;
    let extents: Extents;
    if (opts.loadedUnderLock === true && trusted && known) {
      if (this.data.revision !== base.revision) {
        // The Sheets store would overwrite another writer's rows here: a caller that claims the lock must hold it.
        throw new Error(
          `InMemoryStore: save with loadedUnderLock from revision ${base.revision}, but the store is at ${this.data.revision}; the caller did not hold the lock between load and save.`,
        );
      }
      extents = known.extents;
    } else {
      this.revisionReads++;
      if (this.data.revision !== base.revision) throw conflict(base.revision, this.data.revision);
      checkSchema(this.data.schemaVersion, this.current);
      extents = this.data.extents;
    }
    const plan = planSave(extents, trusted && known ? known.positions : {}, changes);
    for (const w of plan.writes) this.data.physical[w.table][w.index] = w.row.slice();
    this.data.extents = plan.extents;
    this.data.revision = base.revision + 1;
    this.saves++;
    this.loaded.delete(base);
    return this.data.revision;
  }

  /**
   * Creates a new, empty backing store (the admin's "create the backing spreadsheet"), replacing whatever this adapter
   * held, at the current layout version; returns a fake id.
   */
  initialize(): string {
    this.data.configured = true;
    this.data.revision = 0;
    this.data.schemaVersion = this.current;
    this.data.extents = emptyExtents();
    this.data.physical = emptyTables();
    return 'in-memory-store';
  }

  /** Runs the pending forward migrations exactly as the Sheets store does (rewritten tables are compacted). */
  migrate(): MigrationReport {
    this.enter();
    this.revisionReads++;
    const from = this.data.schemaVersion;
    if (from > this.current) checkSchema(from, this.current);
    const steps = pendingMigrations(from, this.migrations);
    if (steps.length === 0) return { from, to: from, applied: [] };
    const added = addedTables(steps);
    const rewrites = composeRewrites(steps);
    const next: Partial<Record<TableName, Row[]>> = {};
    for (const [table, rewrite] of rewrites) {
      if (added.includes(table)) continue;
      const byKey = new Map<string, Row>();
      for (const row of readTable(this.data.physical[table], this.data.extents[table]).rows) {
        const out = rewrite(row.slice());
        byKey.set(out[0], out);
      }
      next[table] = [...byKey.values()];
      checkChanges({ put: { [table]: next[table] } });
    }
    if (toRead(rewrites, added)) this.loads++;
    for (const [table, rows] of Object.entries(next) as Array<[TableName, Row[]]>) {
      this.data.physical[table] = copyRows(rows);
      this.data.extents[table] = {
        rowCount: rows.length,
        width: rows.reduce((w, r) => Math.max(w, r.length), 0),
      };
    }
    for (const t of added) {
      this.data.physical[t] = [];
      this.data.extents[t] = { rowCount: 0, width: 0 };
    }
    this.data.schemaVersion = this.current;
    this.data.revision++;
    this.saves++;
    return { from, to: this.current, applied: steps.map((s) => s.description) };
  }

  /** The content as a load of every table would return it (deep copy). */
  dump(): StoreDump {
    const tables = emptyTables();
    for (const t of TABLES) tables[t] = copyRows(readTable(this.data.physical[t], this.data.extents[t]).rows);
    return { revision: this.data.revision, schemaVersion: this.data.schemaVersion, tables };
  }

  /** Everything the store holds, physical rows included, as one string: equal strings mean nothing was written. */
  serialize(): string {
    return JSON.stringify({
      revision: this.data.revision,
      schemaVersion: this.data.schemaVersion,
      configured: this.data.configured,
      extents: this.data.extents,
      physical: this.data.physical,
    });
  }

  private enter(): void {
    if (this.fault) {
      const e = this.fault;
      this.fault = null;
      throw e;
    }
    if (!this.data.configured) throw notConfigured();
  }
}

const toRead = (rewrites: Map<TableName, unknown>, added: readonly TableName[]) =>
  [...rewrites.keys()].some((t) => !added.includes(t));
