// What only the Sheets store must prove: its cost in API calls, that Sheets never evaluates a stored string (with a
// negative control that shows the check can fail), where rows land in the spreadsheet, and how Google's errors read.
import { cellAt, createSpreadsheet, snapshot } from '../../emulator/sheets/access';
import { mintScriptToken } from '../../emulator/oauth/tokens';
import { TABLES, type Row } from '../../src/core/ports/store';
import { SheetsStore } from '../../src/adapters/sheets-store';
import { SHEETS_API, SHEETS_SCOPE } from '../../src/adapters/sheets-rest';
import { TABLE_HEADERS } from '../../src/adapters/sheets-layout';
import { currentSchemaVersion, MIGRATIONS, type Migration } from '../../src/adapters/store-migrations';
import { ADMIN, sheetsCalls, sheetsHarness, type SheetsHarness } from './store-harness';
import { thrown } from '../support/errors';

const FORMULAS = ['=HYPERLINK("http://x","y")', '+1+2', '-A1', '@SUM(A1)', '=1+2'];


/** Calls made by `fn`, by Sheets method id (without the `sheets.spreadsheets.` prefix). */
function callsOf(h: SheetsHarness, fn: () => void): string[] {
  const since = h.world.calls.length;
  fn();
  return sheetsCalls(h.world, since).map((m) => m.replace('sheets.spreadsheets.', ''));
}

function otherStore(
  h: SheetsHarness,
  id: string | null,
  token: () => string,
  migrations?: readonly Migration[],
) {
  const urlFetch = h.rt.context.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
  return new SheetsStore(urlFetch, token, id, { migrations });
}

const adminToken = (h: SheetsHarness) => () => mintScriptToken(h.world, ADMIN, [SHEETS_SCOPE]);

describe('SheetsStore cost in Sheets API calls', () => {
  it('loads any number of tables in ONE values.batchGet', () => {
    const h = sheetsHarness();
    expect(callsOf(h, () => h.store.load(TABLES))).toEqual(['values.batchGet']);
    expect(callsOf(h, () => h.store.load(['labels']))).toEqual(['values.batchGet']);
  });

  it('saves in ONE values.batchUpdate under the lock, plus one read of the revision otherwise', () => {
    const h = sheetsHarness();
    const a = h.store.load(TABLES);
    expect(
      callsOf(h, () => h.store.save(a, { put: { labels: [['l', 'x']] } }, { loadedUnderLock: true })),
    ).toEqual(['values.batchUpdate']);
    const b = h.store.load(TABLES);
    expect(callsOf(h, () => h.store.save(b, { put: { labels: [['l', 'y']] } }))).toEqual([
      'values.batchGet',
      'values.batchUpdate',
    ]);
  });

  it('writes hundreds of rows across tables, new and replaced, in the same one call', () => {
    const h = sheetsHarness();
    const rows = (p: string, n: number): Row[] =>
      Array.from({ length: n }, (_, i) => [`${p}${i}`, `v${i}`, 'x'.repeat(50)]);
    h.store.save(h.store.load([]), { put: { contacts: rows('c', 300) } });
    const base = h.store.load(['contacts']);
    const calls = callsOf(h, () =>
      h.store.save(
        base,
        {
          put: {
            contacts: [...rows('c', 300).filter((_, i) => i % 3 === 0), ...rows('n', 200)],
            audit: rows('a', 250),
          },
        },
        { loadedUnderLock: true },
      ),
    );
    expect(calls).toEqual(['values.batchUpdate']);
    const snap = h.store.load(['contacts', 'audit']);
    expect(snap.tables.contacts).toHaveLength(500);
    expect(snap.tables.audit).toHaveLength(250);
  });

  it('makes no call for a refused row, and only the revision read for a conflict', () => {
    const h = sheetsHarness();
    const base = h.store.load(['labels']);
    expect(
      callsOf(h, () => thrown(() => h.store.save(base, { put: { labels: [['l', 'z'.repeat(50001)]] } }))),
    ).toEqual([]);
    h.store.save(h.store.load([]), { put: { labels: [['l', 'x']] } });
    expect(callsOf(h, () => thrown(() => h.store.save(base, { put: { labels: [['l', 'y']] } })))).toEqual([
      'values.batchGet',
    ]);
  });

  it('creates the spreadsheet with spreadsheets.create and one values.batchUpdate; migrate on a current store reads once', () => {
    const h = sheetsHarness({ initialize: false });
    expect(callsOf(h, () => h.store.initialize())).toEqual(['create', 'values.batchUpdate']);
    expect(callsOf(h, () => h.store.migrate())).toEqual(['values.batchGet']);
  });
});

