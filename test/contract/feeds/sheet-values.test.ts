// Runs the SheetValues contract against the in-memory fake and SheetsRestFeed over the emulated Sheets API, each read
// inside an Apps Script execution with a token minted for the user it reads as.
import { createWorld } from '../../../emulator';
import { installSchemaValidation } from '../../../emulator/core/schema';
import { addUser } from '../../../emulator/directory/admin';
import { mintScriptToken } from '../../../emulator/oauth/tokens';
import { createSpreadsheet, shareSpreadsheet } from '../../../emulator/sheets/access';
import { InMemorySheetValues } from '../../../src/adapters/in-memory-sheet-feed';
import { SheetsRestFeed } from '../../../src/adapters/sheets-rest-feed';
import { SHEETS_SCOPE } from '../../../src/adapters/sheets-rest';
import { harnessRuntime, inExecution } from '../../support/apps-script';
import { FRIEND, OWNER, sheetValuesContract, STRANGER, type SheetValuesFixture } from './sheet-values.contract';

function fake(): SheetValuesFixture {
  const values = new InMemorySheetValues();
  let n = 0;
  return {
    values,
    create(owner, tabs) {
      const id = `1fake-spreadsheet-${++n}-abcdefgh`;
      for (const [tab, rows] of Object.entries(tabs)) values.put(id, owner, rows, tab);
      return id;
    },
    share: (id, email) => values.share(id, email),
  };
}

function onEmulator(): SheetValuesFixture & { world: ReturnType<typeof createWorld> } {
  const world = createWorld({ seed: 11 });
  installSchemaValidation(world);
  for (const email of [OWNER, FRIEND, STRANGER]) addUser(world, { email });
  addUser(world, { email: 'admin@example.com', isAdmin: true });
  const rt = harnessRuntime(world);
  const tokenFor = (user: string) => mintScriptToken(world, user, [SHEETS_SCOPE]);
  return {
    world,
    values: {
      read: (user, id, range) => inExecution(rt, 'admin@example.com', (g) => new SheetsRestFeed(g.UrlFetchApp, tokenFor).read(user, id, range)),
    },
    create(owner, tabs) {
      const ss = createSpreadsheet(world, owner, 'Feed source', Object.keys(tabs));
      for (const [tab, rows] of Object.entries(tabs)) {
        if (rows.length === 0) continue;
        const r = world.call({
          service: 'sheets',
          methodId: 'sheets.spreadsheets.values.update',
          params: { spreadsheetId: ss.spreadsheetId, range: `${tab}!A1`, valueInputOption: 'RAW' },
          body: { values: rows },
          caller: { email: owner, scopes: null },
          via: 'advanced',
        });
        if (r.status !== 200) throw new Error(`seeding the sheet failed: ${JSON.stringify(r.body)}`);
      }
      return ss.spreadsheetId;
    },
    share: (id, email) => shareSpreadsheet(world, id, email),
  };
}

describe.each([
  ['InMemorySheetValues', fake],
  ['SheetsRestFeed on the emulator', onEmulator],
])('%s', (name, make) => {
  sheetValuesContract(name, make);
});

describe('SheetsRestFeed', () => {
  it('costs one values.get for a range, and a spreadsheets.get more to find the first sheet when there is none', () => {
    const f = onEmulator();
    const id = f.create(OWNER, { Sheet1: [['Name'], ['Ann']] });
    const calls = (fn: () => void) => {
      const since = f.world.calls.length;
      fn();
      return f.world.calls.slice(since).map((c) => `${c.methodId} as ${c.caller}`);
    };
    expect(calls(() => f.values.read(OWNER, id, 'Sheet1!A:A'))).toEqual([`sheets.spreadsheets.values.get as ${OWNER}`]);
    expect(calls(() => f.values.read(OWNER, id, ''))).toEqual([`sheets.spreadsheets.get as ${OWNER}`, `sheets.spreadsheets.values.get as ${OWNER}`]);
  });
});
