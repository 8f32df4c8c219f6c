// Property: any sequence of loads and saves gives the same answers from the fake and from the Sheets store on the
// emulator (same revisions, same refusals, same rows in the same order), and each key reads as its last write.
import fc from 'fast-check';
import { InMemoryStore } from '../../src/adapters/in-memory-store';
import { AppError } from '../../src/core/errors';
import { TABLES, type Row, type Store, type StoreSnapshot, type TableName } from '../../src/core/ports/store';
import { sheetsHarness } from './store-harness';

const SOME = ['labels', 'audit', 'syncState'] as const satisfies readonly TableName[];

type Op =
  | { kind: 'load'; tables: TableName[] }
  | { kind: 'save'; from: number; rows: Array<{ table: TableName; row: Row }>; underLock: boolean };

const cell = fc.oneof(
  fc.constantFrom('', '=1+2', '+x', '-1', '@a', 'TRUE', '007'),
  fc.string({ maxLength: 6 }),
);
const row = fc
  .tuple(fc.constantFrom('k1', 'k2', 'k3', 'k4'), fc.array(cell, { maxLength: 4 }))
  .map(([k, rest]) => [k, ...rest]);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('load' as const), tables: fc.subarray([...SOME]) }),
  fc.record({
    kind: fc.constant('save' as const),
    from: fc.nat({ max: 3 }),
    rows: fc.array(fc.record({ table: fc.constantFrom(...SOME), row }), { maxLength: 5 }),
    underLock: fc.boolean(),
  }),
);

/** Runs the ops on one store; snapshots are remembered per step so a save may start from an older one. */
function play(store: Store, ops: Op[]): { out: unknown[]; model: Map<string, Row> } {
  const snaps: StoreSnapshot[] = [store.load(TABLES)];
  const out: unknown[] = [];
  /** `table/key` → the last row written for it by a save that succeeded. */
  const model = new Map<string, Row>();
  for (const o of ops) {
    if (o.kind === 'load') {
      const s = store.load(o.tables);
      snaps.unshift(s);
      out.push(s);
      continue;
    }
    const base = snaps[Math.min(o.from, snaps.length - 1)];
    const put: Partial<Record<TableName, Row[]>> = {};
    for (const r of o.rows) (put[r.table] ??= []).push(r.row);
    // A caller only claims the lock for the snapshot it just loaded (anything else is a caller bug the fake reports).
    const underLock = o.underLock && base === snaps[0] && base.revision === store.load([]).revision;
    try {
      out.push(store.save(base, { put }, { loadedUnderLock: underLock }));
      for (const r of o.rows) model.set(`${r.table}/${r.row[0]}`, r.row);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      out.push(e.code);
    }
  }
  out.push(store.load(TABLES));
  return { out, model };
}

const trim = (r: Row) => {
  const c = r.slice();
  while (c.length > 1 && c[c.length - 1] === '') c.pop();
  return c;
};

describe('Store adapters are equivalent', () => {
  it('the fake and the Sheets store answer every sequence of operations alike', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), (ops) => {
        const h = sheetsHarness();
        h.world.config.quotas.sheets = { readsPerMinutePerUser: Infinity, writesPerMinutePerUser: Infinity };
        const fake = play(new InMemoryStore(), ops);
        const sheets = play(h.store, ops);
        expect(sheets.out).toEqual(fake.out);
        const final = h.store.load(TABLES);
        const read = new Map<string, Row>();
        for (const t of TABLES) for (const r of final.tables[t] ?? []) read.set(`${t}/${r[0]}`, trim(r));
        expect(read).toEqual(new Map([...fake.model].map(([k, r]) => [k, trim(r)])));
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});
