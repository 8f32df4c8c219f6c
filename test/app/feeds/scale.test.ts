// A 20,000-row CSV feed: what setting it and importing it cost (store calls, cells, time), and that a second run with
// the same file writes nothing.
import { parseCsv } from '../../../src/core/feed/csv';
import { CsvFeed } from '../../../src/core/feed/tabular-feed';
import { checkSource } from '../../../src/core/feed/row-check';
import { MAX_CELL_CHARS } from '../../../src/core/ports/store';
import { feedWorld, peopleCsv } from './support';

const ROWS = 20000;

describe('a 20,000-row CSV feed', () => {
  const csv = peopleCsv(ROWS);

  it('is parsed and checked in seconds', () => {
    const t0 = Date.now();
    expect(parseCsv(csv).rows).toHaveLength(ROWS + 2);
    const checked = checkSource(new CsvFeed(csv).read());
    const ms = Date.now() - t0;
    expect(checked.rows.filter((r) => r.ok)).toHaveLength(ROWS);
    // About 1 s in Node (3 s under jest's instrumentation); generous for a slow CI machine.
    expect(ms).toBeLessThan(20000);
  });

  it('is set in one load and one save, its text cut into cells Sheets accepts, and imported in ceil(N/5,000) units of work', () => {
    const w = feedWorld();
    const L = w.label('Big');
    const before = { loads: w.store.loads, saves: w.store.saves };
    const out = w.csv(L, csv);
    expect(out.preview).toMatchObject({ rows: ROWS, valid: ROWS, skipped: 0 });
    expect([w.store.loads - before.loads, w.store.saves - before.saves]).toEqual([1, 1]);
    const chunks = w.store.dump().tables.feedChunks;
    expect(chunks.length).toBe(Math.ceil(csv.length / 40000));
    expect(Math.max(...chunks.map((r) => r[5].length))).toBeLessThan(MAX_CELL_CHARS);

    const t0 = Date.now();
    const loads = w.store.loads;
    const saves = w.store.saves;
    const r = w.run();
    const ms = Date.now() - t0;
    expect(r.pending).toEqual([]);
    expect(r.imported[0].result).toMatchObject({ read: ROWS, imported: ROWS, skipped: 0, runs: 1 });
    // The feed state, the source text, then one load and one save per 5,000 contacts written.
    expect(w.store.loads - loads).toBe(2 + ROWS / 5000);
    expect(w.store.saves - saves).toBe(ROWS / 5000);
    expect(w.contacts(L)).toHaveLength(ROWS);
    expect(ms).toBeLessThan(60000);

    const data = w.store.serialize();
    const again = w.store.loads;
    expect(w.run()).toEqual({ pending: [], imported: [], failed: [] });
    expect(w.store.loads - again).toBe(1);
    expect(w.store.serialize()).toBe(data);
  });

  it('re-imports a file with ten changed rows in one unit of work writing ten contacts', () => {
    const w = feedWorld();
    const L = w.label('Big');
    w.csv(L, csv);
    w.run();
    const lines = csv.split('\n');
    for (let i = 1; i <= 10; i++) lines[i * 1000] = lines[i * 1000].replace('Tester', 'Changed');
    w.csv(L, lines.join('\n'));
    const saves = w.store.saves;
    let written = 0;
    const save = w.store.save.bind(w.store);
    w.store.save = (base, changes, o) => {
      written += changes.put.contacts?.length ?? 0;
      return save(base, changes, o);
    };
    const r = w.run();
    expect(r.imported[0].result).toMatchObject({ imported: 0, updated: 10, unchanged: ROWS - 10, removed: 0 });
    expect(w.store.saves - saves).toBe(1);
    expect(written).toBe(10);
  });
});
