import { createWorld } from '../../../emulator';
import { GoogleApiError } from '../../../emulator/core/errors';
import { columnLetters, formatGridRange, parseRange, quoteTitle } from '../../../emulator/sheets/a1';
import { createSpreadsheet } from '../../../emulator/sheets/access';

function ss() {
  return createSpreadsheet(createWorld({ seed: 1 }), 'o@example.com', 'T', ['Sheet1', 'My Sheet', "It's"]);
}

describe('a1 parseRange', () => {
  it('reads bounded, open and whole-sheet ranges', () => {
    const s = ss();
    expect(parseRange(s, 'Sheet1!A1:C3')).toMatchObject({ startRow: 0, startCol: 0, endRow: 3, endCol: 3 });
    expect(parseRange(s, 'Sheet1!B2')).toMatchObject({ startRow: 1, startCol: 1, endRow: 2, endCol: 2 });
    expect(parseRange(s, "'My Sheet'!A:A")).toMatchObject({
      startRow: 0,
      startCol: 0,
      endRow: null,
      endCol: 1,
    });
    expect(parseRange(s, 'Sheet1!A2:C')).toMatchObject({ startRow: 1, startCol: 0, endRow: null, endCol: 3 });
    expect(parseRange(s, 'Sheet1!2:4')).toMatchObject({ startRow: 1, startCol: 0, endRow: 4, endCol: null });
    expect(parseRange(s, 'Sheet1!AA10')).toMatchObject({ startRow: 9, startCol: 26 });
    const whole = parseRange(s, 'My Sheet');
    expect(whole.sheet.title).toBe('My Sheet');
    expect(whole).toMatchObject({ startRow: 0, endRow: null, endCol: null });
    expect(parseRange(s, "'It''s'!C1:A2").sheet.title).toBe("It's");
    expect(parseRange(s, "'It''s'!C1:A2")).toMatchObject({ startCol: 0, endCol: 3, startRow: 0, endRow: 2 });
  });

  it('takes a range without a sheet name on the first sheet, and matches titles case-insensitively', () => {
    const s = ss();
    expect(parseRange(s, 'B1:B5').sheet.title).toBe('Sheet1');
    expect(parseRange(s, 'sheet1!A1').sheet.title).toBe('Sheet1');
  });

  it('answers 400 "Unable to parse range" for unknown sheets and bad syntax', () => {
    const s = ss();
    for (const bad of ['Nope!A1', 'Sheet1!A1:B2:C3', "'Unclosed!A1", 'Sheet1!A0', 'Sheet1!1A']) {
      let err: unknown;
      try {
        parseRange(s, bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GoogleApiError);
      expect((err as GoogleApiError).message).toBe(`Unable to parse range: ${bad}`);
    }
  });

  it('prints ranges as Google echoes them', () => {
    const s = ss();
    expect(formatGridRange(parseRange(s, 'Sheet1'))).toBe('Sheet1!A1:Z1000');
    expect(formatGridRange(parseRange(s, "'My Sheet'!A:A"))).toBe("'My Sheet'!A1:A1000");
    expect(formatGridRange(parseRange(s, 'Sheet1!B2'))).toBe('Sheet1!B2');
    expect(quoteTitle("It's")).toBe("'It''s'");
    expect(quoteTitle('A1')).toBe("'A1'");
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(701)).toBe('ZZ');
    expect(columnLetters(702)).toBe('AAA');
  });
});
