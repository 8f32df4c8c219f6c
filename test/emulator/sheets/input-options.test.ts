import { cellAt, snapshot } from '../../../emulator/sheets/access';
import { body, sheetsCall, withSpreadsheet } from './helpers';

function write(values: unknown[][], option: string, range = 'Sheet1!A1') {
  const { world, id } = withSpreadsheet();
  const res = sheetsCall(
    world,
    'values.update',
    { spreadsheetId: id, range, valueInputOption: option },
    { values },
  );
  return { world, id, res };
}

describe('values.update valueInputOption', () => {
  it('stores strings as-is with RAW, formulas included', () => {
    const { world, id, res } = write(
      [['=1+2', '+1 555 0100', '-x', '@SUM(A1)', "'quoted", '007', 'TRUE']],
      'RAW',
    );
    expect(res.status).toBe(200);
    expect(snapshot(world, id).Sheet1).toEqual([
      ['=1+2', '+1 555 0100', '-x', '@SUM(A1)', "'quoted", '007', 'TRUE'],
    ]);
    expect(cellAt(world, id, 'Sheet1!A1')).toEqual({ value: '=1+2' });
  });

  it('parses = as a formula with USER_ENTERED and evaluates only trivial arithmetic', () => {
    const { world, id } = write([['=1+2', '=HYPERLINK("http://evil","x")', '=A1', '=1+']], 'USER_ENTERED');
    expect(cellAt(world, id, 'A1')).toEqual({ formula: '=1+2', value: 3 });
    expect(cellAt(world, id, 'B1')).toEqual({ formula: '=HYPERLINK("http://evil","x")', value: '#NAME?' });
    expect(cellAt(world, id, 'C1')?.formula).toBe('=A1');
    expect(cellAt(world, id, 'D1')).toEqual({ formula: '=1+', value: '#ERROR!' });
  });

  it('parses +x and -x as formulas unless x is a number, and @x as a formula', () => {
    const { world, id } = write([['+1 555 0100', '-cmd', '@foo', '-5', '+3.5', '-']], 'USER_ENTERED');
    expect(cellAt(world, id, 'A1')).toEqual({ formula: '=+1 555 0100', value: '#ERROR!' });
    expect(cellAt(world, id, 'B1')).toEqual({ formula: '=-cmd', value: '#NAME?' });
    expect(cellAt(world, id, 'C1')).toEqual({ formula: '=@foo', value: '#NAME?' });
    expect(cellAt(world, id, 'D1')).toEqual({ value: -5 });
    expect(cellAt(world, id, 'E1')).toEqual({ value: 3.5 });
    expect(cellAt(world, id, 'F1')).toEqual({ value: '-' });
  });

  it('keeps + - @ prefixed text as text when the settings are off', () => {
    const { world, id } = withSpreadsheet();
    world.config.sheetsSignPrefixIsFormula = false;
    world.config.sheetsAtPrefixIsFormula = false;
    sheetsCall(
      world,
      'values.update',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'USER_ENTERED' },
      {
        values: [['+1 555 0100', '-cmd', '@foo']],
      },
    );
    expect(snapshot(world, id).Sheet1).toEqual([['+1 555 0100', '-cmd', '@foo']]);
  });

  it('forces text with a leading apostrophe, which is not part of the value', () => {
    const { world, id } = write([["'=1+2", "'+1 555", "'007"]], 'USER_ENTERED');
    expect(cellAt(world, id, 'A1')).toEqual({ value: '=1+2' });
    expect(cellAt(world, id, 'B1')).toEqual({ value: '+1 555' });
    expect(cellAt(world, id, 'C1')).toEqual({ value: '007' });
  });

  it('turns numeric strings into numbers and TRUE/FALSE into booleans', () => {
    const { world, id } = write([['007', '1.50', 'true', 'FALSE', 'hello', '']], 'USER_ENTERED');
    expect(snapshot(world, id).Sheet1).toEqual([[7, 1.5, true, false, 'hello']]);
  });

  it('requires valueInputOption on writes', () => {
    const { world, id } = withSpreadsheet();
    const res = sheetsCall(world, 'values.update', { spreadsheetId: id, range: 'A1' }, { values: [['x']] });
    expect(res.status).toBe(400);
    expect(snapshot(world, id).Sheet1).toEqual([]);
  });

  it('skips null input cells and clears on empty strings', () => {
    const { world, id } = write([['a', 'b', 'c']], 'RAW');
    sheetsCall(
      world,
      'values.update',
      { spreadsheetId: id, range: 'A1', valueInputOption: 'RAW' },
      { values: [[null, '', 'C']] },
    );
    expect(snapshot(world, id).Sheet1).toEqual([['a', '', 'C']]);
  });
});

describe('values.get valueRenderOption', () => {
  it('renders formatted, unformatted and formula values', () => {
    const { world, id } = write([['=1+2', '0.5', 'TRUE', 'text']], 'USER_ENTERED');
    const get = (valueRenderOption: string) =>
      body(sheetsCall(world, 'values.get', { spreadsheetId: id, range: 'A1:D1', valueRenderOption })).values;
    expect(get('FORMATTED_VALUE')).toEqual([['3', '0.5', 'TRUE', 'text']]);
    expect(get('UNFORMATTED_VALUE')).toEqual([[3, 0.5, true, 'text']]);
    expect(get('FORMULA')).toEqual([['=1+2', 0.5, true, 'text']]);
  });
});
