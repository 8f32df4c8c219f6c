// The Store contract (src/core/ports/store.ts), run against the in-memory fake and the Sheets store on the emulator.
import { TABLES, type Row, type StoreSnapshot, type TableName } from '../../src/core/ports/store';
import { currentSchemaVersion, MIGRATIONS, type Migration } from '../../src/adapters/store-migrations';
import type { AdminStore } from './store-harness';
import { thrown } from '../support/errors';

export interface StoreFixture {
  store: AdminStore;
  /** Another adapter over the same backing data, speaking the layout the `migrations` lead to. */
  reopen(migrations: readonly Migration[]): AdminStore;
}

/** A fresh store per call: initialised (empty, revision 0) unless `configured` is false. */
export type MakeStore = (opts?: { configured?: boolean }) => StoreFixture;

/** Strings a careless store would mangle: formulas, numbers, booleans, whitespace, quotes, JSON, non-ASCII. */
export const AWKWARD: string[] = [
  '=HYPERLINK("http://x","y")',
  '+1+2',
  '-A1',
  '@SUM(A1)',
  '=1+2',
  "'quoted",
  '0042',
  '1e5',
  'TRUE',
  '  padded  ',
  'line one\nline two',
  '{"a":[1,2],"b":"ç"}',
  'Ünïcødé 名前 🙂',
  '',
];


const all = (store: AdminStore) => store.load(TABLES);

/** The layout a new store is created at; the migration tests add steps after the production ones. */
const CURRENT = currentSchemaVersion(MIGRATIONS);

const rowsOf = (snap: StoreSnapshot, t: TableName): Row[] => snap.tables[t] ?? [];

