import { snapshot } from '../../../emulator/sheets/access';
import { body, message, sheetsCall, withSpreadsheet } from './helpers';

const raw = (world: Parameters<typeof sheetsCall>[0], id: string, range: string, values: unknown[][]) =>
  sheetsCall(world, 'values.update', { spreadsheetId: id, range, valueInputOption: 'RAW' }, { values });

describe('values.get', () => {
  it('trims trailing empty rows and cells but keeps inner empty rows', () => {
    const { world, id } = withSpreadsheet();
    raw(world, id, 'A1', [['a', 'b', ''], [], ['', 'c']]);
    raw(world, id, 'A6', [['', '']]);
    const res = sheetsCall(world, 'values.get', { spreadsheetId: id, range: 'Sheet1' });
    expect(body(res)).toEqual({
      range: 'Sheet1!A1:Z1000',
      majorDimension: 'ROWS',
      values: [['a', 'b'], [], ['', 'c']],
    });
  });

  it('omits values for an empty range and echoes the closed range', () => {
    const { world, id } = withSpreadsheet();
    expect(body(sheetsCall(world, 'values.get', { spreadsheetId: id, range: 'Sheet1!B:C' }))).toEqual({
      range: 'Sheet1!B1:C1000',
      majorDimension: 'ROWS',
    });
  });

  it('reads by COLUMNS', () => {
    const { world, id } = withSpreadsheet();
    raw(world, id, 'A1', [['a', 'b'], ['c']]);
    const res = sheetsCall(world, 'values.get', {
      spreadsheetId: id,
      range: 'A1:B2',
      majorDimension: 'COLUMNS',
    });
    expect(body(res).values).toEqual([['a', 'c'], ['b']]);
  });

  it('refuses a bounded range beyond the grid', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(world, 'values.get', { spreadsheetId: id, range: 'Sheet1!A1:B2000' });
    expect(res.status).toBe(400);
    expect(message(res)).toBe('Range (Sheet1!A1:B2000) exceeds grid limits. Max rows: 1000, max columns: 26');
  });

  it('reads several ranges with batchGet, in order', () => {
    const { world, id } = withSpreadsheet('T', ['Sheet1', 'My Sheet']);
    raw(world, id, "'My Sheet'!A1", [['x']]);
    raw(world, id, 'Sheet1!A1', [['y']]);
    const res = sheetsCall(world, 'values.batchGet', {
      spreadsheetId: id,
      ranges: ["'My Sheet'!A:A", 'Sheet1!A1'],
    });
    expect(body(res).valueRanges).toEqual([
      { range: "'My Sheet'!A1:A1000", majorDimension: 'ROWS', values: [['x']] },
      { range: 'Sheet1!A1', majorDimension: 'ROWS', values: [['y']] },
    ]);
  });
});

