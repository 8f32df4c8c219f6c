// Row codecs between the store records of src/core/model.ts and the Store's string rows (column 0 = the row's key).
import { AuditDetail, isAuditAction } from '../../core/audit';
import type { Grantee } from '../../core/grant';
import type {
  AuditRecord,
  Collaborator,
  Comment,
  FeedSpec,
  Grant,
  HistoryEntry,
  Label,
  MasterContact,
} from '../../core/model';
import type { Row, TableName } from '../../core/ports/store';
import type { MasterPerson } from '../../core/person';
import { isGrantRole } from '../../core/role';
import { STATUSES, type Status } from '../../core/status';

/**
 * "Sync now" pressed for a label: a row of the `syncState` table that the sync runner reads (and tombstones once the
 * label is synced). The sync's own rows in that table are keyed by account email; a request's key starts with `#`,
 * which no email address does (the sync skips such rows as accounts).
 */
export interface SyncRequest {
  labelId: string;
  at: string;
  by: string;
}

export const SYNC_REQUEST_PREFIX = '#sync|';

export interface Codec<T> {
  readonly table: TableName;
  /** Number of columns, key included: a tombstone blanks all of them so an in-place write leaves no stale cell. */
  readonly width: number;
  key(record: T): string;
  encode(record: T): Row;
  /** null for a row that is not a live record of this table: a tombstone, or a row someone damaged by hand. */
  decode(row: Row): T | null;
}

// Booleans are 'TRUE'/'FALSE': what a person reading the sheet expects, and what Sheets itself shows.
const bool = (b: boolean): string => (b ? 'TRUE' : 'FALSE');
const nullable = (s: string | null): string => s ?? '';
const orNull = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

function readBool(s: string | undefined): boolean | null {
  return s === 'TRUE' ? true : s === 'FALSE' ? false : null;
}

