// The loaded store as typed records with lookups, and the unit of work that records every change for one save.
import type { Collaborator, Comment, Grant, Label, MasterContact } from '../../core/model';
import type { ChangeSet, Row, StoreSnapshot, TableName } from '../../core/ports/store';
import {
  AUDIT,
  Codec,
  COLLABORATORS,
  collaboratorKey,
  COMMENTS,
  CONTACTS,
  GRANTS,
  HISTORY,
  LABELS,
  StoredAudit,
  StoredHistory,
  SYNC_REQUESTS,
  SyncRequest,
  syncRequestKey,
  tombstone,
} from './codecs';

function sameRow(a: Row, b: Row): boolean {
  return a.length === b.length && a.every((cell, i) => cell === b[i]);
}

type Index<T> = (record: T) => readonly string[];

/** One table's live records by key, with secondary indexes kept up to date as records change. */
class Table<T> {
  private readonly rows = new Map<string, T>();
  /** The row as last loaded or written, so a record changed in place is still seen as changed. */
  private readonly encoded = new Map<string, Row>();
  /** The index values each key was filed under, for the same reason. */
  private readonly filed = new Map<string, Array<{ groups: Map<string, Set<string>>; value: string }>>();
  private readonly indexes = new Map<string, { of: Index<T>; groups: Map<string, Set<string>> }>();

  constructor(
    readonly codec: Codec<T>,
    readonly loaded: boolean,
    indexes: Record<string, Index<T>>,
  ) {
    for (const [name, of] of Object.entries(indexes)) this.indexes.set(name, { of, groups: new Map() });
  }

  get(key: string): T | undefined {
    return this.rows.get(key);
  }

  all(): T[] {
    return [...this.rows.values()];
  }

  by(index: string, value: string): T[] {
    const keys = this.indexes.get(index)?.groups.get(value);
    if (!keys) return [];
    return [...keys].map((k) => this.rows.get(k)).filter((r): r is T => r !== undefined);
  }

  row(key: string): Row | undefined {
    return this.encoded.get(key);
  }

  set(record: T, row: Row = this.codec.encode(record)): void {
    const key = this.codec.key(record);
    this.unindex(key);
    this.rows.set(key, record);
    this.encoded.set(key, row);
    const filed: Array<{ groups: Map<string, Set<string>>; value: string }> = [];
    for (const { of, groups } of this.indexes.values()) {
      for (const value of of(record)) {
        let set = groups.get(value);
        if (!set) groups.set(value, (set = new Set()));
        set.add(key);
        filed.push({ groups, value });
      }
    }
    this.filed.set(key, filed);
  }

  delete(key: string): void {
    this.unindex(key);
    this.rows.delete(key);
    this.encoded.delete(key);
  }

  private unindex(key: string): void {
    for (const { groups, value } of this.filed.get(key) ?? []) groups.get(value)?.delete(key);
    this.filed.delete(key);
  }
}

function table<T>(
  snapshot: StoreSnapshot,
  codec: Codec<T>,
  indexes: Record<string, Index<T>> = {},
): Table<T> {
  const rows = snapshot.tables[codec.table];
  const t = new Table(codec, rows !== undefined, indexes);
  // Rows in order: a later row with the same key replaces an earlier one (the Store port's rule), a tombstone removes it.
  for (const row of rows ?? []) {
    const record = codec.decode(row);
    if (record === null) t.delete(row[0] ?? '');
    else t.set(record, codec.encode(record));
  }
  return t;
}

/**
 * What a command or query sees of the store. Lookups return live records (tombstoned rows are gone; soft-deleted labels
 * and contacts are still returned, with `deleted` set, because the sync needs them). Mutations update the lookups at
 * once and record the row to write, so `changes()` is exactly one ChangeSet for one save.
 */
export class Model {
  private readonly labelsT: Table<Label>;
  private readonly grantsT: Table<Grant>;
  private readonly contactsT: Table<MasterContact>;
  private readonly historyT: Table<StoredHistory>;
  private readonly commentsT: Table<Comment>;
  private readonly collaboratorsT: Table<Collaborator>;
  private readonly auditT: Table<StoredAudit>;
  private readonly requestsT: Table<SyncRequest>;
  private readonly pending = new Map<TableName, Map<string, Row>>();

  constructor(readonly snapshot: StoreSnapshot) {
    this.labelsT = table(snapshot, LABELS, { owner: (l) => [l.owner] });
    this.grantsT = table(snapshot, GRANTS, { label: (g) => [g.labelId] });
    this.contactsT = table(snapshot, CONTACTS, {
      label: (c) => c.labelIds,
      adopted: (c) => (c.adoptedFrom ? [`${c.adoptedFrom.account}|${c.adoptedFrom.resourceName}`] : []),
    });
    this.historyT = table(snapshot, HISTORY, { contact: (h) => [h.contactId] });
    this.commentsT = table(snapshot, COMMENTS, { contact: (c) => [c.contactId] });
    this.collaboratorsT = table(snapshot, COLLABORATORS, {
      label: (c) => [c.labelId],
      email: (c) => [c.email],
    });
    this.auditT = table(snapshot, AUDIT, { label: (a) => (a.label ? [a.label] : []) });
    this.requestsT = table(snapshot, SYNC_REQUESTS);
  }