describe('values.update', () => {
  it('reports the updated rectangle and counts', () => {
    const { world, id } = withSpreadsheet();
    const res = raw(world, id, 'Sheet1!B2', [['a', 'b', 'c'], ['d']]);
    expect(body(res)).toMatchObject({
      updatedRange: 'Sheet1!B2:D3',
      updatedRows: 2,
      updatedColumns: 3,
      updatedCells: 4,
    });
  });

  it('writes columns with majorDimension COLUMNS', () => {
    const { world, id } = withSpreadsheet();
    sheetsCall(
      world,
      'values.update',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'RAW' },
      {
        majorDimension: 'COLUMNS',
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    );
    expect(snapshot(world, id).Sheet1).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('refuses data larger than a bounded range', () => {
    const { world, id } = withSpreadsheet();
    const res = raw(world, id, 'Sheet1!A1:B1', [['a', 'b'], ['c']]);
    expect(res.status).toBe(400);
    expect(message(res)).toBe('Requested writing within range [Sheet1!A1:B1], but tried writing to row [2]');
    expect(message(raw(world, id, 'Sheet1!A1:B1', [['a', 'b', 'c']]))).toMatch(
      /tried writing to column \[C\]/,
    );
    expect(snapshot(world, id).Sheet1).toEqual([]);
  });

  it('grows the grid when writing beyond it', () => {
    const { world, id } = withSpreadsheet();
    raw(world, id, 'Sheet1!AB1005', [['far']]);
    const sheet = world.sheets.spreadsheets[id].sheets[0];
    expect([sheet.rowCount, sheet.columnCount]).toEqual([1005, 28]);
    expect(body(sheetsCall(world, 'values.get', { spreadsheetId: id, range: 'AB1005' })).values).toEqual([
      ['far'],
    ]);
  });

  it('refuses a cell above 50,000 characters', () => {
    const { world, id } = withSpreadsheet();
    expect(raw(world, id, 'A1', [['x'.repeat(50000)]]).status).toBe(200);
    const res = raw(world, id, 'A2', [['x'.repeat(50001)]]);
    expect(res.status).toBe(400);
    expect(message(res)).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('refuses a write that would take the workbook above 10,000,000 cells', () => {
    const { world, id } = withSpreadsheet();
    const ok = raw(world, id, 'Sheet1!A384615', [['x']]); // 384,615 x 26 = 9,999,990 cells
    expect(ok.status).toBe(200);
    const res = raw(world, id, 'Sheet1!A384616', [['x']]);
    expect(res.status).toBe(400);
    expect(message(res)).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    expect(world.sheets.spreadsheets[id].sheets[0].rowCount).toBe(384615);
  });

  it('includes the written values when asked', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(
      world,
      'values.update',
      {
        spreadsheetId: id,
        range: 'A1',
        valueInputOption: 'USER_ENTERED',
        includeValuesInResponse: 'true',
        responseValueRenderOption: 'FORMULA',
      },
      { values: [['=1+1']] },
    );
    expect(body(res).updatedData).toEqual({ range: 'Sheet1!A1', majorDimension: 'ROWS', values: [['=1+1']] });
  });
});

describe('values.batchUpdate', () => {
  it('writes every range, totals the counts, and writes nothing if one range is bad', () => {
    const { world, id } = withSpreadsheet('T', ['Sheet1', 'Other']);
    const ok = sheetsCall(
      world,
      'values.batchUpdate',
      { spreadsheetId: id },
      {
        valueInputOption: 'RAW',
        data: [
          { range: 'Sheet1!A1', values: [['a', 'b']] },
          { range: 'Other!A1', values: [['c'], ['d']] },
        ],
      },
    );
    expect(body(ok)).toMatchObject({ totalUpdatedCells: 4, totalUpdatedRows: 3, totalUpdatedSheets: 2 });
    const bad = sheetsCall(
      world,
      'values.batchUpdate',
      { spreadsheetId: id },
      {
        valueInputOption: 'RAW',
        data: [
          { range: 'Sheet1!A5', values: [['z']] },
          { range: 'Nope!A1', values: [['y']] },
        ],
      },
    );
    expect(bad.status).toBe(400);
    expect(snapshot(world, id)).toEqual({ Sheet1: [['a', 'b']], Other: [['c'], ['d']] });
  });

  it('requires valueInputOption in the body', () => {
    const { world, id } = withSpreadsheet();
    expect(
      sheetsCall(
        world,
        'values.batchUpdate',
        { spreadsheetId: id },
        { data: [{ range: 'A1', values: [['a']] }] },
      ).status,
    ).toBe(400);
  });
});

describe('values.append', () => {
  it('appends after the table and reports its range', () => {
    const { world, id } = withSpreadsheet();
    raw(world, id, 'A1', [
      ['h1', 'h2'],
      ['r1', 'x'],
    ]);
    const res = sheetsCall(
      world,
      'values.append',
      { spreadsheetId: id, range: 'Sheet1!A:B', valueInputOption: 'RAW' },
      { values: [['r2', 'y']] },
    );
    expect(body(res)).toMatchObject({
      tableRange: 'Sheet1!A1:B2',
      updates: { updatedRange: 'Sheet1!A3:B3', updatedCells: 2 },
    });
    expect(snapshot(world, id).Sheet1).toEqual([
      ['h1', 'h2'],
      ['r1', 'x'],
      ['r2', 'y'],
    ]);
  });

  it('writes at the range start on an empty sheet', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(
      world,
      'values.append',
      { spreadsheetId: id, range: 'Sheet1', valueInputOption: 'RAW' },
      { values: [['a']] },
    );
    expect(body(res)).not.toHaveProperty('tableRange');
    expect(snapshot(world, id).Sheet1).toEqual([['a']]);
  });

  it('inserts rows with INSERT_ROWS, shifting what lies below', () => {
    const { world, id } = withSpreadsheet();
    raw(world, id, 'A1', [['t1'], ['t2'], [], ['below']]);
    sheetsCall(
      world,
      'values.append',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' },
      { values: [['new']] },
    );
    expect(snapshot(world, id).Sheet1).toEqual([['t1'], ['t2'], ['new'], [], ['below']]);
    expect(world.sheets.spreadsheets[id].sheets[0].rowCount).toBe(1001);
  });

  it('overwrites by default and grows the grid at the edge', () => {
    const { world, id } = withSpreadsheet();
    sheetsCall(
      world,
      'spreadsheets.batchUpdate'.replace('spreadsheets.', ''),
      { spreadsheetId: id },
      {
        requests: [
          {
            updateSheetProperties: {
              properties: { sheetId: 0, gridProperties: { rowCount: 2 } },
              fields: 'gridProperties.rowCount',
            },
          },
        ],
      },
    );
    raw(world, id, 'A1', [['a'], ['b']]);
    sheetsCall(
      world,
      'values.append',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'USER_ENTERED' },
      { values: [['=2*3']] },
    );
    expect(snapshot(world, id).Sheet1).toEqual([['a'], ['b'], [6]]);
    expect(world.sheets.spreadsheets[id].sheets[0].rowCount).toBe(3);
  });
});

describe('values.clear and batchClear', () => {
  it('clears the cells of each range', () => {
    const { world, id } = withSpreadsheet();
    raw(world, id, 'A1', [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    const res = sheetsCall(world, 'values.clear', { spreadsheetId: id, range: 'B1:B2' }, {});
    expect(body(res)).toEqual({ spreadsheetId: id, clearedRange: 'Sheet1!B1:B2' });
    const batch = sheetsCall(world, 'values.batchClear', { spreadsheetId: id }, { ranges: ['A2', 'C1'] });
    expect(body(batch).clearedRanges).toEqual(['Sheet1!A2', 'Sheet1!C1']);
    expect(snapshot(world, id).Sheet1).toEqual([['a'], ['', '', 'f']]);
  });
});
