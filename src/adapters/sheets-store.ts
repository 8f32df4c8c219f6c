// Store over the backing spreadsheet through the Sheets REST API v4 (DESIGN.md section 5; layout and costs in
// docs/store.md): load = one values.batchGet, save = one values.batchUpdate written RAW (+ one read of the revision
// unless the snapshot was loaded under the same lock hold). The token provider decides whose spreadsheet it is.
import type { ChangeSet, Row, Store, StoreSnapshot, TableName } from '../core/ports/store';
import { TABLES } from '../core/ports/store';
import { failedPrecondition } from '../core/errors';
import {
  META_READ_RANGE,
  META_SHEET,
  headerRange,
  metaValues,
  metaWriteRange,
  parseMeta,
  rowRanges,
  rowsRange,
  type Meta,
  type ValueRange,
} from './sheets-layout';
import { SHEETS_API, SheetsRest } from './sheets-rest';
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
  padRow,
  planSave,
  readTable,
  type LoadedState,
} from './store-rows';

type UrlFetch = GoogleAppsScript.URL_Fetch.UrlFetchApp;

export interface SheetsStoreOptions {
  /** Forward migrations (default: the production list); the last one's version is the layout this store speaks. */
  migrations?: readonly Migration[];
  /** Title of the spreadsheet `initialize()` creates. */
  title?: string;
}

interface BatchGetResponse {
  valueRanges?: Array<{ range?: string; values?: unknown[][] }>;
}

const DEFAULT_TITLE = 'Shared Labels data (do not edit)';

export class SheetsStore implements Store {
  private readonly rest: SheetsRest;
  /** Snapshots this instance handed out, with where their rows are; a snapshot serves one save. */
  private readonly loaded = new WeakMap<StoreSnapshot, LoadedState>();
  private readonly migrations: readonly Migration[];
  private readonly schemaVersion: number;
  private readonly title: string;
  private id: string | null;

  /**
   * @param urlFetch Apps Script's UrlFetchApp (the emulator's in tests).
   * @param token a bearer token with the spreadsheets scope for the spreadsheet's owner (production: a DWD token for the
   *   configured admin, cached by the provider); asked for on every call.
   * @param spreadsheetId the backing spreadsheet, or null when none is configured yet (every call then fails with
   *   FAILED_PRECONDITION until `initialize()` creates one).
   */
  constructor(
    urlFetch: UrlFetch,
    token: () => string,
    spreadsheetId: string | null,
    opts: SheetsStoreOptions = {},
  ) {
    this.rest = new SheetsRest(urlFetch, token);
    this.id = spreadsheetId === '' ? null : spreadsheetId;
    this.migrations = opts.migrations ?? MIGRATIONS;
    this.schemaVersion = currentSchemaVersion(this.migrations);
    this.title = opts.title ?? DEFAULT_TITLE;
  }

  get spreadsheetId(): string | null {
    return this.id;
  }

  load(tables: readonly TableName[]): StoreSnapshot {
    const wanted = checkTables(tables);
    const id = this.requireId();
    const ranges = this.batchGet(id, [META_READ_RANGE, ...wanted]);
    const meta = this.parse(ranges[0]);
    checkSchema(meta.schemaVersion, this.schemaVersion);
    const snapshot: StoreSnapshot = {
      revision: meta.revision,
      schemaVersion: meta.schemaVersion,
      tables: {},
    };
    const state: LoadedState = { ...meta, positions: {} };
    wanted.forEach((table, i) => {
      const { rows, positions } = readTable(dataRows(ranges[i + 1]), meta.extents[table]);
      snapshot.tables[table] = rows;
      state.positions[table] = positions;
    });
    this.loaded.set(snapshot, state);
    return snapshot;
  }

  save(base: StoreSnapshot, changes: ChangeSet, opts: { loadedUnderLock?: boolean } = {}): number {
    checkChanges(changes);
    if (countRows(changes) === 0) return base.revision;
    const id = this.requireId();
    const known = this.loaded.get(base);
    const trusted = known !== undefined && known.revision === base.revision;
    let meta: Meta;
    if (opts.loadedUnderLock === true && trusted && known) {
      meta = known;
    } else {
      meta = this.parse(this.batchGet(id, [META_READ_RANGE])[0]);
      if (meta.revision !== base.revision) throw conflict(base.revision, meta.revision);
      checkSchema(meta.schemaVersion, this.schemaVersion);
    }
    const plan = planSave(meta.extents, trusted && known ? known.positions : {}, changes);
    const revision = base.revision + 1;
    this.batchUpdate(id, [
      metaRange({ revision, schemaVersion: meta.schemaVersion, extents: plan.extents }),
      ...rowRanges(plan.writes, (t) => plan.extents[t].width),
    ]);
    this.loaded.delete(base);
    return revision;
  }

  /**
   * Creates a new backing spreadsheet owned by the token's account: spreadsheets.create with every sheet, then ONE
   * values.batchUpdate (RAW) of the headers and the meta rows. Returns its id, which the caller keeps in the
   * configuration; this instance uses it from now on.
   */
  initialize(): string {
    const created = this.rest.post<{ spreadsheetId?: string }>(SHEETS_API, {
      properties: { title: this.title },
      sheets: [META_SHEET, ...TABLES].map((title, index) => ({ properties: { title, index } })),
    });
    if (!created.spreadsheetId) {
      throw failedPrecondition(
        'error.store.createFailed',
        'Google Sheets did not return the new spreadsheet; try again.',
      );
    }
    const extents = emptyExtents();
    this.batchUpdate(created.spreadsheetId, [
      metaRange({ revision: 0, schemaVersion: this.schemaVersion, extents }),
      ...TABLES.map(headerRange),
    ]);
    this.id = created.spreadsheetId;
    return this.id;
  }

