// A1 notation (https://developers.google.com/sheets/api/guides/concepts#cell): parsing `Sheet!A1:C`, `'My Sheet'!A:A`, `Sheet`, and printing ranges back.
import { badRequest } from '../core/errors';
import type { Sheet, Spreadsheet } from './state';

/** A rectangle on one sheet; 0-based, `end*` exclusive; `null` end = open (to the grid's edge). */
export interface GridRange {
  sheet: Sheet;
  startRow: number;
  startCol: number;
  endRow: number | null;
  endCol: number | null;
  /** Named by one cell (`B2`): reads that cell, but a write may spill from it like from an open range. */
  anchor?: boolean;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface Ref {
  col?: number;
  row?: number;
}

function parseRef(s: string): Ref | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const ref: Ref = {};
  if (m[1]) ref.col = columnIndex(m[1]);
  if (m[2]) {
    const row = Number(m[2]);
    if (row < 1) return null;
    ref.row = row - 1;
  }
  return ref;
}

/** The cell part after `!`: `A1`, `A1:C3`, `A:C`, `1:3`, `A2:C`. Null if it is not A1 notation. */
function parseCells(s: string): Omit<GridRange, 'sheet'> | null {
  const parts = s.split(':');
  if (parts.length > 2) return null;
  const a = parseRef(parts[0]);
  if (!a) return null;
  if (parts.length === 1) {
    // A lone ref must name a cell (`B2`); `B` or `2` alone is not a range.
    if (a.col === undefined || a.row === undefined) return null;
    return { startRow: a.row, startCol: a.col, endRow: a.row + 1, endCol: a.col + 1, anchor: true };
  }
  const b = parseRef(parts[1]);
  if (!b) return null;
  // `1:3` has no columns, `A:C` no rows; a mixed `A1:3` or `1:C` keeps what each side names.
  if ((a.col === undefined) !== (b.col === undefined) && a.row === undefined) return null;
  const startRow = Math.min(a.row ?? 0, b.row ?? a.row ?? 0);
  const startCol = Math.min(a.col ?? 0, b.col ?? a.col ?? 0);
  const endRow = b.row === undefined ? null : Math.max(a.row ?? 0, b.row) + 1;
  const endCol = b.col === undefined ? null : Math.max(a.col ?? 0, b.col) + 1;
  return { startRow, startCol, endRow, endCol };
}

export function findSheetByTitle(ss: Spreadsheet, title: string): Sheet | undefined {
  const t = title.toLowerCase();
  return ss.sheets.find((s) => s.title.toLowerCase() === t);
}

/** Splits `'It''s'!A1` into the sheet title and the cell part; `rest` is null when there is no `!`. */
function splitSheet(range: string): { title: string | null; rest: string | null } | null {
  if (range.startsWith("'")) {
    let i = 1;
    let title = '';
    for (;;) {
      if (i >= range.length) return null;
      if (range[i] === "'") {
        if (range[i + 1] === "'") {
          title += "'";
          i += 2;
          continue;
        }
        break;
      }
      title += range[i++];
    }
    const after = range.slice(i + 1);
    if (after === '') return { title, rest: null };
    if (!after.startsWith('!')) return null;
    return { title, rest: after.slice(1) };
  }
  const bang = range.indexOf('!');
  if (bang < 0) return { title: null, rest: range };
  return { title: range.slice(0, bang), rest: range.slice(bang + 1) };
}

const unparsable = (range: string) => badRequest(`Unable to parse range: ${range}`);

/** Resolves a range string against a spreadsheet. A bare name is a sheet if one has that title, else A1 on the first sheet. */
export function parseRange(ss: Spreadsheet, range: string): GridRange {
  const trimmed = range.trim();
  const split = splitSheet(trimmed);
  if (!split) throw unparsable(range);
  let sheet: Sheet | undefined;
  let cells: string | null;
  if (split.title === null) {
    const byName = findSheetByTitle(ss, trimmed);
    if (byName) return { sheet: byName, startRow: 0, startCol: 0, endRow: null, endCol: null };
    sheet = ss.sheets[0];
    cells = split.rest;
  } else {
    sheet = findSheetByTitle(ss, split.title);
    cells = split.rest;
  }
  if (!sheet) throw unparsable(range);
  if (cells === null || cells === '') return { sheet, startRow: 0, startCol: 0, endRow: null, endCol: null };
  const parsed = parseCells(cells);
  if (!parsed) throw unparsable(range);
  return { sheet, ...parsed };
}

/** A sheet title as Google prints it in a range: quoted unless it is a plain identifier that cannot be read as a cell. */
export function quoteTitle(title: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(title) && !/^[A-Za-z]{1,3}\d+$/.test(title)) return title;
  return `'${title.replace(/'/g, "''")}'`;
}

/** Closed bounds: open ends stop at the grid's edge. */
export function closed(r: GridRange): { startRow: number; startCol: number; endRow: number; endCol: number } {
  return {
    startRow: r.startRow,
    startCol: r.startCol,
    endRow: r.endRow ?? r.sheet.rowCount,
    endCol: r.endCol ?? r.sheet.columnCount,
  };
}

export function formatRange(
  sheet: Sheet,
  startRow: number,
  startCol: number,
  endRow: number,
  endCol: number,
): string {
  const a = `${columnLetters(startCol)}${startRow + 1}`;
  const b = `${columnLetters(endCol - 1)}${endRow}`;
  return `${quoteTitle(sheet.title)}!${a === b ? a : `${a}:${b}`}`;
}

/** The range as Google echoes it: open ends closed at the grid's edge, e.g. `Sheet1` -> `Sheet1!A1:Z1000`. */
export function formatGridRange(r: GridRange): string {
  const c = closed(r);
  return formatRange(
    r.sheet,
    c.startRow,
    c.startCol,
    Math.max(c.endRow, c.startRow + 1),
    Math.max(c.endCol, c.startCol + 1),
  );
}
