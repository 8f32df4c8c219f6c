// The SheetValues contract (src/core/feed/feed-port.ts), run against the fake and the REST adapter on the emulator.
import type { SheetValues } from '../../../src/core/feed/feed-port';
import { thrown } from '../../support/errors';

export interface SheetValuesFixture {
  values: SheetValues;
  /** A spreadsheet owned by `owner` with these tabs (the first is the default one); returns its id. */
  create(owner: string, tabs: Record<string, string[][]>): string;
  share(spreadsheetId: string, email: string): void;
}

export const OWNER = 'ann@example.com';
export const FRIEND = 'bob@example.com';
export const STRANGER = 'cy@example.com';

export function sheetValuesContract(name: string, make: () => SheetValuesFixture): void {
  describe(`SheetValues contract: ${name}`, () => {
    const ROWS = [
      ['Name', 'Email', 'Phone'],
      ['Ann Lee', 'ann@x.org', '+39 02 1234 5678'],
      ['Bo Ode', 'bo@x.org'],
      ['=not a formula', '', ''],
    ];

    it('reads a range as its owner: text cells, rows as Sheets returns them (trailing empty cells left out)', () => {
      const f = make();
      const id = f.create(OWNER, { Suppliers: ROWS });
      const got = f.values.read(OWNER, id, 'Suppliers!A:Z');
      expect(got).toEqual([ROWS[0], ROWS[1], ['Bo Ode', 'bo@x.org'], ['=not a formula']]);
    });

    it('reads the whole first sheet for no range, a whole sheet by its title, a range of a named sheet', () => {
      const f = make();
      const id = f.create(OWNER, { 'Our suppliers': [['Name'], ['Ann']], Second: [['Name', 'Email'], ['Bo', 'bo@x.org']] });
      expect(f.values.read(OWNER, id, '')).toEqual([['Name'], ['Ann']]);
      expect(f.values.read(OWNER, id, 'Second')).toEqual([['Name', 'Email'], ['Bo', 'bo@x.org']]);
      expect(f.values.read(OWNER, id, 'Second!A:A')).toEqual([['Name'], ['Bo']]);
      expect(f.values.read(OWNER, id, 'A:B')).toEqual([['Name'], ['Ann']]);
    });

    it('reads for an account the spreadsheet is shared with, and refuses anyone else with PERMISSION_DENIED', () => {
      const f = make();
      const id = f.create(OWNER, { Sheet1: ROWS });
      f.share(id, FRIEND);
      expect(f.values.read(FRIEND, id, 'A:C')).toHaveLength(4);
      const e = thrown(() => f.values.read(STRANGER, id, 'A:C'));
      expect([e.code, e.key]).toEqual(['PERMISSION_DENIED', 'error.feed.sheetDenied']);
      expect(e.message).toContain(STRANGER);
    });

    it('says NOT_FOUND for an unknown spreadsheet and INVALID_ARGUMENT for a range of no sheet', () => {
      const f = make();
      const id = f.create(OWNER, { Sheet1: ROWS });
      expect(thrown(() => f.values.read(OWNER, '1nosuchspreadsheet0000000', 'A:C')).key).toBe('error.feed.sheetNotFound');
      const e = thrown(() => f.values.read(OWNER, id, 'Nope!A:C'));
      expect([e.code, e.key]).toEqual(['INVALID_ARGUMENT', 'error.feed.sheetRange']);
    });

    it('answers an empty sheet with no rows', () => {
      const f = make();
      const id = f.create(OWNER, { Sheet1: [] });
      expect(f.values.read(OWNER, id, 'Sheet1!A:Z')).toEqual([]);
    });
  });
}
