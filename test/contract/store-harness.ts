// Test support: a SheetsStore on a fresh emulated Google, every call run inside an Apps Script execution as the admin.
import { createWorld } from '../../emulator';
import { installSchemaValidation } from '../../emulator/core/schema';
import type { World } from '../../emulator/core/world';
import { addUser } from '../../emulator/directory/admin';
import { mintScriptToken } from '../../emulator/oauth/tokens';
import type { AppsScriptRuntime } from '../../emulator/appsscript/runtime';
import type { ChangeSet, Store, StoreSnapshot, TableName } from '../../src/core/ports/store';
import { SheetsStore, type SheetsStoreOptions } from '../../src/adapters/sheets-store';
import { SHEETS_SCOPE } from '../../src/adapters/sheets-rest';
import type { MigrationReport } from '../../src/adapters/store-migrations';
import { harnessRuntime, inExecution } from '../support/apps-script';

export const ADMIN = 'admin@example.com';

/** The Store as the product sees it, plus the admin operations both store adapters offer. */
export interface AdminStore extends Store {
  initialize(): string;
  migrate(): MigrationReport;
}

export interface SheetsHarness {
  world: World;
  rt: AppsScriptRuntime;
  /** The adapter itself; call it only inside `run`. */
  sheets: SheetsStore;
  /** The same adapter with every call wrapped in its own execution as ADMIN. */
  store: AdminStore;
  /** The backing spreadsheet's id (after `initialize`). */
  id(): string;
  run<T>(fn: () => T): T;
}

/**
 * A fresh world with ADMIN, a token with the spreadsheets scope, and a SheetsStore (not yet initialised unless
 * `initialize` is true). Request and response bodies are checked against the Sheets discovery schemas.
 */
export function sheetsHarness(
  opts: SheetsStoreOptions & { initialize?: boolean; token?: () => string } = {},
): SheetsHarness {
  const world = createWorld({ seed: 7 });
  installSchemaValidation(world);
  addUser(world, { email: ADMIN, isAdmin: true });
  const rt = harnessRuntime(world);
  const token = opts.token ?? (() => mintScriptToken(world, ADMIN, [SHEETS_SCOPE]));
  const sheets = inExecution(rt, ADMIN, (g) => new SheetsStore(g.UrlFetchApp, token, null, opts));
  const run = <T>(fn: () => T): T => inExecution(rt, ADMIN, fn);
  const store: AdminStore = {
    load: (tables: readonly TableName[]) => run(() => sheets.load(tables)),
    save: (base: StoreSnapshot, changes: ChangeSet, o?: { loadedUnderLock?: boolean }) =>
      run(() => sheets.save(base, changes, o)),
    initialize: () => run(() => sheets.initialize()),
    migrate: () => run(() => sheets.migrate()),
  };
  if (opts.initialize !== false) store.initialize();
  return {
    world,
    rt,
    sheets,
    store,
    id: () => {
      const id = sheets.spreadsheetId;
      if (id === null) throw new Error('not initialised');
      return id;
    },
    run,
  };
}

/** Sheets API calls recorded since `since` (an index into world.calls), by method id. */
export function sheetsCalls(world: World, since: number): string[] {
  return world.calls
    .slice(since)
    .filter((c) => c.service === 'sheets')
    .map((c) => c.methodId);
}
