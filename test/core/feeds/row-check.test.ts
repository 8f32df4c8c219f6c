// The feed rules per row: a name and an email, phone or mobile; malformed values reported, not fatal; stable keys.
import { checkSource, type SkippedRow } from '../../../src/core/feed/row-check';
import { CsvFeed } from '../../../src/core/feed/tabular-feed';

const check = (csv: string) => checkSource(new CsvFeed(csv).read());
const skipped = (csv: string) => check(csv).rows.filter((r): r is SkippedRow => !r.ok).map((r) => [r.row, r.reason]);

describe('checkSource', () => {
  it('skips a row without a name, and one without an email, phone or mobile, each with its reason', () => {
    const csv = ['First Name,Last Name,Email,Phone,Mobile', ',,nameless@x.org,,', 'Ann,Lee,,,', 'Bo,Ode,,,+39 333 1234567', 'Cy,,cy@x.org,,'].join('\n');
    expect(skipped(csv)).toEqual([
      [2, 'noName'],
      [3, 'noContact'],
    ]);
    const r = check(csv).rows[0] as SkippedRow;
    expect(r.message).toBe('The row has no name (First Name, Last Name or Name).');
    expect(r.cells).toEqual(['', '', 'nameless@x.org', '', '']);
  });

  it('reports a bad email, an unparseable phone, an over-long value and an unreadable birthday without stopping', () => {
    const csv = [
      'Name,Email,Phone,Notes,Birthday',
      'Ann Lee,ann@@x,,,',
      'Bo Ode,,call me maybe,,',
      `Cy Dee,cy@x.org,,,`,
      `Di Eve,di@x.org,,${'n'.repeat(10001)},`,
      'Ed Fox,ed@x.org,,,31/12/1999',
      'Flo Gee,flo@x.org,,,',
    ].join('\n');
    expect(skipped(csv)).toEqual([
      [2, 'badEmail'],
      [3, 'badPhone'],
      [5, 'tooLong'],
      [6, 'unreadable'],
    ]);
    expect(check(csv).rows.filter((r) => r.ok).map((r) => r.row)).toEqual([4, 7]);
  });

  it('keys a row by the source id, else its normalised email, else its phone; a second row with a key is a duplicate', () => {
    const csv = ['ID,Name,Email,Phone', 'c1,Ann Lee,ANN@X.org,', ',Bo Ode, Bo@X.org ,', ',Cy Dee,,+39 02 1234 5678', ',Bo Again,bo@x.org,'].join('\n');
    const c = check(csv);
    expect(c.rows.map((r) => (r.ok ? r.key : r.reason))).toEqual(['id:c1', 'email:bo@x.org', 'phone:+390212345678', 'duplicate']);
    expect((c.rows[3] as SkippedRow).message).toMatch(/^Row 3 has the same email \(bo@x\.org\)/);
    // The id-keyed row still answers to its address, so a source that gains an id column keeps its contacts.
    expect(c.rows[0].ok && c.rows[0].altKeys).toEqual(['email:ann@x.org']);
    expect([...c.keys].sort()).toEqual(['email:bo@x.org', 'id:c1', 'phone:+390212345678']);
  });

  it('counts the keys of skipped rows as present, so their contacts stay', () => {
    const c = check('Name,Email\nAnn Lee,ann@x.org\n,bo@x.org\n');
    expect(c.keys.has('email:bo@x.org')).toBe(true);
  });

  it('lets a company name a row when the source names no person', () => {
    expect(skipped('Company,Email\nACME,info@acme.example\n,x@y.org\n')).toEqual([[3, 'noName']]);
  });
});
