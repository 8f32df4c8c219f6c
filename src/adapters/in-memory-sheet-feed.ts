// The SheetValues fake: spreadsheets as rows of text, each readable by its owner and the accounts it is shared with.
import type { SheetValues } from '../core/feed/feed-port';
import { invalidArgument, notFound, permissionDenied, unavailable } from '../core/errors';
import { normalizeEmail } from '../core/email';

interface FakeSheet {
  owner: string;
  sharedWith: string[];
  /** Sheet title → rows. */
  tabs: Map<string, string[][]>;
}

const A1 = /^(?:'?([^'!]+)'?!)?([A-Z]{1,3})?\d*(?::([A-Z]{1,3})?\d*)?$/;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export class InMemorySheetValues implements SheetValues {
  private readonly sheets = new Map<string, FakeSheet>();
  /** Reads made, for tests of the import's cost. */
  reads = 0;
  /** The next read fails as Google would when busy. */
  failNext = false;

  put(spreadsheetId: string, owner: string, rows: string[][], tab = 'Sheet1'): void {
    const s = this.sheets.get(spreadsheetId) ?? { owner: normalizeEmail(owner), sharedWith: [], tabs: new Map() };
    s.tabs.set(tab, rows.map((r) => r.slice()));
    this.sheets.set(spreadsheetId, s);
  }

  share(spreadsheetId: string, email: string): void {
    this.sheets.get(spreadsheetId)?.sharedWith.push(normalizeEmail(email));
  }

  read(user: string, spreadsheetId: string, range: string): string[][] {
    this.reads++;
    if (this.failNext) {
      this.failNext = false;
      throw unavailable('error.feed.sheetBusy', 'Google Sheets did not answer ({detail}); the next sync tries again.', { detail: 'HTTP 503' });
    }
    const s = this.sheets.get(spreadsheetId);
    if (!s) throw notFound('error.feed.sheetNotFound', 'The Google Sheet {id} was not found; check its address in the feed settings.', { id: spreadsheetId });
    const who = normalizeEmail(user);
    if (s.owner !== who && !s.sharedWith.includes(who)) {
      throw permissionDenied('error.feed.sheetDenied', '{user} may not open the Google Sheet {id}; share it with them (view access is enough).', { user: who, id: spreadsheetId });
    }
    // '' is the whole first sheet; a bare title is that whole sheet; else A1 with columns (rows are not bounded here).
    const whole = [...s.tabs.keys()].find((t) => t.toLowerCase() === range.trim().toLowerCase());
    const m = whole !== undefined || range.trim() === '' ? null : A1.exec(range.trim());
    const tab = whole ?? (m?.[1] ? [...s.tabs.keys()].find((t) => t.toLowerCase() === m[1].toLowerCase()) : [...s.tabs.keys()][0]);
    if ((m === null && whole === undefined && range.trim() !== '') || tab === undefined) {
      throw invalidArgument('error.feed.sheetRange', 'Google Sheets refused the range "{range}" of {id}: {detail}', { range, id: spreadsheetId, detail: `Unable to parse range: ${range}` });
    }
    const from = m?.[2] ? column(m[2]) : 0;
    const to = m?.[3] ? column(m[3]) + 1 : m?.[2] ? from + 1 : Infinity;
    // Trailing empty cells and rows are dropped as Sheets drops them.
    const rows = (s.tabs.get(tab) ?? []).map((r) => {
      const out = r.slice(from, to);
      while (out.length && out[out.length - 1] === '') out.pop();
      return out;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return rows;
  }
}
