// Sheets API v4 method handlers, keyed by discovery method id.
import type { HandlerTable } from '../core/world';
import { SPREADSHEET_HANDLERS } from './spreadsheets';
import { VALUES_HANDLERS } from './values';

export const SHEETS_HANDLERS: HandlerTable = { ...SPREADSHEET_HANDLERS, ...VALUES_HANDLERS };
