// How Sheets turns an input value into a cell (valueInputOption) and a cell back into a value (valueRenderOption).
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption , .../ValueRenderOption
import { badRequest } from '../core/errors';
import type { EmulatorConfig } from '../core/config';
import { evaluateFormula } from './formula';
import type { Cell } from './state';

export type InputOption = 'RAW' | 'USER_ENTERED';
export type RenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type CellValue = string | number | boolean;

/** "Your input contains more than the maximum of 50000 characters in a single cell." [S] (google-api-facts.md C). */
export const MAX_CELL_CHARS = 50000;

// Plain decimal numbers only: Sheets also reads dates, currency, percentages and grouping commas, which the emulator leaves as text.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function formulaCell(formula: string): Cell {
  return { formula, value: evaluateFormula(formula) };
}

/** Parses a string as Sheets does when a user types it (USER_ENTERED). */
function userEntered(s: string, config: EmulatorConfig): Cell | null {
  if (s === '') return null;
  // [?] A leading apostrophe forces text and is not part of the value (`sheetsApostropheForcesText`).
  if (s.startsWith("'") && config.sheetsApostropheForcesText) return { value: s.slice(1) };
  if (s.startsWith('=')) return formulaCell(s);
  const t = s.trim();
  if (NUMBER.test(t)) return { value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  // [?] `+x`/`-x` (x not a number) and `@x` are read as formulas (`sheetsSignPrefixIsFormula`, `sheetsAtPrefixIsFormula`).
  if (s.length > 1 && (s[0] === '+' || s[0] === '-') && config.sheetsSignPrefixIsFormula)
    return formulaCell('=' + s);
  if (s.length > 1 && s[0] === '@' && config.sheetsAtPrefixIsFormula) return formulaCell('=' + s);
  return { value: s };
}

/**
 * The cell an input value becomes; `undefined` means "leave the cell as it is" (a JSON null: "Null values will be
 * skipped", ValueRange doc) and `null` an empty cell (the empty string).
 */
export function inputCell(
  raw: unknown,
  option: InputOption,
  config: EmulatorConfig,
  where: string,
): Cell | null | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') {
    if (raw.length > MAX_CELL_CHARS) {
      throw badRequest(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
    if (option === 'RAW') return raw === '' ? null : { value: raw };
    return userEntered(raw, config);
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw badRequest(`Invalid values${where}: number_value: ${raw}`);
    return { value: raw };
  }
  if (typeof raw === 'boolean') return { value: raw };
  throw badRequest(`Invalid values${where}: ${Array.isArray(raw) ? 'list_value' : 'struct_value'}`);
}

/** Sheets' automatic number format, approximately: integers as they are, others to 10 significant digits. */
function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15) return n.toExponential(5).toUpperCase().replace(/E\+?/, 'E+').replace('E+-', 'E-');
  return String(Number(n.toPrecision(10)));
}

/** The value a read returns for a cell; `''` for an empty one. */
export function renderCell(cell: Cell | null | undefined, option: RenderOption): CellValue {
  if (!cell) return '';
  if (option === 'FORMULA' && cell.formula !== undefined) return cell.formula;
  if (option === 'FORMATTED_VALUE') {
    if (typeof cell.value === 'number') return formatNumber(cell.value);
    if (typeof cell.value === 'boolean') return cell.value ? 'TRUE' : 'FALSE';
  }
  return cell.value;
}

export function isEmptyCell(cell: Cell | null | undefined): boolean {
  return !cell || (cell.value === '' && cell.formula === undefined);
}
