// Runs the Store contract against the in-memory fake and the Sheets store on the emulated Sheets API.
import { InMemoryStore } from '../../src/adapters/in-memory-store';
import { SheetsStore } from '../../src/adapters/sheets-store';
import { SHEETS_SCOPE } from '../../src/adapters/sheets-rest';
import { mintScriptToken } from '../../emulator/oauth/tokens';
import { storeContract, type MakeStore } from './store.contract';
import { ADMIN, sheetsHarness, type AdminStore } from './store-harness';

const inMemory: MakeStore = (opts = {}) => {
  const store = new InMemoryStore({ configured: opts.configured ?? true });
  return { store, reopen: (migrations) => store.reopen({ migrations }) };
};

const sheets: MakeStore = (opts = {}) => {
  const h = sheetsHarness({ initialize: opts.configured ?? true });
  return {
    store: h.store,
    reopen: (migrations): AdminStore => {
      const token = () => mintScriptToken(h.world, ADMIN, [SHEETS_SCOPE]);
      const other = h.run(
        () =>
          new SheetsStore(h.rt.context.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp, token, h.id(), {
            migrations,
          }),
      );
      return {
        load: (t) => h.run(() => other.load(t)),
        save: (b, c, o) => h.run(() => other.save(b, c, o)),
        initialize: () => h.run(() => other.initialize()),
        migrate: () => h.run(() => other.migrate()),
      };
    },
  };
};

describe.each([
  ['InMemoryStore', inMemory],
  ['SheetsStore on the emulator', sheets],
])('%s', (name, make) => {
  storeContract(name, make);
});