function readJson(s: string | undefined): unknown {
  if (s === undefined || s === '') return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function readInt(s: string | undefined): number | null {
  return s !== undefined && /^\d{1,9}$/.test(s) ? Number(s) : null;
}

/** A live row has a key and a non-blank column 1; every codec writes a non-blank column 1. */
export function isTombstone(row: Row): boolean {
  return (row[0] ?? '') === '' || (row[1] ?? '') === '';
}

export function tombstone(codec: Codec<unknown>, key: string): Row {
  const row = new Array<string>(codec.width).fill('');
  row[0] = key;
  return row;
}

function guarded<T>(
  table: TableName,
  width: number,
  key: (r: T) => string,
  encode: (r: T) => Row,
  decode: (row: Row) => T | null,
): Codec<T> {
  return {
    table,
    width,
    key,
    encode,
    decode: (row) => (isTombstone(row) ? null : decode(row)),
  };
}

function readFeed(s: string | undefined): FeedSpec | null | undefined {
  if (s === undefined || s === '') return null;
  const v = readJson(s);
  if (!isRecord(v) || typeof v.kind !== 'string') return undefined;
  return v as unknown as FeedSpec;
}

export const LABELS: Codec<Label> = guarded<Label>(
  'labels',
  7,
  (l) => l.id,
  (l) => [
    l.id,
    l.name,
    l.owner,
    l.createdAt,
    l.updatedAt,
    bool(l.deleted),
    l.feed ? JSON.stringify(l.feed) : '',
  ],
  ([id, name, owner, createdAt, updatedAt, deleted, feed]) => {
    const d = readBool(deleted);
    const f = readFeed(feed);
    if (d === null || f === undefined || !owner) return null;
    return { id, name, owner, createdAt: createdAt ?? '', updatedAt: updatedAt ?? '', deleted: d, feed: f };
  },
);

const GRANTEE_KINDS = ['user', 'group', 'domain', 'external'] as const;

function readGrantee(kind: string | undefined, email: string | undefined): Grantee | null {
  const k = GRANTEE_KINDS.find((x) => x === kind);
  if (k === undefined) return null;
  if (k === 'domain') return { kind: 'domain' };
  return email ? { kind: k, email } : null;
}

/** The grantee's address, '' for the whole domain. */
export function granteeEmail(g: Grantee): string {
  return g.kind === 'domain' ? '' : g.email;
}

export const GRANTS: Codec<Grant> = guarded<Grant>(
  'grants',
  10,
  (g) => g.id,
  (g) => [
    g.id,
    g.labelId,
    g.grantee.kind,
    granteeEmail(g.grantee),
    g.role,
    bool(g.syncToMobile),
    g.grantedAt,
    g.grantedBy,
    nullable(g.acceptedAt),
    nullable(g.invitedAt),
  ],
  ([id, labelId, kind, email, role, syncToMobile, grantedAt, grantedBy, acceptedAt, invitedAt]) => {
    const grantee = readGrantee(kind, email);
    const s = readBool(syncToMobile);
    if (grantee === null || !isGrantRole(role) || s === null) return null;
    return {
      id,
      labelId,
      grantee,
      role,
      syncToMobile: s,
      grantedAt: grantedAt ?? '',
      grantedBy: grantedBy ?? '',
      acceptedAt: orNull(acceptedAt),
      invitedAt: orNull(invitedAt),
    };
  },
);

function readAdoptedFrom(s: string | undefined): MasterContact['adoptedFrom'] | undefined {
  if (s === undefined || s === '') return null;
  const v = readJson(s);
  if (!isRecord(v) || typeof v.account !== 'string' || typeof v.resourceName !== 'string') return undefined;
  return { account: v.account, resourceName: v.resourceName };
}

/** The person JSON was validated before it was written; a damaged cell decodes to "no such row", never to junk. */
function readPerson(s: string | undefined): MasterPerson | null {
  const v = readJson(s);
  if (!isRecord(v)) return null;
  for (const list of [
    'emailAddresses',
    'phoneNumbers',
    'organizations',
    'addresses',
    'urls',
    'userDefined',
  ]) {
    if (!Array.isArray(v[list])) return null;
  }
  return v as unknown as MasterPerson;
}

export const CONTACTS: Codec<MasterContact> = guarded<MasterContact>(
  'contacts',
  11,
  (c) => c.id,
  (c) => [
    c.id,
    JSON.stringify(c.labelIds),
    String(c.revision),
    c.createdAt,
    c.createdBy,
    c.updatedAt,
    c.updatedBy,
    bool(c.deleted),
    JSON.stringify(c.person),
    c.adoptedFrom ? JSON.stringify(c.adoptedFrom) : '',
    nullable(c.feedKey),
  ],
  ([
    id,
    labelIds,
    revision,
    createdAt,
    createdBy,
    updatedAt,
    updatedBy,
    deleted,
    person,
    adoptedFrom,
    feedKey,
  ]) => {
    const ids = readJson(labelIds);
    const rev = readInt(revision);
    const d = readBool(deleted);
    const p = readPerson(person);
    const a = readAdoptedFrom(adoptedFrom);
    if (!isStringArray(ids) || rev === null || d === null || p === null || a === undefined) return null;
    return {
      id,
      labelIds: ids,
      revision: rev,
      createdAt: createdAt ?? '',
      createdBy: createdBy ?? '',
      updatedAt: updatedAt ?? '',
      updatedBy: updatedBy ?? '',
      deleted: d,
      person: p,
      adoptedFrom: a,
      feedKey: orNull(feedKey),
    };
  },
);

/** History rows are keyed by a generated id (the table is append-only); the entry itself carries none. */
export type StoredHistory = HistoryEntry & { key: string };

const HISTORY_REASONS = ['revision', 'conflict', 'deleted'] as const;

export const HISTORY: Codec<StoredHistory> = guarded<StoredHistory>(
  'history',
  7,
  (h) => h.key,
  (h) => [h.key, h.contactId, String(h.revision), h.at, h.by, h.reason, JSON.stringify(h.person)],
  ([key, contactId, revision, at, by, reason, person]) => {
    const rev = readInt(revision);
    const r = HISTORY_REASONS.find((x) => x === reason);
    const p = readPerson(person);
    if (rev === null || r === undefined || p === null) return null;
    return { key, contactId, revision: rev, at: at ?? '', by: by ?? '', reason: r, person: p };
  },
);

export const COMMENTS: Codec<Comment> = guarded<Comment>(
  'comments',
  6,
  (c) => c.id,
  (c) => [c.id, c.contactId, c.labelId, c.at, c.by, c.text],
  ([id, contactId, labelId, at, by, text]) => ({
    id,
    contactId,
    labelId: labelId ?? '',
    at: at ?? '',
    by: by ?? '',
    text: text ?? '',
  }),
);

/** One account per label: the key joins both with a character no id or address contains. */
export function collaboratorKey(labelId: string, email: string): string {
  return `${labelId}|${email}`;
}

export const COLLABORATORS: Codec<Collaborator> = guarded<Collaborator>(
  'collaborators',
  8,
  (c) => collaboratorKey(c.labelId, c.email),
  (c) => [
    collaboratorKey(c.labelId, c.email),
    c.labelId,
    c.email,
    c.grantId,
    c.status,
    c.detail,
    bool(c.seated),
    nullable(c.lastSyncAt),
  ],
  ([, labelId, email, grantId, status, detail, seated, lastSyncAt]) => {
    const st = STATUSES.find((s): s is Status => s === status);
    const se = readBool(seated);
    if (!email || st === undefined || se === null) return null;
    return {
      labelId,
      email,
      grantId: grantId ?? '',
      status: st,
      detail: detail ?? '',
      seated: se,
      lastSyncAt: orNull(lastSyncAt),
    };
  },
);

/** Audit rows are keyed by a generated id (append-only table); the event itself carries none. */
export type StoredAudit = AuditRecord & { key: string };

function readDetail(s: string | undefined): AuditDetail | null {
  const v = readJson(s);
  if (!isRecord(v)) return null;
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null || typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k] = x;
  }
  return out;
}

export const AUDIT: Codec<StoredAudit> = guarded<StoredAudit>(
  'audit',
  7,
  (a) => a.key,
  (a) => [a.key, String(a.at), a.actor, a.action, a.label ?? '', a.target ?? '', JSON.stringify(a.detail)],
  ([key, at, actor, action, label, target, detail]) => {
    const d = readDetail(detail);
    if (!isAuditAction(action) || d === null) return null;
    const record: StoredAudit = { key, at, actor: actor ?? '', action, detail: d };
    return { ...record, ...(label ? { label } : {}), ...(target ? { target } : {}) };
  },
);

export function syncRequestKey(labelId: string): string {
  return `${SYNC_REQUEST_PREFIX}${labelId}`;
}

export const SYNC_REQUESTS: Codec<SyncRequest> = guarded<SyncRequest>(
  'syncState',
  5,
  (r) => syncRequestKey(r.labelId),
  (r) => [syncRequestKey(r.labelId), 'syncRequest', r.labelId, r.at, r.by],
  ([key, kind, labelId, at, by]) =>
    // Only our own rows: the sync's per-account rows share this table.
    kind === 'syncRequest' && labelId && key === syncRequestKey(labelId)
      ? { labelId, at: at ?? '', by: by ?? '' }
      : null,
);
