// A card's queries share one store read: the first load reads every table the card declared, later loads come from it.
import { InMemoryStore } from '../../src/adapters/in-memory-store';
import { ReadOnceStore } from '../../src/ui/read-once-store';

function store(): InMemoryStore {
  const s = new InMemoryStore();
  const base = s.load(['labels', 'grants']);
  s.save(base, { put: { labels: [['lbl_1', 'Clients']], grants: [['grt_1', 'lbl_1']] } });
  s.loads = 0;
  return s;
}

describe('ReadOnceStore', () => {
  it('answers every load of the declared tables from one read, each with only the tables it asked for', () => {
    const inner = store();
    const view = new ReadOnceStore(inner, ['labels', 'grants', 'contacts']);
    const a = view.load(['labels']);
    const b = view.load(['grants', 'contacts']);
    expect(inner.loads).toBe(1);
    expect(Object.keys(a.tables)).toEqual(['labels']);
    expect(Object.keys(b.tables)).toEqual(['grants', 'contacts']);
    expect(a.tables.labels?.[0]?.[0]).toBe('lbl_1');
    expect(a.revision).toBe(b.revision);
  });

  it('reads again, everything at once, when a query needs a table nobody declared', () => {
    const inner = store();
    const view = new ReadOnceStore(inner, ['labels']);
    view.load(['labels']);
    const more = view.load(['grants']);
    expect(inner.loads).toBe(2);
    expect(more.tables.grants?.[0]?.[0]).toBe('grt_1');
    view.load(['labels', 'grants']);
    expect(inner.loads).toBe(2);
  });

  it('refuses to save: changes go through commands', () => {
    const view = new ReadOnceStore(store(), ['labels']);
    expect(() => view.save(view.load(['labels']), { put: {} })).toThrow(/read-only/);
  });
});