describe('SheetsStore never lets Sheets evaluate a string', () => {
  it('stores strings that look like formulas as text: they come back verbatim and no cell holds a formula', () => {
    const h = sheetsHarness();
    h.store.save(h.store.load([]), { put: { contacts: [['c1', ...FORMULAS]], labels: [FORMULAS.slice(1)] } });
    const snap = h.store.load(['contacts', 'labels']);
    expect(snap.tables.contacts).toEqual([['c1', ...FORMULAS]]);
    expect(snap.tables.labels).toEqual([FORMULAS.slice(1)]);
    expect(cellAt(h.world, h.id(), 'contacts!B2')).toEqual({ value: FORMULAS[0] });
    const ss = h.world.sheets.spreadsheets[h.id()];
    const formulas = ss.sheets.flatMap((s) =>
      s.rows.flatMap((r) => (r ?? []).filter((c) => c?.formula !== undefined)),
    );
    expect(formulas).toEqual([]);
  });

  it('negative control: the same strings written USER_ENTERED through the raw API do become formulas', () => {
    const h = sheetsHarness();
    h.store.save(h.store.load([]), { put: { contacts: [['c1', ...FORMULAS]] } });
    const token = mintScriptToken(h.world, ADMIN, [SHEETS_SCOPE]);
    h.run(() => {
      const urlFetch = h.rt.context.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
      urlFetch.fetch(`${SHEETS_API}/${h.id()}/values:batchUpdate`, {
        method: 'post',
        contentType: 'application/json',
        headers: { Authorization: `Bearer ${token}` },
        payload: JSON.stringify({
          valueInputOption: 'USER_ENTERED',
          data: [{ range: 'contacts!B2:F2', values: [FORMULAS] }],
        }),
      });
    });
    for (const [i, text] of FORMULAS.entries()) {
      const cell = cellAt(h.world, h.id(), `contacts!${String.fromCharCode(66 + i)}2`);
      expect(cell?.formula).toBeDefined();
      expect(cell?.value).not.toBe(text);
    }
    expect(h.store.load(['contacts']).tables.contacts).not.toEqual([['c1', ...FORMULAS]]);
  });
});

describe('SheetsStore layout', () => {
  it('creates a meta sheet and one sheet per table, each with its header, at revision 0', () => {
    const h = sheetsHarness();
    const sheets = snapshot(h.world, h.id());
    expect(Object.keys(sheets)).toEqual(['meta', ...TABLES]);
    for (const t of TABLES) expect(sheets[t]).toEqual([TABLE_HEADERS[t]]);
    expect(sheets.meta.slice(0, 5)).toEqual([
      ['key', 'value'],
      ['revision', '0'],
      ['schemaVersion', String(currentSchemaVersion(MIGRATIONS))],
      ['rows:labels', '0'],
      ['width:labels', '0'],
    ]);
  });

  it('keeps a replaced row in its sheet row, appends below the last row, and records rows and width in meta', () => {
    const h = sheetsHarness();
    h.store.save(h.store.load([]), {
      put: {
        labels: [
          ['a', '1', 'x'],
          ['b', '2'],
        ],
      },
    });
    h.store.save(h.store.load(['labels']), {
      put: {
        labels: [
          ['c', '3'],
          ['a', 'one'],
        ],
      },
    });
    expect(snapshot(h.world, h.id()).labels).toEqual([
      TABLE_HEADERS.labels,
      ['a', 'one'],
      ['b', '2'],
      ['c', '3'],
    ]);
    const meta = Object.fromEntries(snapshot(h.world, h.id()).meta);
    expect(meta).toMatchObject({
      revision: '2',
      'rows:labels': '3',
      'width:labels': '3',
      'rows:grants': '0',
    });
  });

  it('grows the grid for rows wider than 26 columns and longer than 1,000 rows', () => {
    const h = sheetsHarness();
    const wide = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const many: Row[] = Array.from({ length: 1200 }, (_, i) => [`h${i}`, 'x']);
    h.store.save(h.store.load([]), { put: { contacts: [wide], history: many } });
    const snap = h.store.load(['contacts', 'history']);
    expect(snap.tables.contacts).toEqual([wide]);
    expect(snap.tables.history).toHaveLength(1200);
  });

  it('adds the sheets of new tables when a migration introduces them (layout 2: the feed sheets)', () => {
    // A store made by a build that knew only layout 1: it has no feed sheets yet.
    const h = sheetsHarness({ migrations: [] });
    h.store.save(h.store.load([]), { put: { labels: [['l', 'L']] } });
    const ss = h.world.sheets.spreadsheets[h.id()];
    ss.sheets = ss.sheets.filter((s) => s.title !== 'feeds' && s.title !== 'feedChunks');
    const newer = otherStore(h, h.id(), adminToken(h), MIGRATIONS);
    expect(thrown(() => h.run(() => newer.load(['labels']))).key).toBe('error.store.schemaOld');
    const since = h.world.calls.length;
    expect(h.run(() => newer.migrate())).toEqual({ from: 1, to: 2, applied: [MIGRATIONS[0].description] });
    expect(sheetsCalls(h.world, since)).toEqual([
      'sheets.spreadsheets.values.batchGet',
      'sheets.spreadsheets.get',
      'sheets.spreadsheets.batchUpdate',
      'sheets.spreadsheets.values.batchUpdate',
    ]);
    expect(snapshot(h.world, h.id()).feeds).toEqual([TABLE_HEADERS.feeds]);
    expect(snapshot(h.world, h.id()).feedChunks).toEqual([TABLE_HEADERS.feedChunks]);
    const snap = h.run(() => newer.load(['feeds', 'feedChunks', 'labels']));
    expect(snap.tables).toEqual({ feeds: [], feedChunks: [], labels: [['l', 'L']] });
  });
});

