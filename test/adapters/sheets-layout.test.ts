// The spreadsheet layout helpers: A1 ranges, the meta sheet, and how row writes group into value ranges.
import { TABLES } from '../../src/core/ports/store';
import {
  columnLetter,
  metaValues,
  metaWriteRange,
  parseMeta,
  rowRanges,
  rowsRange,
} from '../../src/adapters/sheets-layout';
import { emptyExtents } from '../../src/adapters/store-rows';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });
});

describe('rowsRange', () => {
  it('spans whole rows from A to the width', () => {
    expect(rowsRange('labels', 2, 4, 30)).toBe('labels!A2:AD4');
    expect(rowsRange('labels', 5, 5, 0)).toBe('labels!A5:A5');
  });
});

describe('meta', () => {
  it('writes every key in a fixed block and reads it back', () => {
    const extents = emptyExtents();
    extents.contacts = { rowCount: 12, width: 11 };
    const values = metaValues({ revision: 7, schemaVersion: 2, extents });
    expect(values).toHaveLength(3 + 2 * TABLES.length);
    expect(metaWriteRange()).toBe(`meta!A1:B${values.length}`);
    expect(parseMeta(values)).toEqual({ revision: 7, schemaVersion: 2, extents });
  });

  it('reads keys wherever they are and ignores unknown ones', () => {
    const meta = parseMeta([
      ['later', 'x'],
      ['schemaVersion', '1'],
      ['revision', '3'],
      ['rows:labels', '2'],
    ]);
    expect(meta?.revision).toBe(3);
    expect(meta?.extents.labels).toEqual({ rowCount: 2, width: 0 });
  });

  it('is null for a sheet that is not a store meta', () => {
    expect(parseMeta(undefined)).toBeNull();
    expect(
      parseMeta([
        ['revision', 'x'],
        ['schemaVersion', '1'],
      ]),
    ).toBeNull();
    expect(
      parseMeta([
        ['revision', '-1'],
        ['schemaVersion', '1'],
      ]),
    ).toBeNull();
  });
});

describe('rowRanges', () => {
  it('puts consecutive rows of a table in one range and data row i in sheet row i + 2', () => {
    const w = (table: 'labels' | 'audit', index: number) => ({ table, index, row: [`k${index}`, 'v'] });
    const ranges = rowRanges(
      [w('labels', 5), w('labels', 0), w('labels', 6), w('audit', 3), w('labels', 7)],
      () => 2,
    );
    expect(ranges.map((r) => [r.range, r.values.length])).toEqual([
      ['labels!A2:B2', 1],
      ['labels!A7:B9', 3],
      ['audit!A5:B5', 1],
    ]);
  });
});
