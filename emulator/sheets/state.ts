// Sheets state: spreadsheets, their sheets and cells. A cell keeps what was entered and whether Sheets evaluated it.

/** A stored cell: the value Sheets shows, and the formula when the input was parsed as one (USER_ENTERED `=…`). */
export interface Cell {
  value: string | number | boolean;
  formula?: string;
}

export interface Sheet {
  sheetId: number;
  title: string;
  /** Row-major; rows and cells may be ragged or missing (empty). */
  rows: Array<Array<Cell | null>>;
  rowCount: number;
  columnCount: number;
  frozenRowCount?: number;
  frozenColumnCount?: number;
  hidden?: boolean;
}

export interface Spreadsheet {
  spreadsheetId: string;
  title: string;
  /** Lower-case email of the account that created it: only it (and accounts it is shared with) may open it. */
  owner: string;
  sharedWith: string[];
  sheets: Sheet[];
}

export interface SheetsState {
  spreadsheets: Record<string, Spreadsheet>;
}