export function storeContract(name: string, make: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    it('starts empty at revision 0 with every table present in a load', () => {
      const { store } = make();
      const snap = all(store);
      expect(snap.revision).toBe(0);
      expect(snap.schemaVersion).toBe(CURRENT);
      for (const t of TABLES) expect(snap.tables[t]).toEqual([]);
    });

    it('round-trips rows of every table, verbatim and in order, and returns the next revision', () => {
      const { store } = make();
      const put: Partial<Record<TableName, Row[]>> = {};
      TABLES.forEach((t, i) => {
        put[t] = [
          [`${t}-1`, ...AWKWARD],
          [`${t}-2`, `value ${i}`, ...AWKWARD.slice(0, 12).reverse(), 'last'],
        ];
      });
      expect(store.save(all(store), { put })).toBe(1);
      const snap = all(store);
      expect(snap.revision).toBe(1);
      for (const t of TABLES) expect(snap.tables[t]).toEqual(put[t]);
    });

    it('loads only the tables asked for', () => {
      const { store } = make();
      store.save(all(store), { put: { labels: [['l1', 'a']], grants: [['g1', 'b']] } });
      const snap = store.load(['grants']);
      expect(snap.tables).toEqual({ grants: [['g1', 'b']] });
    });

    it('pads rows with empty cells to the widest row of their table (Sheets drops trailing empty cells)', () => {
      const { store } = make();
      store.save(all(store), {
        put: {
          grants: [
            ['g1', '', 'x', ''],
            ['g2', 'y'],
            ['g3', '', '', '', '', ''],
          ],
        },
      });
      expect(all(store).tables.grants).toEqual([
        ['g1', '', 'x', '', '', ''],
        ['g2', 'y', '', '', '', ''],
        ['g3', '', '', '', '', ''],
      ]);
    });

    it('replaces a row by key in place, keeping the order, and clears the cells a shorter row no longer has', () => {
      const { store } = make();
      store.save(all(store), {
        put: {
          contacts: [
            ['a', '1', 'x', 'y'],
            ['b', '2', 'x', 'y'],
            ['c', '3'],
          ],
        },
      });
      const rev = store.save(store.load(['contacts']), { put: { contacts: [['b', 'two']] } });
      expect(rev).toBe(2);
      expect(all(store).tables.contacts).toEqual([
        ['a', '1', 'x', 'y'],
        ['b', 'two', '', ''],
        ['c', '3', '', ''],
      ]);
    });

    it('appends rows with new keys after the existing ones', () => {
      const { store } = make();
      store.save(all(store), {
        put: {
          labels: [
            ['a', '1'],
            ['b', '2'],
          ],
        },
      });
      store.save(store.load(['labels']), {
        put: {
          labels: [
            ['c', '3'],
            ['a', 'one'],
            ['d', '4'],
          ],
        },
      });
      expect(all(store).tables.labels).toEqual([
        ['a', 'one'],
        ['b', '2'],
        ['c', '3'],
        ['d', '4'],
      ]);
    });

    it('appends to a table the snapshot did not load (an append-only log needs no read)', () => {
      const { store } = make();
      store.save(all(store), { put: { audit: [['e1', 'created']] } });
      const base = store.load(['labels']);
      store.save(base, {
        put: {
          audit: [
            ['e2', 'shared'],
            ['e3', 'renamed'],
          ],
          labels: [['l1', 'x']],
        },
      });
      expect(all(store).tables.audit).toEqual([
        ['e1', 'created'],
        ['e2', 'shared'],
        ['e3', 'renamed'],
      ]);
    });

    it('lets the last row of a key win when a key is written again without its table loaded', () => {
      const { store } = make();
      store.save(all(store), {
        put: {
          syncState: [
            ['cursor', 'A'],
            ['other', 'B'],
          ],
        },
      });
      store.save(store.load([]), { put: { syncState: [['cursor', 'C']] } });
      expect(all(store).tables.syncState).toEqual([
        ['other', 'B'],
        ['cursor', 'C'],
      ]);
      store.save(all(store), { put: { syncState: [['cursor', 'D']] } });
      expect(all(store).tables.syncState).toEqual([
        ['other', 'B'],
        ['cursor', 'D'],
      ]);
    });

    it('keeps the last row of a key given twice in one change set', () => {
      const { store } = make();
      store.save(all(store), {
        put: {
          comments: [
            ['k', 'first'],
            ['m', 'x'],
            ['k', 'second'],
          ],
        },
      });
      expect(all(store).tables.comments).toEqual([
        ['k', 'second'],
        ['m', 'x'],
      ]);
    });

    it('refuses a save from an older snapshot with FAILED_PRECONDITION and writes nothing', () => {
      const { store } = make();
      store.save(all(store), { put: { labels: [['a', '1']] } });
      const first = all(store);
      const second = all(store);
      expect(store.save(first, { put: { labels: [['a', 'mine']] } })).toBe(2);
      const e = thrown(() =>
        store.save(second, {
          put: {
            labels: [
              ['a', 'theirs'],
              ['b', 'new'],
            ],
          },
        }),
      );
      expect(e.code).toBe('FAILED_PRECONDITION');
      expect(e.message).toMatch(/reload and try again/i);
      const after = all(store);
      expect(after.revision).toBe(2);
      expect(after.tables.labels).toEqual([['a', 'mine']]);
    });

    it('refuses a second save from the same snapshot, even under the lock', () => {
      const { store } = make();
      const base = all(store);
      store.save(base, { put: { labels: [['a', '1']] } }, { loadedUnderLock: true });
      const e = thrown(() => store.save(base, { put: { labels: [['b', '2']] } }, { loadedUnderLock: true }));
      expect(e.code).toBe('FAILED_PRECONDITION');
      expect(all(store).tables.labels).toEqual([['a', '1']]);
    });

    it('saves from a snapshot loaded under the lock and returns the next revision', () => {
      const { store } = make();
      const rev = store.save(all(store), { put: { grants: [['g', 'x']] } }, { loadedUnderLock: true });
      expect(rev).toBe(1);
      expect(all(store)).toMatchObject({ revision: 1, tables: { grants: [['g', 'x']] } });
    });

    it('accepts a cell of exactly 50,000 characters', () => {
      const { store } = make();
      const big = 'x'.repeat(50000);
      store.save(all(store), { put: { contacts: [['c', big]] } });
      expect(all(store).tables.contacts).toEqual([['c', big]]);
    });

    it('refuses a cell over 50,000 characters with INVALID_ARGUMENT and leaves everything as it was', () => {
      const { store } = make();
      store.save(all(store), { put: { contacts: [['c', 'old']] } });
      const before = all(store);
      const e = thrown(() =>
        store.save(all(store), { put: { labels: [['l', 'fine']], contacts: [['c', 'y'.repeat(50001)]] } }),
      );
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.key).toBe('error.store.cellTooLong');
      expect(e.message).toContain('50,000');
      expect(all(store)).toEqual(before);
    });

    it('refuses rows without a key, non-text cells and unknown tables, writing nothing', () => {
      const { store } = make();
      const base = all(store);
      const bad: unknown[] = [
        { put: { labels: [['', 'x']] } },
        { put: { labels: [[]] } },
        { put: { labels: [['k', 5]] } },
        { put: { nope: [['k']] } },
      ];
      for (const changes of bad) {
        expect(thrown(() => store.save(base, changes as never)).code).toBe('INVALID_ARGUMENT');
      }
      expect(thrown(() => store.load(['nope' as TableName])).code).toBe('INVALID_ARGUMENT');
      expect(all(store)).toEqual(base);
    });

    it('writes nothing and keeps the revision for an empty change set', () => {
      const { store } = make();
      const base = all(store);
      expect(store.save(base, { put: {} })).toBe(0);
      expect(store.save(base, { put: { labels: [] } })).toBe(0);
      expect(all(store).revision).toBe(0);
    });

    it('says an admin must set up the store when none is configured', () => {
      const { store } = make({ configured: false });
      const e = thrown(() => store.load(['labels']));
      expect(e.code).toBe('FAILED_PRECONDITION');
      expect(e.message).toBe(
        'The backing spreadsheet was not found; an admin must create or link it in Settings.',
      );
      store.initialize();
      expect(store.load(['labels']).tables.labels).toEqual([]);
    });

    describe('migrations', () => {
      const v2: Migration = {
        version: CURRENT + 1,
        description: 'contacts get a source column after the key',
        rewrite: { contacts: (row) => [row[0], 'manual', ...row.slice(1)] },
      };

      function v1Store() {
        const fixture = make();
        const { store } = fixture;
        store.save(all(store), {
          put: {
            contacts: [
              ['a', 'A'],
              ['b', 'B'],
            ],
            labels: [['l', 'L']],
          },
        });
        store.save(store.load([]), { put: { contacts: [['a', 'A2']] } });
        return fixture;
      }

      it('reports nothing to do when the store is current', () => {
        const { store } = make();
        expect(store.migrate()).toEqual({ from: CURRENT, to: CURRENT, applied: [] });
        expect(all(store).revision).toBe(0);
      });

      it('refuses to load a store at an older layout until it is migrated', () => {
        const fixture = v1Store();
        const newer = fixture.reopen([...MIGRATIONS, v2]);
        const e = thrown(() => newer.load(['contacts']));
        expect(e.code).toBe('FAILED_PRECONDITION');
        expect(e.key).toBe('error.store.schemaOld');
      });

      it('runs the pending steps in order, rewriting and compacting rows, and moves the revision on', () => {
        const fixture = v1Store();
        const stale = all(fixture.store);
        const v3: Migration = {
          version: CURRENT + 2,
          description: 'labels get a flag',
          rewrite: { labels: (r) => [...r, 'no'] },
        };
        const newer = fixture.reopen([...MIGRATIONS, v2, v3]);
        expect(newer.migrate()).toEqual({ from: CURRENT, to: CURRENT + 2, applied: [v2.description, v3.description] });
        const snap = all(newer);
        expect(snap.schemaVersion).toBe(CURRENT + 2);
        expect(snap.revision).toBe(stale.revision + 1);
        expect(snap.tables.contacts).toEqual([
          ['b', 'manual', 'B'],
          ['a', 'manual', 'A2'],
        ]);
        expect(snap.tables.labels).toEqual([['l', 'L', 'no']]);
        expect(newer.migrate()).toEqual({ from: CURRENT + 2, to: CURRENT + 2, applied: [] });
        // The rewritten table takes new rows after its compacted end.
        newer.save(newer.load(['contacts']), { put: { contacts: [['c', 'manual', 'C']] } });
        expect(rowsOf(all(newer), 'contacts').map((r) => r[0])).toEqual(['b', 'a', 'c']);
      });

      it('leaves a store written by a newer version alone', () => {
        const fixture = v1Store();
        fixture.reopen([...MIGRATIONS, v2]).migrate();
        const e = thrown(() => fixture.store.load(['contacts']));
        expect(e.key).toBe('error.store.schemaNew');
        expect(thrown(() => fixture.store.migrate()).key).toBe('error.store.schemaNew');
      });
    });
  });
}
