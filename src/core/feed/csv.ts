// CSV text to rows and back, with Papa Parse (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
import Papa from 'papaparse/papaparse.min.js';

export interface CsvRows {
  /** Every record in order, empty lines included, so `rows[i]` is row `i + 1` as a spreadsheet would number it. */
  rows: string[][];
  /** Rows (0-based, as in `rows`) the parser could not read cleanly, with what was wrong. */
  problems: Map<number, string>;
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t', '|'];

/** A byte-order mark is how Excel and Google mark UTF-8; it is not part of the first column's name. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * The delimiter, guessed by Papa Parse from the first rows with empty lines skipped (its guess trips over a trailing
 * empty line otherwise); a comma when it cannot tell (one column).
 */
function guessDelimiter(text: string): string {
  const preview = Papa.parse(text, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  return DELIMITERS.includes(preview.meta.delimiter) ? preview.meta.delimiter : ',';
}

const PROBLEMS: Readonly<Record<string, string>> = {
  MissingQuotes: 'a quoted value is never closed',
  InvalidQuotes: 'a quote inside a value is not doubled',
};

/** Parses the whole text (comma, semicolon, tab or pipe separated; LF or CRLF; UTF-8 with or without BOM). */
export function parseCsv(text: string): CsvRows {
  const clean = stripBom(text);
  const delimiter = guessDelimiter(clean);
  const result = Papa.parse(clean, { delimiter, skipEmptyLines: false });
  const problems = new Map<number, string>();
  for (const e of result.errors) {
    if (e.row === undefined || e.type !== 'Quotes') continue;
    if (!problems.has(e.row)) problems.set(e.row, PROBLEMS[e.code] ?? e.message);
  }
  return { rows: result.data, problems, delimiter };
}

/** Rows as CSV text (comma, CRLF), every formula-like cell prefixed with `'` so a spreadsheet never evaluates it. */
export function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' });
}

/** A record with nothing in it: a blank line, or only separators. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
