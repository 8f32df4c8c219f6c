// A read-only view of the store for building one card: the first load reads every table the card will need in ONE
// request, and the queries behind the card are then answered from that snapshot. Every user's card reads the store as
// the configured admin (DWD), so the whole domain shares that account's Sheets read quota (60 a minute): a card should
// cost one read, not one per query.
import type { ChangeSet, Store, StoreSnapshot, TableName } from '../core/ports/store';

export class ReadOnceStore implements Store {
  private snapshot: StoreSnapshot | null = null;

  /** `tables`: what the card's queries will ask for; a query asking for more costs one more (whole) read. */
  constructor(
    private readonly inner: Store,
    private readonly tables: readonly TableName[],
  ) {}

  load(tables: readonly TableName[]): StoreSnapshot {
    const have = this.snapshot;
    if (!have || tables.some((t) => have.tables[t] === undefined)) {
      const all = new Set<TableName>([...this.tables, ...tables, ...(Object.keys(have?.tables ?? {}) as TableName[])]);
      this.snapshot = this.inner.load([...all]);
    }
    const snap = this.snapshot as StoreSnapshot;
    const picked: StoreSnapshot['tables'] = {};
    for (const t of tables) picked[t] = snap.tables[t];
    return { revision: snap.revision, schemaVersion: snap.schemaVersion, tables: picked };
  }

  /** Cards only read: a change goes through a command, which loads and saves under the lock itself. */
  save(_base: StoreSnapshot, _changes: ChangeSet): number {
    throw new Error('ReadOnceStore is read-only: changes go through commands.');
  }
}
