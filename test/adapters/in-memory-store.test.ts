// What the Store fake offers tests beyond the contract: the Sheets calls it stands for, a serialisation to compare
// before and after a refusal, one-shot faults, and a loud failure when a caller claims a lock it did not hold.
import { InMemoryStore } from '../../src/adapters/in-memory-store';
import { AppError, unavailable } from '../../src/core/errors';
import { TABLES } from '../../src/core/ports/store';

describe('InMemoryStore', () => {
  it('counts the Sheets calls each operation would cost', () => {
    const store = new InMemoryStore();
    const a = store.load(TABLES);
    store.save(a, { put: { labels: [['l', 'x']] } }, { loadedUnderLock: true });
    const b = store.load(['labels']);
    store.save(b, { put: { labels: [['l', 'y']] } });
    expect({
      loads: store.loads,
      saves: store.saves,
      revisionReads: store.revisionReads,
      calls: store.calls,
    }).toEqual({
      loads: 2,
      saves: 2,
      revisionReads: 1,
      calls: 5,
    });
  });

  it('serialises to the same string after a refused save', () => {
    const store = new InMemoryStore();
    store.save(store.load([]), { put: { labels: [['l', 'x']] } });
    const before = store.serialize();
    expect(() => store.save(store.load([]), { put: { labels: [['m', 'y'.repeat(50001)]] } })).toThrow(
      AppError,
    );
    expect(store.serialize()).toBe(before);
  });

  it('throws an injected fault once, changing nothing', () => {
    const store = new InMemoryStore();
    const base = store.load([]);
    store.failNext(unavailable('error.store.busy', 'busy'));
    expect(() => store.save(base, { put: { labels: [['l', 'x']] } })).toThrow('busy');
    expect(store.dump().revision).toBe(0);
    expect(store.save(base, { put: { labels: [['l', 'x']] } })).toBe(1);
  });

  it('fails loudly when a save claims the lock but another save came in between', () => {
    const store = new InMemoryStore();
    const mine = store.load([]);
    store.save(store.load([]), { put: { labels: [['other', 'x']] } });
    expect(() => store.save(mine, { put: { labels: [['l', 'x']] } }, { loadedUnderLock: true })).toThrow(
      /did not hold the lock/,
    );
  });

  it('dumps what a load of every table returns', () => {
    const store = new InMemoryStore();
    store.save(store.load([]), { put: { grants: [['g', 'x']] } });
    const dump = store.dump();
    expect(dump.revision).toBe(1);
    expect(dump.tables.grants).toEqual([['g', 'x']]);
    expect(dump.tables.labels).toEqual([]);
    dump.tables.grants[0][1] = 'mutated';
    expect(store.dump().tables.grants).toEqual([['g', 'x']]);
  });

  it('starts unconfigured when asked, and initialize() makes a fresh empty store', () => {
    const store = new InMemoryStore({ configured: false });
    expect(() => store.load([])).toThrow(/an admin must create or link it/);
    expect(store.initialize()).toBe('in-memory-store');
    store.save(store.load([]), { put: { labels: [['l', 'x']] } });
    store.initialize();
    expect(store.dump().tables.labels).toEqual([]);
  });
});
