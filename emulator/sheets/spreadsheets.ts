// spreadsheets.create / get / batchUpdate (sheet-level requests): https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets
import { badRequest, GoogleApiError } from '../core/errors';
import { requiredStr } from '../core/params';
import type { ApiRequest } from '../core/types';
import type { World } from '../core/world';
import { requireScope } from '../oauth/scopes';
import { findSheetByTitle } from './a1';
import { createSpreadsheet, newSheet, newSheetId, openSpreadsheet } from './access';
import {
  assertCellBudget,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  deleteColumns,
  deleteRows,
  insertColumns,
  insertRows,
  resizeSheet,
} from './grid';
import type { Sheet, Spreadsheet } from './state';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const optNum = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : undefined;

export function sheetProperties(s: Sheet, index: number): Json {
  const grid: Json = { rowCount: s.rowCount, columnCount: s.columnCount };
  if (s.frozenRowCount) grid.frozenRowCount = s.frozenRowCount;
  if (s.frozenColumnCount) grid.frozenColumnCount = s.frozenColumnCount;
  const props: Json = { sheetId: s.sheetId, title: s.title, index, sheetType: 'GRID', gridProperties: grid };
  if (s.hidden) props.hidden = true;
  return props;
}

export function spreadsheetResource(ss: Spreadsheet): Json {
  return {
    spreadsheetId: ss.spreadsheetId,
    properties: { title: ss.title, locale: 'en_US', autoRecalc: 'ON_CHANGE', timeZone: 'Etc/GMT' },
    sheets: ss.sheets.map((s, i) => ({ properties: sheetProperties(s, i) })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.spreadsheetId}/edit`,
  };
}

const duplicateTitle = (title: string) =>
  badRequest(`A sheet with the name "${title}" already exists. Please enter another name.`);

function checkTitle(ss: Spreadsheet, title: string, except?: Sheet): void {
  if (title.trim() === '') throw badRequest('The sheet name cannot be empty.');
  const other = findSheetByTitle(ss, title);
  if (other && other !== except) throw duplicateTitle(title);
}

function sheetById(ss: Spreadsheet, id: unknown): Sheet {
  const n = optNum(id) ?? 0;
  const s = ss.sheets.find((x) => x.sheetId === n);
  if (!s) throw badRequest(`No grid with id: ${n}`);
  return s;
}

function create(world: World, req: ApiRequest): unknown {
  requireScope(req);
  const body = obj(req.body);
  const title =
    typeof obj(body.properties).title === 'string' ? String(obj(body.properties).title) : undefined;
  const ss = createSpreadsheet(world, req.caller.email, title || 'Untitled spreadsheet', []);
  const wanted = Array.isArray(body.sheets) ? body.sheets.map((s) => obj(obj(s).properties)) : [];
  if (wanted.length === 0) wanted.push({});
  try {
    for (const p of wanted) addSheetTo(world, ss, p);
  } catch (e) {
    delete world.sheets.spreadsheets[ss.spreadsheetId];
    throw e;
  }
  return spreadsheetResource(ss);
}

function get(world: World, req: ApiRequest): unknown {
  requireScope(req);
  return spreadsheetResource(openSpreadsheet(world, req.caller.email, requiredStr(req, 'spreadsheetId')));
}

function nextDefaultTitle(ss: Spreadsheet): string {
  for (let n = ss.sheets.length + 1; ; n++) if (!findSheetByTitle(ss, `Sheet${n}`)) return `Sheet${n}`;
}

function addSheetTo(world: World, ss: Spreadsheet, p: Json): Sheet {
  const title = typeof p.title === 'string' ? p.title : nextDefaultTitle(ss);
  checkTitle(ss, title);
  const grid = obj(p.gridProperties);
  const rows = optNum(grid.rowCount) ?? DEFAULT_ROWS;
  const cols = optNum(grid.columnCount) ?? DEFAULT_COLUMNS;
  assertCellBudget(ss, rows * cols);
  let id = optNum(p.sheetId);
  if (id !== undefined && ss.sheets.some((s) => s.sheetId === id)) {
    throw badRequest(`Sheet with id ${id} already exists.`);
  }
  id ??= newSheetId(world, ss);
  const sheet = newSheet(id, title, rows, cols);
  if (optNum(grid.frozenRowCount)) sheet.frozenRowCount = optNum(grid.frozenRowCount);
  if (optNum(grid.frozenColumnCount)) sheet.frozenColumnCount = optNum(grid.frozenColumnCount);
  const index = optNum(p.index);
  ss.sheets.splice(index === undefined ? ss.sheets.length : Math.min(index, ss.sheets.length), 0, sheet);
  return sheet;
}

/** The field paths an update mask names: `*`, `title`, `gridProperties`, `gridProperties.rowCount`, ... */
function masked(fields: string, path: string): boolean {
  return fields
    .split(',')
    .map((f) => f.trim())
    .some((f) => f === '*' || f === path || path.startsWith(f + '.'));
}

function updateSheetProperties(ss: Spreadsheet, r: Json): void {
  const p = obj(r.properties);
  const fields = typeof r.fields === 'string' ? r.fields : '';
  if (!fields) throw badRequest("'fields' is required but not specified.");
  const sheet = sheetById(ss, p.sheetId);
  const grid = obj(p.gridProperties);
  if (masked(fields, 'title')) {
    const title = String(p.title ?? '');
    checkTitle(ss, title, sheet);
    sheet.title = title;
  }
  if (masked(fields, 'gridProperties.rowCount') || masked(fields, 'gridProperties.columnCount')) {
    const rows = masked(fields, 'gridProperties.rowCount') ? (optNum(grid.rowCount) ?? 0) : sheet.rowCount;
    const cols = masked(fields, 'gridProperties.columnCount')
      ? (optNum(grid.columnCount) ?? 0)
      : sheet.columnCount;
    resizeSheet(ss, sheet, rows, cols);
  }
  if (masked(fields, 'gridProperties.frozenRowCount'))
    sheet.frozenRowCount = optNum(grid.frozenRowCount) ?? 0;
  if (masked(fields, 'gridProperties.frozenColumnCount'))
    sheet.frozenColumnCount = optNum(grid.frozenColumnCount) ?? 0;
  if (masked(fields, 'hidden')) sheet.hidden = p.hidden === true;
  if (masked(fields, 'index') && optNum(p.index) !== undefined) {
    ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
    ss.sheets.splice(Math.min(optNum(p.index) ?? 0, ss.sheets.length), 0, sheet);
  }
}

function dimensionOp(ss: Spreadsheet, kind: string, r: Json): void {
  const range = kind === 'appendDimension' ? r : obj(r.range);
  const sheet = sheetById(ss, range.sheetId);
  const rows = range.dimension === 'ROWS';
  if (!rows && range.dimension !== 'COLUMNS')
    throw badRequest('Invalid dimension: ' + String(range.dimension));
  const size = rows ? sheet.rowCount : sheet.columnCount;
  if (kind === 'appendDimension') {
    const length = optNum(r.length) ?? 0;
    if (length < 1) throw badRequest('length must be at least 1');
    resizeSheet(ss, sheet, sheet.rowCount + (rows ? length : 0), sheet.columnCount + (rows ? 0 : length));
    return;
  }
  const start = optNum(range.startIndex) ?? 0;
  const end = optNum(range.endIndex) ?? size;
  if (start < 0 || end <= start || (kind === 'deleteDimension' ? end > size : start > size))
    throw badRequest(`Invalid range: [${start}, ${end}) of ${size}`);
  if (kind === 'insertDimension') {
    const count = end - start;
    assertCellBudget(ss, count * (rows ? sheet.columnCount : sheet.rowCount));
    if (rows) insertRows(sheet, start, count);
    else insertColumns(sheet, start, count);
    return;
  }
  if (end - start === size) throw badRequest("You can't delete all the rows on the sheet.");
  if (rows) deleteRows(sheet, start, end);
  else deleteColumns(sheet, start, end);
}

/** One request of a batchUpdate; returns its reply (`{}` when the kind has none). */
function apply(world: World, ss: Spreadsheet, kind: string, r: Json): Json {
  switch (kind) {
    case 'addSheet':
      return { addSheet: { properties: sheetPropertiesOf(ss, addSheetTo(world, ss, obj(r.properties))) } };
    case 'deleteSheet': {
      const sheet = sheetById(ss, r.sheetId);
      if (ss.sheets.length === 1) throw badRequest("You can't remove all the visible sheets in a document.");
      ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
      return {};
    }
    case 'updateSheetProperties':
      updateSheetProperties(ss, r);
      return {};
    case 'updateSpreadsheetProperties': {
      const fields = typeof r.fields === 'string' ? r.fields : '';
      if (masked(fields, 'title')) ss.title = String(obj(r.properties).title ?? '');
      return {};
    }
    case 'appendDimension':
    case 'insertDimension':
    case 'deleteDimension':
      dimensionOp(ss, kind, r);
      return {};
    default:
      throw new GoogleApiError(501, `Request kind ${kind} is not implemented by the emulator.`);
  }
}

const sheetPropertiesOf = (ss: Spreadsheet, s: Sheet) => sheetProperties(s, ss.sheets.indexOf(s));

/** Applies every request to a copy and commits only if all succeed: a batchUpdate is atomic. */
function batchUpdate(world: World, req: ApiRequest): unknown {
  requireScope(req);
  const live = openSpreadsheet(world, req.caller.email, requiredStr(req, 'spreadsheetId'));
  const body = obj(req.body);
  const requests = Array.isArray(body.requests) ? body.requests : [];
  const ss = JSON.parse(JSON.stringify(live)) as Spreadsheet;
  const replies = requests.map((raw, i) => {
    const kinds = Object.keys(obj(raw));
    if (kinds.length !== 1) throw badRequest(`Invalid requests[${i}]: No request set.`);
    try {
      return apply(world, ss, kinds[0], obj(obj(raw)[kinds[0]]));
    } catch (e) {
      if (e instanceof GoogleApiError && e.code === 400)
        throw badRequest(`Invalid requests[${i}].${kinds[0]}: ${e.message}`);
      throw e;
    }
  });
  world.sheets.spreadsheets[ss.spreadsheetId] = ss;
  const out: Json = { spreadsheetId: ss.spreadsheetId, replies };
  if (body.includeSpreadsheetInResponse === true) out.updatedSpreadsheet = spreadsheetResource(ss);
  return out;
}

export const SPREADSHEET_HANDLERS = {
  'sheets.spreadsheets.create': create,
  'sheets.spreadsheets.get': get,
  'sheets.spreadsheets.batchUpdate': batchUpdate,
};
