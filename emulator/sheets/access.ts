// Opening spreadsheets with Drive's access rule, creating them, and direct reads for tests (no API call counted).
import { forbidden, notFound } from '../core/errors';
import type { World } from '../core/world';
import { parseRange } from './a1';
import { renderCell, type CellValue } from './cells';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, getCell, readValues } from './grid';
import type { Cell, Sheet, Spreadsheet } from './state';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Spreadsheet ids are 44 URL-safe characters. */
function newSpreadsheetId(world: World): string {
  let id = '1';
  for (let i = 1; i < 44; i++) id += ID_ALPHABET[world.rng.int(ID_ALPHABET.length)];
  return id;
}

/** A sheet id for a new sheet: the first sheet is 0, later ones random positive int32s, unique in the workbook. */
export function newSheetId(world: World, ss: Spreadsheet | null): number {
  if (!ss || ss.sheets.length === 0) return 0;
  for (;;) {
    const id = 1 + world.rng.int(2 ** 31 - 2);
    if (!ss.sheets.some((s) => s.sheetId === id)) return id;
  }
}

export function newSheet(
  sheetId: number,
  title: string,
  rowCount = DEFAULT_ROWS,
  columnCount = DEFAULT_COLUMNS,
): Sheet {
  return { sheetId, title, rows: [], rowCount, columnCount };
}

/** Creates a spreadsheet owned by `owner` ("Untitled spreadsheet" with one "Sheet1" by default). */
export function createSpreadsheet(
  world: World,
  owner: string,
  title = 'Untitled spreadsheet',
  sheetTitles: string[] = ['Sheet1'],
): Spreadsheet {
  const ss: Spreadsheet = {
    spreadsheetId: newSpreadsheetId(world),
    title,
    owner: owner.toLowerCase(),
    sharedWith: [],
    sheets: [],
  };
  for (const t of sheetTitles) ss.sheets.push(newSheet(newSheetId(world, ss), t));
  world.sheets.spreadsheets[ss.spreadsheetId] = ss;
  return ss;
}

/** Shares a spreadsheet with an account (Drive sharing; the emulator has no Drive API). */
export function shareSpreadsheet(world: World, spreadsheetId: string, email: string): void {
  const ss = world.sheets.spreadsheets[spreadsheetId];
  if (!ss) throw new Error(`no spreadsheet ${spreadsheetId}`);
  const e = email.toLowerCase();
  if (!ss.sharedWith.includes(e)) ss.sharedWith.push(e);
}

/** The spreadsheet if `caller` may open it: 404 unknown id, 403 neither owner nor shared (Sheets API error texts). */
export function openSpreadsheet(world: World, caller: string, spreadsheetId: string): Spreadsheet {
  const ss = world.sheets.spreadsheets[spreadsheetId];
  if (!ss) throw notFound('Requested entity was not found.');
  const who = caller.toLowerCase();
  if (ss.owner !== who && !ss.sharedWith.includes(who))
    throw forbidden('The caller does not have permission');
  return ss;
}

/** Every sheet's displayed values by title, trimmed like a values.get of the whole sheet. */
export function snapshot(world: World, spreadsheetId: string): Record<string, CellValue[][]> {
  const ss = world.sheets.spreadsheets[spreadsheetId];
  if (!ss) throw new Error(`no spreadsheet ${spreadsheetId}`);
  const out: Record<string, CellValue[][]> = {};
  for (const s of ss.sheets) {
    out[s.title] = readValues(
      s,
      { startRow: 0, startCol: 0, endRow: s.rowCount, endCol: s.columnCount },
      'UNFORMATTED_VALUE',
      'ROWS',
    );
  }
  return out;
}

/** The stored cell at an A1 reference (e.g. `Sheet1!B2`), to check what Sheets kept: value and formula. */
export function cellAt(world: World, spreadsheetId: string, ref: string): Cell | null {
  const ss = world.sheets.spreadsheets[spreadsheetId];
  if (!ss) throw new Error(`no spreadsheet ${spreadsheetId}`);
  const r = parseRange(ss, ref);
  const cell = getCell(r.sheet, r.startRow, r.startCol);
  return cell ? { ...cell } : null;
}

/** The displayed (FORMATTED_VALUE) text at an A1 reference. */
export function displayedAt(world: World, spreadsheetId: string, ref: string): CellValue {
  return renderCell(cellAt(world, spreadsheetId, ref), 'FORMATTED_VALUE');
}