  /** Whether `load` was asked for this table (an unloaded table looks empty). */
  isLoaded(name: TableName): boolean {
    return this.snapshot.tables[name] !== undefined;
  }

  // ---- lookups ----

  label(id: string): Label | undefined {
    return this.labelsT.get(id);
  }
  labels(): Label[] {
    return this.labelsT.all();
  }
  labelsOwnedBy(email: string): Label[] {
    return this.labelsT.by('owner', email);
  }
  grant(id: string): Grant | undefined {
    return this.grantsT.get(id);
  }
  grants(): Grant[] {
    return this.grantsT.all();
  }
  grantsOf(labelId: string): Grant[] {
    return this.grantsT.by('label', labelId);
  }
  contact(id: string): MasterContact | undefined {
    return this.contactsT.get(id);
  }
  /** The label's contacts that are not deleted. */
  contactsOf(labelId: string): MasterContact[] {
    return this.contactsT.by('label', labelId).filter((c) => !c.deleted);
  }
  contactAdoptedFrom(account: string, resourceName: string): MasterContact | undefined {
    return this.contactsT.by('adopted', `${account}|${resourceName}`).find((c) => !c.deleted);
  }
  historyOf(contactId: string): StoredHistory[] {
    return this.historyT.by('contact', contactId);
  }
  commentsOf(contactId: string): Comment[] {
    return this.commentsT.by('contact', contactId);
  }
  collaboratorsOf(labelId: string): Collaborator[] {
    return this.collaboratorsT.by('label', labelId);
  }
  collaborator(labelId: string, email: string): Collaborator | undefined {
    return this.collaboratorsT.get(collaboratorKey(labelId, email));
  }
  collaborationsOf(email: string): Collaborator[] {
    return this.collaboratorsT.by('email', email);
  }
  auditOf(labelId: string): StoredAudit[] {
    return this.auditT.by('label', labelId);
  }
  syncRequest(labelId: string): SyncRequest | undefined {
    return this.requestsT.get(syncRequestKey(labelId));
  }

  // ---- mutations ----

  putLabel(label: Label): void {
    this.write(this.labelsT, label);
  }
  putGrant(grant: Grant): void {
    this.write(this.grantsT, grant);
  }
  removeGrant(id: string): void {
    this.erase(this.grantsT, id);
  }
  putContact(contact: MasterContact): void {
    this.write(this.contactsT, contact);
  }
  /** Append-only: the table need not have been loaded. */
  addHistory(entry: StoredHistory): void {
    this.write(this.historyT, entry, true);
  }
  /** Append-only: the table need not have been loaded. */
  addComment(comment: Comment): void {
    this.write(this.commentsT, comment, true);
  }
  putCollaborator(c: Collaborator, append = false): void {
    this.write(this.collaboratorsT, c, append);
  }
  removeCollaborator(labelId: string, email: string): void {
    this.erase(this.collaboratorsT, collaboratorKey(labelId, email));
  }
  /**
   * Append-only: `syncState` is the sync's big per-account table, not worth loading to file a request. A request row
   * written twice is harmless (the later row with the same key wins).
   */
  putSyncRequest(r: SyncRequest): void {
    this.write(this.requestsT, r, true);
  }
  /** Append-only: the table need not have been loaded. */
  addAudit(record: StoredAudit): void {
    this.write(this.auditT, record, true);
  }

  hasChanges(): boolean {
    return this.pending.size > 0;
  }

  changes(): ChangeSet {
    const put: ChangeSet['put'] = {};
    for (const [name, rows] of this.pending) put[name] = [...rows.values()];
    return { put };
  }

  /** Tables touched, and rows per table: for tests and cost reports. */
  changedRowCount(): number {
    let n = 0;
    for (const rows of this.pending.values()) n += rows.size;
    return n;
  }

  private write<T>(t: Table<T>, record: T, append = false): void {
    // Replacing a row needs its table loaded, or the save could not tell a replacement from an append.
    if (!t.loaded && !append)
      throw new Error(`Model: table ${t.codec.table} was not loaded; load it before changing it.`);
    const key = t.codec.key(record);
    const row = t.codec.encode(record);
    const old = t.row(key);
    // Writing what is already there is no change: a command that ends where it started saves nothing.
    if (old !== undefined && sameRow(old, row)) return;
    t.set(record, row);
    this.stage(t.codec.table, key, row);
  }

  private erase<T>(t: Table<T>, key: string): void {
    if (!t.loaded)
      throw new Error(`Model: table ${t.codec.table} was not loaded; load it before changing it.`);
    if (t.get(key) === undefined) return;
    t.delete(key);
    this.stage(t.codec.table, key, tombstone(t.codec as Codec<unknown>, key));
  }

  private stage(name: TableName, key: string, row: Row): void {
    let rows = this.pending.get(name);
    if (!rows) this.pending.set(name, (rows = new Map()));
    rows.set(key, row);
  }
}
