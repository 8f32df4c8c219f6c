// spreadsheets.values.*: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values
import { badRequest } from '../core/errors';
import { requiredStr, str } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { requireScope } from '../oauth/scopes';
import { closed, columnLetters, formatGridRange, formatRange, parseRange, type GridRange } from './a1';
import { openSpreadsheet } from './access';
import { inputCell, isEmptyCell, type InputOption, type RenderOption } from './cells';
import {
  assertCellBudget,
  checkWithinGrid,
  ensureGrid,
  getCell,
  insertRows,
  readValues,
  setCell,
} from './grid';
import type { Cell, Spreadsheet } from './state';

type Json = Record<string, unknown>;
type Major = 'ROWS' | 'COLUMNS';

const obj = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};

function enumOf<T extends string>(v: unknown, allowed: readonly T[], def: T, name: string): T {
  if (v === undefined || v === null || v === '') return def;
  const s = String(v);
  if (!(allowed as readonly string[]).includes(s))
    throw badRequest(`Invalid value at '${name}' (TYPE_ENUM), "${s}"`);
  return s as T;
}

const renderOf = (v: unknown, name = 'value_render_option') =>
  enumOf<RenderOption>(v, ['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'], 'FORMATTED_VALUE', name);

function majorOf(v: unknown): Major {
  const m = enumOf(v, ['DIMENSION_UNSPECIFIED', 'ROWS', 'COLUMNS'] as const, 'ROWS', 'major_dimension');
  return m === 'COLUMNS' ? 'COLUMNS' : 'ROWS';
}

/** valueInputOption is required on every write ([C] ValueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED "must not be used"). */
function inputOf(v: unknown): InputOption {
  if (v === undefined || v === null || v === '' || v === 'INPUT_VALUE_OPTION_UNSPECIFIED') {
    throw badRequest("'valueInputOption' is required but not specified");
  }
  return enumOf<InputOption>(v, ['RAW', 'USER_ENTERED'], 'RAW', 'value_input_option');
}

/** Repeated `ranges`: REST gives strings (one or many), advanced services an array. Not comma-split: titles may hold commas. */
function rangesParam(req: ApiRequest): string[] {
  const v = req.params.ranges;
  if (v === undefined || v === null || v === '') return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function readRange(ss: Spreadsheet, range: string, render: RenderOption, major: Major): Json {
  const r = parseRange(ss, range);
  const box = closed(r);
  if (r.endRow !== null || r.endCol !== null) checkWithinGrid(r.sheet, box.endRow, box.endCol, range);
  const values = readValues(r.sheet, box, render, major);
  const out: Json = { range: formatGridRange(r), majorDimension: major };
  if (values.length) out.values = values;
  return out;
}

interface PreparedWrite {
  apply(): Json;
}

/** Parses and checks one write (nothing changes yet), so batches commit all or nothing. */
function prepareWrite(
  world: World,
  ss: Spreadsheet,
  r: GridRange,
  body: Json,
  option: InputOption,
  where: string,
): { rows: number; cols: number; prepared: PreparedWrite } {
  const raw = body.values === undefined ? [] : body.values;
  if (!Array.isArray(raw) || raw.some((row) => !Array.isArray(row)))
    throw badRequest(`Invalid ${where}values: must be a list of lists`);
  let grid = raw as unknown[][];
  if (majorOf(body.majorDimension) === 'COLUMNS') {
    const h = Math.max(0, ...grid.map((c) => c.length));
    grid = Array.from({ length: h }, (_, i) => grid.map((c) => c[i] ?? null));
  }
  const rows = grid.length;
  const cols = Math.max(0, ...grid.map((row) => row.length));
  const label = formatGridRange(r);
  const bounded = !r.anchor;
  if (bounded && r.endRow !== null && r.startRow + rows > r.endRow) {
    throw badRequest(
      `Requested writing within range [${label}], but tried writing to row [${r.startRow + rows}]`,
    );
  }
  if (bounded && r.endCol !== null && r.startCol + cols > r.endCol) {
    throw badRequest(
      `Requested writing within range [${label}], but tried writing to column [${columnLetters(r.startCol + cols - 1)}]`,
    );
  }
  const cells: Array<Array<Cell | null | undefined>> = grid.map((row, i) =>
    row.map((v, j) => inputCell(v, option, world.config, `${where ? where : ''}[${i}][${j}]`)),
  );
  const growRows =
    Math.max(0, r.startRow + rows - r.sheet.rowCount) * Math.max(r.sheet.columnCount, r.startCol + cols);
  const growCols = Math.max(0, r.startCol + cols - r.sheet.columnCount) * r.sheet.rowCount;
  assertCellBudget(ss, growRows + growCols);
  const prepared = {
    apply(): Json {
      const out: Json = { spreadsheetId: ss.spreadsheetId };
      if (rows === 0 || cols === 0) {
        out.updatedRange = formatRange(r.sheet, r.startRow, r.startCol, r.startRow + 1, r.startCol + 1);
        return out;
      }
      ensureGrid(ss, r.sheet, r.startRow + rows, r.startCol + cols);
      const touchedRows = new Set<number>();
      const touchedCols = new Set<number>();
      let count = 0;
      cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (cell === undefined) return;
          setCell(r.sheet, r.startRow + i, r.startCol + j, cell);
          touchedRows.add(i);
          touchedCols.add(j);
          count++;
        }),
      );
      out.updatedRange = formatRange(r.sheet, r.startRow, r.startCol, r.startRow + rows, r.startCol + cols);
      if (count)
        Object.assign(out, {
          updatedRows: touchedRows.size,
          updatedColumns: touchedCols.size,
          updatedCells: count,
        });
      return out;
    },
  };
  return { rows, cols, prepared };
}

