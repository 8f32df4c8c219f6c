// What an import leaves for people to read: the skipped rows as a CSV to download (row, reason, then the row as the
// source held it).
import { toCsv } from '../../core/feed/csv';
import type { SkippedRow } from '../../core/feed/row-check';

export function skippedCsv(header: readonly string[], skipped: readonly SkippedRow[]): string {
  const rows: string[][] = [['Row', 'Reason', ...header]];
  for (const r of skipped) rows.push([String(r.row), r.message, ...r.cells]);
  return toCsv(rows);
}
