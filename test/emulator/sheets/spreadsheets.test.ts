import { addUser } from '../../../emulator/directory/admin';
import { shareSpreadsheet, snapshot } from '../../../emulator/sheets/access';
import { body, message, OWNER, sheetsCall, withSpreadsheet } from './helpers';

interface SheetProps {
  sheetId: number;
  title: string;
  index: number;
  gridProperties: { rowCount: number; columnCount: number };
}
const sheetsOf = (res: { body: unknown }) =>
  (res.body as { sheets: Array<{ properties: SheetProps }> }).sheets.map((s) => s.properties);

describe('spreadsheets.create and get', () => {
  it('creates an owned spreadsheet with the named sheets and default grids', () => {
    const { world, id } = withSpreadsheet('Shared Labels', ['Labels', 'Members']);
    expect(id).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(world.sheets.spreadsheets[id].owner).toBe(OWNER);
    const res = sheetsCall(world, 'get', { spreadsheetId: id });
    expect(body(res)).toMatchObject({ spreadsheetId: id, properties: { title: 'Shared Labels' } });
    const props = sheetsOf(res);
    expect(
      props.map((p) => [p.title, p.index, p.gridProperties.rowCount, p.gridProperties.columnCount]),
    ).toEqual([
      ['Labels', 0, 1000, 26],
      ['Members', 1, 1000, 26],
    ]);
    expect(props[0].sheetId).toBe(0);
  });

  it('gives one Sheet1 by default', () => {
    const { world } = withSpreadsheet();
    const res = sheetsCall(world, 'create', {}, {});
    expect(sheetsOf(res).map((p) => p.title)).toEqual(['Sheet1']);
    expect(body(res)).toMatchObject({ properties: { title: 'Untitled spreadsheet' } });
  });

  it('answers 404 for an unknown id and 403 to an account it is not shared with', () => {
    const { world, id } = withSpreadsheet();
    addUser(world, { email: 'other@example.com' });
    const missing = sheetsCall(world, 'get', { spreadsheetId: 'nope' });
    expect(missing.status).toBe(404);
    expect(message(missing)).toBe('Requested entity was not found.');
    const denied = sheetsCall(
      world,
      'values.get',
      { spreadsheetId: id, range: 'A1' },
      undefined,
      'other@example.com',
    );
    expect(denied.status).toBe(403);
    expect(message(denied)).toBe('The caller does not have permission');
    shareSpreadsheet(world, id, 'Other@example.com');
    expect(
      sheetsCall(world, 'values.get', { spreadsheetId: id, range: 'A1' }, undefined, 'other@example.com')
        .status,
    ).toBe(200);
  });

  it('needs a spreadsheets or drive scope on REST', () => {
    const { world, id } = withSpreadsheet();
    const contacts = ['https://www.googleapis.com/auth/contacts'];
    expect(sheetsCall(world, 'get', { spreadsheetId: id }, undefined, OWNER, contacts).status).toBe(403);
    const sheets = ['https://www.googleapis.com/auth/spreadsheets'];
    expect(sheetsCall(world, 'get', { spreadsheetId: id }, undefined, OWNER, sheets).status).toBe(200);
  });
});

describe('spreadsheets.batchUpdate', () => {
  it('adds a sheet with a default or given title and replies with its properties', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(
      world,
      'batchUpdate',
      { spreadsheetId: id },
      {
        requests: [
          { addSheet: { properties: { title: 'Audit', gridProperties: { rowCount: 10, columnCount: 3 } } } },
          { addSheet: {} },
        ],
      },
    );
    expect(res.status).toBe(200);
    const replies = body(res).replies as Array<{ addSheet: { properties: SheetProps } }>;
    expect(replies[0].addSheet.properties).toMatchObject({
      title: 'Audit',
      index: 1,
      gridProperties: { rowCount: 10, columnCount: 3 },
    });
    expect(replies[1].addSheet.properties.title).toBe('Sheet3');
    expect(Object.keys(snapshot(world, id))).toEqual(['Sheet1', 'Audit', 'Sheet3']);
  });

  it('refuses a duplicate title and applies nothing of the batch', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(
      world,
      'batchUpdate',
      { spreadsheetId: id },
      {
        requests: [
          { addSheet: { properties: { title: 'New' } } },
          { addSheet: { properties: { title: 'sheet1' } } },
        ],
      },
    );
    expect(res.status).toBe(400);
    expect(message(res)).toBe(
      'Invalid requests[1].addSheet: A sheet with the name "sheet1" already exists. Please enter another name.',
    );
    expect(Object.keys(snapshot(world, id))).toEqual(['Sheet1']);
  });

  it('renames and resizes a sheet, dropping cells outside the new grid', () => {
    const { world, id } = withSpreadsheet();
    sheetsCall(
      world,
      'values.update',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'RAW' },
      {
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    );
    const res = sheetsCall(
      world,
      'batchUpdate',
      { spreadsheetId: id },
      {
        requests: [
          {
            updateSheetProperties: {
              properties: {
                sheetId: 0,
                title: 'Data',
                gridProperties: { rowCount: 1, columnCount: 1, frozenRowCount: 1 },
              },
              fields: 'title,gridProperties',
            },
          },
        ],
      },
    );
    expect(res.status).toBe(200);
    expect(snapshot(world, id)).toEqual({ Data: [['a']] });
    expect(sheetsOf(sheetsCall(world, 'get', { spreadsheetId: id }))[0]).toMatchObject({
      gridProperties: { rowCount: 1, columnCount: 1, frozenRowCount: 1 },
    });
  });

  it('deletes a sheet but never the last one', () => {
    const { world, id } = withSpreadsheet('T', ['A', 'B']);
    const b = world.sheets.spreadsheets[id].sheets[1].sheetId;
    expect(
      sheetsCall(world, 'batchUpdate', { spreadsheetId: id }, { requests: [{ deleteSheet: { sheetId: b } }] })
        .status,
    ).toBe(200);
    const last = sheetsCall(
      world,
      'batchUpdate',
      { spreadsheetId: id },
      { requests: [{ deleteSheet: { sheetId: 0 } }] },
    );
    expect(last.status).toBe(400);
    expect(
      sheetsCall(
        world,
        'batchUpdate',
        { spreadsheetId: id },
        { requests: [{ deleteSheet: { sheetId: 999 } }] },
      ).status,
    ).toBe(400);
    expect(Object.keys(snapshot(world, id))).toEqual(['A']);
  });

  it('inserts and deletes rows, shifting data', () => {
    const { world, id } = withSpreadsheet();
    sheetsCall(
      world,
      'values.update',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'RAW' },
      { values: [['1'], ['2'], ['3']] },
    );
    sheetsCall(
      world,
      'batchUpdate',
      { spreadsheetId: id },
      {
        requests: [
          { deleteDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: 0, endIndex: 1 } } },
          { insertDimension: { range: { sheetId: 0, dimension: 'ROWS', startIndex: 1, endIndex: 2 } } },
        ],
      },
    );
    expect(snapshot(world, id).Sheet1).toEqual([['2'], [], ['3']]);
    expect(world.sheets.spreadsheets[id].sheets[0].rowCount).toBe(1000);
  });

  it('refuses a new sheet that would exceed 10,000,000 cells', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(
      world,
      'batchUpdate',
      { spreadsheetId: id },
      {
        requests: [{ addSheet: { properties: { gridProperties: { rowCount: 400000, columnCount: 26 } } } }],
      },
    );
    expect(res.status).toBe(400);
    expect(message(res)).toMatch(/above the limit of 10000000 cells\.$/);
  });
});