describe('SheetsStore errors', () => {
  it('an unknown spreadsheet id is FAILED_PRECONDITION: an admin must create or link it', () => {
    const h = sheetsHarness();
    const e = thrown(() => h.run(() => otherStore(h, 'no-such-id', adminToken(h)).load(['labels'])));
    expect(e.code).toBe('FAILED_PRECONDITION');
    expect(e.message).toBe(
      'The backing spreadsheet was not found; an admin must create or link it in Settings.',
    );
  });

  it('a spreadsheet the admin may not open is PERMISSION_DENIED', () => {
    const h = sheetsHarness();
    const theirs = createSpreadsheet(h.world, 'someone@example.com', 'Theirs', ['meta']);
    const e = thrown(() => h.run(() => otherStore(h, theirs.spreadsheetId, adminToken(h)).load(['labels'])));
    expect(e.code).toBe('PERMISSION_DENIED');
  });

  it('a token without the spreadsheets scope is PERMISSION_DENIED', () => {
    const h = sheetsHarness();
    const token = () => mintScriptToken(h.world, ADMIN, ['https://www.googleapis.com/auth/contacts']);
    expect(thrown(() => h.run(() => otherStore(h, h.id(), token).load(['labels']))).code).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('an expired token is FAILED_PRECONDITION asking the admin to check the key', () => {
    const h = sheetsHarness();
    const stale = mintScriptToken(h.world, ADMIN, [SHEETS_SCOPE]);
    h.world.clock.advance(2 * 3600 * 1000);
    const e = thrown(() => h.run(() => otherStore(h, h.id(), () => stale).load(['labels'])));
    expect(e.code).toBe('FAILED_PRECONDITION');
    expect(e.key).toBe('error.store.unauthenticated');
  });

  it('a spreadsheet that is not a store (no meta sheet) is FAILED_PRECONDITION', () => {
    const h = sheetsHarness();
    const plain = createSpreadsheet(h.world, ADMIN, 'Plain', ['Sheet1', ...TABLES]);
    const e = thrown(() => h.run(() => otherStore(h, plain.spreadsheetId, adminToken(h)).load(['labels'])));
    expect(e.code).toBe('FAILED_PRECONDITION');
    expect(e.key).toBe('error.store.notAStore');
  });

  it.each([
    ['429', { error429: 1 }],
    ['500', { error500: 1 }],
    ['503', { error503: 1 }],
  ])('HTTP %s is UNAVAILABLE and writes nothing', (_status, fault) => {
    const h = sheetsHarness();
    h.store.save(h.store.load([]), { put: { labels: [['a', '1']] } });
    const base = h.store.load(['labels']);
    const before = snapshot(h.world, h.id());
    h.world.setFaults({ sheets: fault });
    expect(thrown(() => h.store.load(['labels'])).code).toBe('UNAVAILABLE');
    expect(thrown(() => h.store.save(base, { put: { labels: [['a', '2']] } })).code).toBe('UNAVAILABLE');
    const e = thrown(() => h.store.save(base, { put: { labels: [['a', '2']] } }, { loadedUnderLock: true }));
    expect(e.code).toBe('UNAVAILABLE');
    expect(e.message).toMatch(/try again in a moment/);
    h.world.setFaults({});
    expect(snapshot(h.world, h.id())).toEqual(before);
  });

  it('refuses a cell Sheets would refuse before sending anything', () => {
    const h = sheetsHarness();
    const e = thrown(() => h.store.save(h.store.load([]), { put: { comments: [['k', 'é'.repeat(50001)]] } }));
    expect(e.code).toBe('INVALID_ARGUMENT');
    expect(snapshot(h.world, h.id()).comments).toEqual([TABLE_HEADERS.comments]);
  });
});