function withValues(ss: Spreadsheet, res: Json, include: unknown, render: unknown): Json {
  if (include === true || include === 'true') {
    res.updatedData = readRange(
      ss,
      String(res.updatedRange),
      renderOf(render, 'response_value_render_option'),
      'ROWS',
    );
  }
  return res;
}

function checkBodyRange(ss: Spreadsheet, urlRange: GridRange, body: Json): void {
  if (typeof body.range !== 'string' || body.range === '') return;
  const b = parseRange(ss, body.range);
  if (formatGridRange(b) !== formatGridRange(urlRange)) {
    throw badRequest(
      `Requested range [${formatGridRange(urlRange)}] does not match the ValueRange range [${formatGridRange(b)}].`,
    );
  }
}

function open(world: World, req: ApiRequest): Spreadsheet {
  requireScope(req);
  return openSpreadsheet(world, req.caller.email, requiredStr(req, 'spreadsheetId'));
}

function get(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  return readRange(
    ss,
    requiredStr(req, 'range'),
    renderOf(str(req, 'valueRenderOption')),
    majorOf(str(req, 'majorDimension')),
  );
}

function batchGet(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  const render = renderOf(str(req, 'valueRenderOption'));
  const major = majorOf(str(req, 'majorDimension'));
  const valueRanges = rangesParam(req).map((range) => readRange(ss, range, render, major));
  return valueRanges.length
    ? { spreadsheetId: ss.spreadsheetId, valueRanges }
    : { spreadsheetId: ss.spreadsheetId };
}

function update(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  const option = inputOf(str(req, 'valueInputOption'));
  const body = obj(req.body);
  const r = parseRange(ss, requiredStr(req, 'range'));
  checkBodyRange(ss, r, body);
  const res = prepareWrite(world, ss, r, body, option, '').prepared.apply();
  return withValues(ss, res, req.params.includeValuesInResponse, str(req, 'responseValueRenderOption'));
}

function batchUpdate(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  const body = obj(req.body);
  const option = inputOf(body.valueInputOption);
  const data = Array.isArray(body.data) ? body.data.map(obj) : [];
  const prepared = data.map((d, i) => {
    if (typeof d.range !== 'string') throw badRequest(`Invalid data[${i}]: range is required`);
    return prepareWrite(world, ss, parseRange(ss, d.range), d, option, `data[${i}].`).prepared;
  });
  const responses = prepared.map((p) =>
    withValues(ss, p.apply(), body.includeValuesInResponse, body.responseValueRenderOption),
  );
  const sum = (k: string) =>
    responses.reduce((n, r) => n + (typeof r[k] === 'number' ? (r[k] as number) : 0), 0);
  const out: Json = { spreadsheetId: ss.spreadsheetId };
  if (responses.length) {
    const sheets = new Set(
      responses.filter((r) => r.updatedCells).map((r) => String(r.updatedRange).split('!')[0]),
    );
    Object.assign(out, {
      totalUpdatedRows: sum('updatedRows'),
      totalUpdatedColumns: sum('updatedColumns'),
      totalUpdatedCells: sum('updatedCells'),
      totalUpdatedSheets: sheets.size,
      responses,
    });
  }
  return out;
}

