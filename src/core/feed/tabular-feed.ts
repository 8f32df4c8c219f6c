// The CSV and Google Sheet sources: a header row, then one contact per row, read through the column plan.
import { failedPrecondition } from '../errors';
import { fnv1a64 } from '../hash';
import { preview } from '../text';
import { planColumns, valuesOf } from './columns';
import { isBlankRow, parseCsv } from './csv';
import type { Feed, FeedRead, FeedRecord, SheetValues } from './feed-port';
import { RowBuilder } from './fields';

export function emptySource(): Error {
  return failedPrecondition(
    'error.feed.empty',
    'The feed source holds no contacts, so nothing was changed. Fill it, or remove the feed.',
  );
}

/**
 * Rows (as a CSV or a Sheet holds them) to records: the first non-blank row names the columns; blank rows are passed
 * over; `problems` marks rows the parser could not read cleanly (by index into `rows`).
 */
export function readTable(rows: readonly string[][], version: string, problems: ReadonlyMap<number, string> = new Map()): FeedRead {
  const headerAt = rows.findIndex((r) => !isBlankRow(r));
  if (headerAt < 0) throw emptySource();
  const header = rows[headerAt].map((c) => c.trim());
  const plan = planColumns(header);
  if (plan.uses.length === 0) {
    throw failedPrecondition(
      'error.feed.noColumns',
      'None of the columns of the first row is one we know ({columns}). Name the columns in the first row, e.g. Name, Email, Phone.',
      { columns: preview(header.filter((h) => h !== '').join(', '), 200) },
    );
  }
  const records: FeedRecord[] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (isBlankRow(cells)) continue;
    const b = new RowBuilder();
    for (const v of valuesOf(plan, cells)) b.set(v.target, v.value, v.opts);
    const built = b.build();
    const problem = problems.get(i);
    records.push({
      row: i + 1,
      sourceId: built.sourceId,
      person: built.person,
      problems: problem ? [problem, ...built.problems] : built.problems,
      cells: cells.slice(),
    });
  }
  if (records.length === 0) throw emptySource();
  return { version, header, records, ignoredColumns: plan.ignored, companyIsName: plan.companyIsName };
}

/** A CSV file's text (kept in the store): parsed whole on every read, which costs no API call. */
export class CsvFeed implements Feed {
  constructor(
    private readonly text: string,
    /** The text's hash, computed once when the feed was set. */
    private readonly version: string = fnv1a64(text),
  ) {}

  read(): FeedRead {
    const { rows, problems } = parseCsv(this.text);
    return readTable(rows, this.version, problems);
  }
}

/** A range of a Google Sheet, read as the label's owner: one `values.get` per read. */
export class SheetFeed implements Feed {
  constructor(
    private readonly sheets: SheetValues,
    private readonly owner: string,
    private readonly spreadsheetId: string,
    private readonly range: string,
  ) {}

  read(): FeedRead {
    const rows = this.sheets.read(this.owner, this.spreadsheetId, this.range);
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    // Sheets drops trailing empty cells; padding makes "the same content" one version whatever it dropped.
    const padded = rows.map((r) => [...r, ...new Array<string>(width - r.length).fill('')]);
    return readTable(padded, fnv1a64(JSON.stringify(padded)));
  }
}
