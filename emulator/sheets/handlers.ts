// Sheets API v4 method handlers, keyed by discovery method id. (Filled by the Sheets emulator work.)
import type { HandlerTable } from '../core/world';

export const SHEETS_HANDLERS: HandlerTable = {};