/**
 * The "table" append looks for: the first run of non-empty rows at or below the range's top, within its columns
 * (https://developers.google.com/sheets/api/guides/values#append_values). Null when the range is empty.
 */
function findTable(
  r: GridRange,
): { startRow: number; endRow: number; startCol: number; endCol: number } | null {
  const box = closed(r);
  const lastRow = Math.min(box.endRow, r.sheet.rows.length);
  const filled = (row: number) => {
    const cols: number[] = [];
    for (let c = box.startCol; c < box.endCol; c++) if (!isEmptyCell(getCell(r.sheet, row, c))) cols.push(c);
    return cols;
  };
  let start = box.startRow;
  while (start < lastRow && filled(start).length === 0) start++;
  if (start >= lastRow) return null;
  let end = start;
  let minCol = Infinity;
  let maxCol = -1;
  for (let cols = filled(end); end < lastRow && cols.length; cols = filled(++end)) {
    minCol = Math.min(minCol, cols[0]);
    maxCol = Math.max(maxCol, cols[cols.length - 1]);
  }
  return { startRow: start, endRow: end, startCol: minCol, endCol: maxCol + 1 };
}

function append(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  const option = inputOf(str(req, 'valueInputOption'));
  const insert = enumOf(
    str(req, 'insertDataOption'),
    ['OVERWRITE', 'INSERT_ROWS'] as const,
    'OVERWRITE',
    'insert_data_option',
  );
  const body = obj(req.body);
  const r = parseRange(ss, requiredStr(req, 'range'));
  checkBodyRange(ss, r, body);
  // A one-cell range (`A1`) is where the search starts, not its bounds: the table may extend right and down from it.
  const table = findTable(r.anchor ? { ...r, endRow: null, endCol: null } : r);
  const target: GridRange = {
    sheet: r.sheet,
    startRow: table ? table.endRow : r.startRow,
    startCol: table ? table.startCol : r.startCol,
    endRow: null,
    endCol: null,
  };
  const { rows, prepared } = prepareWrite(world, ss, target, body, option, '');
  if (insert === 'INSERT_ROWS' && rows > 0) {
    assertCellBudget(ss, rows * r.sheet.columnCount);
    insertRows(r.sheet, target.startRow, rows);
  }
  const updates = withValues(
    ss,
    prepared.apply(),
    req.params.includeValuesInResponse,
    str(req, 'responseValueRenderOption'),
  );
  const out: Json = { spreadsheetId: ss.spreadsheetId };
  if (table)
    out.tableRange = formatRange(r.sheet, table.startRow, table.startCol, table.endRow, table.endCol);
  out.updates = updates;
  return out;
}

function clearRange(ss: Spreadsheet, range: string): string {
  const r = parseRange(ss, range);
  const box = closed(r);
  if (r.endRow !== null || r.endCol !== null) checkWithinGrid(r.sheet, box.endRow, box.endCol, range);
  for (let row = box.startRow; row < Math.min(box.endRow, r.sheet.rows.length); row++) {
    for (let c = box.startCol; c < box.endCol; c++) setCell(r.sheet, row, c, null);
  }
  return formatGridRange(r);
}

function clear(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  return { spreadsheetId: ss.spreadsheetId, clearedRange: clearRange(ss, requiredStr(req, 'range')) };
}

function batchClear(world: World, req: ApiRequest): unknown {
  const ss = open(world, req);
  const ranges = obj(req.body).ranges;
  const list = Array.isArray(ranges) ? ranges.map(String) : [];
  // Parse every range first so a bad one clears nothing.
  for (const range of list) parseRange(ss, range);
  const clearedRanges = list.map((range) => clearRange(ss, range));
  return clearedRanges.length
    ? { spreadsheetId: ss.spreadsheetId, clearedRanges }
    : { spreadsheetId: ss.spreadsheetId };
}

export const VALUES_HANDLERS = {
  'sheets.spreadsheets.values.get': get,
  'sheets.spreadsheets.values.batchGet': batchGet,
  'sheets.spreadsheets.values.update': update,
  'sheets.spreadsheets.values.batchUpdate': batchUpdate,
  'sheets.spreadsheets.values.append': append,
  'sheets.spreadsheets.values.clear': clear,
  'sheets.spreadsheets.values.batchClear': batchClear,
};
