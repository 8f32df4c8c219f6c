// Cells of a sheet: reading rectangles, writing with grid growth, and the per-spreadsheet cell limit.
import { badRequest } from '../core/errors';
import { isEmptyCell, renderCell, type CellValue, type RenderOption } from './cells';
import type { Cell, Sheet, Spreadsheet } from './state';

/** 10,000,000 cells per spreadsheet since 2022-03-14 [S] (google-api-facts.md C). */
export const MAX_CELLS = 10_000_000;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function totalCells(ss: Spreadsheet): number {
  return ss.sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
}

/** Throws Google's 400 if adding `delta` cells would take the workbook above the limit. */
export function assertCellBudget(ss: Spreadsheet, delta: number): void {
  if (delta > 0 && totalCells(ss) + delta > MAX_CELLS) {
    throw badRequest(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
    );
  }
}

/** Resizes a sheet's grid (dropping cells outside it), refusing a workbook above the cell limit. */
export function resizeSheet(ss: Spreadsheet, sheet: Sheet, rowCount: number, columnCount: number): void {
  if (rowCount < 1 || columnCount < 1)
    throw badRequest('Invalid grid size: a sheet needs at least one row and one column.');
  assertCellBudget(ss, rowCount * columnCount - sheet.rowCount * sheet.columnCount);
  sheet.rowCount = rowCount;
  sheet.columnCount = columnCount;
  sheet.rows.length = Math.min(sheet.rows.length, rowCount);
  for (const row of sheet.rows) if (row && row.length > columnCount) row.length = columnCount;
}

/** Grows the grid so (endRow, endCol) fits; writes beyond the grid grow it. */
export function ensureGrid(ss: Spreadsheet, sheet: Sheet, endRow: number, endCol: number): void {
  if (endRow <= sheet.rowCount && endCol <= sheet.columnCount) return;
  resizeSheet(ss, sheet, Math.max(sheet.rowCount, endRow), Math.max(sheet.columnCount, endCol));
}

export function getCell(sheet: Sheet, row: number, col: number): Cell | null {
  return sheet.rows[row]?.[col] ?? null;
}

export function setCell(sheet: Sheet, row: number, col: number, cell: Cell | null): void {
  if (!cell) {
    const r = sheet.rows[row];
    if (r && col < r.length) r[col] = null;
    return;
  }
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const r = sheet.rows[row] ?? (sheet.rows[row] = []);
  while (r.length < col) r.push(null);
  r[col] = cell;
}

/** Rows `from..` shift down by `count` (INSERT_ROWS, insertDimension). */
export function insertRows(sheet: Sheet, from: number, count: number): void {
  if (sheet.rows.length > from) sheet.rows.splice(from, 0, ...Array.from({ length: count }, () => []));
  sheet.rowCount += count;
}

export function insertColumns(sheet: Sheet, from: number, count: number): void {
  for (const row of sheet.rows)
    if (row && row.length > from) row.splice(from, 0, ...Array<null>(count).fill(null));
  sheet.columnCount += count;
}

export function deleteRows(sheet: Sheet, from: number, to: number): void {
  sheet.rows.splice(from, to - from);
  sheet.rowCount -= to - from;
}

export function deleteColumns(sheet: Sheet, from: number, to: number): void {
  for (const row of sheet.rows) if (row) row.splice(from, to - from);
  sheet.columnCount -= to - from;
}

/** A read beyond the grid: Google's message names the grid's size. */
export function checkWithinGrid(sheet: Sheet, endRow: number, endCol: number, label: string): void {
  if (endRow > sheet.rowCount || endCol > sheet.columnCount) {
    throw badRequest(
      `Range (${label}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`,
    );
  }
}

/**
 * Values of a rectangle, trimmed as Google trims them: trailing empty rows dropped, trailing empty cells of
 * each row dropped (a middle empty row stays as `[]`). COLUMNS transposes first.
 */
export function readValues(
  sheet: Sheet,
  box: { startRow: number; startCol: number; endRow: number; endCol: number },
  render: RenderOption,
  major: 'ROWS' | 'COLUMNS',
): CellValue[][] {
  const outer = major === 'ROWS' ? [box.startRow, box.endRow] : [box.startCol, box.endCol];
  const inner = major === 'ROWS' ? [box.startCol, box.endCol] : [box.startRow, box.endRow];
  const out: CellValue[][] = [];
  for (let o = outer[0]; o < outer[1]; o++) {
    const line: CellValue[] = [];
    let last = -1;
    for (let i = inner[0]; i < inner[1]; i++) {
      const cell = major === 'ROWS' ? getCell(sheet, o, i) : getCell(sheet, i, o);
      if (!isEmptyCell(cell)) last = i - inner[0];
      line.push(renderCell(cell, render));
    }
    out.push(line.slice(0, last + 1));
  }
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}
