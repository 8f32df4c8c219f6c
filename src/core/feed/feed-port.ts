// Port: a feed, the one-way source that fills a label (DESIGN.md section 8), read whole once per import; and the Google
// Sheets reader the Sheet source needs.
import type { MasterPerson } from '../person';

/** One row of a source, turned into a contact but not yet checked against the feed rules. */
export interface FeedRecord {
  /** Where a person finds the row in the source: a CSV or Sheet row number (the header is row 1), else the position. */
  row: number;
  /** The source's own stable id for the row (a CRM id, an "ID" column), when it has one. */
  sourceId: string | null;
  person: MasterPerson;
  /** Values that could not be read at all, in words: the row is skipped with them. */
  problems: string[];
  /** The row as the source holds it, for the downloadable list of skipped rows (under `FeedRead.header`). */
  cells: string[];
}

export interface FeedRead {
  /**
   * Changes whenever the source's content changes and only then: an import whose source still has the version of the
   * last complete import has nothing to do (no write at all).
   */
  version: string;
  /** Names of `FeedRecord.cells`. */
  header: string[];
  records: FeedRecord[];
  /** Source columns no field takes, as written (a CSV or Sheet header; a CRM mapping's unknown fields). */
  ignoredColumns: string[];
  /** The source names no person, only companies (a supplier list): the company is then the contact's name. */
  companyIsName: boolean;
}

/**
 * A feed's source.
 * - `read` returns every row the source holds now, in source order, and the version of that content. Rows of people
 *   who must be left out (suspended and archived directory users) are not returned at all.
 * - A source that cannot be read, or that holds no row at all, throws an AppError and changes nothing: an empty or
 *   unreadable source must never empty a label (a cleared Sheet, a CSV saved with the wrong separator).
 * - Reading costs at most the source's own API calls (the directory's user list pages, one Sheets `values.get`);
 *   CSV and CRM text is held in the store and costs none.
 */
export interface Feed {
  read(): FeedRead;
}

/**
 * Reads a range of a Google Sheet as text, as a domain user (a DWD token with the spreadsheets scope), so a feed only
 * ever reads what its label's owner may open.
 * - One `spreadsheets.values.get` (FORMATTED_VALUE, rows): what a person sees in the cells, as strings; rows and
 *   trailing cells Sheets leaves out come back shorter (never padded). `range` is A1 notation (`Suppliers!A:F`) or a
 *   sheet's title (the whole sheet); '' is the whole first sheet (one `spreadsheets.get` more, for its title). An A1
 *   range beyond the sheet's grid is refused by Sheets (INVALID_ARGUMENT).
 * - Failures throw AppError: NOT_FOUND (no such spreadsheet), PERMISSION_DENIED (the user may not open it),
 *   INVALID_ARGUMENT (a range Sheets cannot parse), UNAVAILABLE (429, 5xx, no answer; retry later),
 *   FAILED_PRECONDITION (credentials refused). DWD token failures come through as the token provider throws them.
 */
export interface SheetValues {
  read(user: string, spreadsheetId: string, range: string): string[][];
}