  /**
   * Brings the spreadsheet to this code's layout version by running the pending steps in order. Costs one read when
   * the store is current; otherwise one read of the tables to rewrite, one spreadsheets.get + one batchUpdate when
   * sheets are added, and ONE values.batchUpdate for all rewritten rows, headers and meta (the revision moves on, so
   * snapshots loaded before the migration can no longer be saved). Run it under the script lock.
   */
  migrate(): MigrationReport {
    const id = this.requireId();
    const meta = this.parse(this.batchGet(id, [META_READ_RANGE])[0]);
    if (meta.schemaVersion > this.schemaVersion) checkSchema(meta.schemaVersion, this.schemaVersion);
    const steps = pendingMigrations(meta.schemaVersion, this.migrations);
    if (steps.length === 0) return { from: meta.schemaVersion, to: meta.schemaVersion, applied: [] };

    const added = addedTables(steps);
    const rewrites = composeRewrites(steps);
    const toRead = [...rewrites.keys()].filter((t) => !added.includes(t));
    const read = toRead.length > 0 ? this.batchGet(id, toRead) : [];
    const extents = copyExtents(meta.extents);
    const data: ValueRange[] = [];
    toRead.forEach((table, i) => {
      const rewrite = rewrites.get(table) ?? ((r: Row) => r);
      const { rows } = readTable(dataRows(read[i]), meta.extents[table]);
      const byKey = new Map<string, Row>();
      for (const row of rows) {
        const next = rewrite(row.slice());
        byKey.set(next[0], next);
      }
      const out = [...byKey.values()];
      checkChanges({ put: { [table]: out } });
      const old = meta.extents[table];
      const width = out.reduce((w, r) => Math.max(w, r.length), 0);
      const span = Math.max(width, old.width, 1);
      // Rows left below the compacted table, and cells right of a narrower one, are cleared in the same write.
      const values = out.map((r) => padRow(r, span));
      for (let k = out.length; k < old.rowCount; k++) values.push(padRow([], span));
      if (values.length > 0) {
        data.push({ range: rowsRange(table, 2, values.length + 1, span), majorDimension: 'ROWS', values });
      }
      extents[table] = { rowCount: out.length, width };
    });
    for (const t of added) extents[t] = { rowCount: 0, width: 0 };
    if (added.length > 0) this.addSheets(id, added);
    for (const t of TABLES) data.push(headerRange(t));
    const to = this.schemaVersion;
    data.push(metaRange({ revision: meta.revision + 1, schemaVersion: to, extents }));
    this.batchUpdate(id, data);
    return { from: meta.schemaVersion, to, applied: steps.map((s) => s.description) };
  }

  private addSheets(id: string, tables: readonly TableName[]): void {
    const existing = this.rest.get<{ sheets?: Array<{ properties?: { title?: string } }> }>(
      `${spreadsheetUrl(id)}?fields=${encodeURIComponent('sheets.properties.title')}`,
    );
    const titles = (existing.sheets ?? []).map((s) => s.properties?.title);
    const missing = tables.filter((t) => !titles.includes(t));
    if (missing.length === 0) return;
    this.rest.post(`${spreadsheetUrl(id)}:batchUpdate`, {
      requests: missing.map((title) => ({ addSheet: { properties: { title } } })),
    });
  }

  private requireId(): string {
    if (this.id === null) throw notConfigured();
    return this.id;
  }

  private parse(range: { values?: unknown[][] } | undefined): Meta {
    const meta = parseMeta(range?.values);
    if (!meta) {
      throw failedPrecondition(
        'error.store.notAStore',
        'The linked spreadsheet is not a Shared Labels store (its meta sheet is missing or damaged); an admin must create or link it again in Settings.',
        { detail: META_SHEET },
      );
    }
    return meta;
  }

  private batchGet(id: string, ranges: readonly string[]): Array<{ values?: unknown[][] }> {
    const query = ranges.map((r) => `ranges=${encodeURIComponent(r)}`).join('&');
    const res = this.rest.get<BatchGetResponse>(
      `${spreadsheetUrl(id)}/values:batchGet?${query}&majorDimension=ROWS&valueRenderOption=FORMATTED_VALUE`,
    );
    const out = res.valueRanges ?? [];
    return ranges.map((_, i) => out[i] ?? {});
  }

  private batchUpdate(id: string, data: ValueRange[]): void {
    this.rest.post(`${spreadsheetUrl(id)}/values:batchUpdate`, {
      valueInputOption: 'RAW',
      includeValuesInResponse: false,
      data,
    });
  }
}

const spreadsheetUrl = (id: string) => `${SHEETS_API}/${encodeURIComponent(id)}`;

/** A table sheet's rows below the header (the whole sheet is read, so the read never leaves the grid). */
const dataRows = (range: { values?: unknown[][] } | undefined): unknown[][] => (range?.values ?? []).slice(1);

const metaRange = (meta: Meta): ValueRange => ({
  range: metaWriteRange(),
  majorDimension: 'ROWS',
  values: metaValues(meta),
});
