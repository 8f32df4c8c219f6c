// What the sync remembers of each account between runs: its sync token, the groups that carry labels, and its
// copies (master id -> resource name, etag, revision, label groups). Stored as one row of the `syncState` table.
import type { Row } from '../../core/ports/store';

export interface CopyEntry {
  resourceName: string;
  etag: string;
  /** The master revision this copy was last written or read at. */
  revision: number;
  /** Label groups (resource names) the copy is in, as far as the sync knows. */
  groups: string[];
  /** The copy is the user's own contact adopted into a label: never delete it, only untag and ungroup it. */
  adopted: boolean;
}

export interface AccountSyncState {
  email: string;
  syncToken: string | null;
  /** labelId -> the contact group that carries the label in this account, and the label name it was named after. */
  groups: Record<string, { resourceName: string; name: string; forLabel: string }>;
  copies: Record<string, CopyEntry>;
  /** Contacts the account holds in all (from the last full read, kept up to date by our writes). */
  contactCount: number;
  /** Sync cycle whose changes were gathered from this account, and the one whose writes were all made. */
  gatheredCycle: number;
  pushedCycle: number;
  lastSyncAt: string | null;
  lastError: string;
}

export function emptySyncState(email: string): AccountSyncState {
  return {
    email,
    syncToken: null,
    groups: {},
    copies: {},
    contactCount: 0,
    gatheredCycle: 0,
    pushedCycle: 0,
    lastSyncAt: null,
    lastError: '',
  };
}

/** Cells hold at most 50,000 characters; the copy map is spread over as many cells as it needs. */
const CHUNK = 45000;
const PEOPLE_PREFIX = 'people/';

function packCopies(copies: Record<string, CopyEntry>, groupIndex: Map<string, number>): string {
  const parts: string[] = [];
  for (const [masterId, c] of Object.entries(copies)) {
    const rn = c.resourceName.startsWith(PEOPLE_PREFIX) ? c.resourceName.slice(PEOPLE_PREFIX.length) : '!' + c.resourceName;
    const groups = c.groups.map((g) => groupIndex.get(g) ?? -1).filter((i) => i >= 0).join('.');
    parts.push([masterId, rn, c.etag, String(c.revision), groups, c.adopted ? '1' : ''].join(' '));
  }
  return parts.join('\n');
}

function unpackCopies(text: string, groupList: string[]): Record<string, CopyEntry> {
  const out: Record<string, CopyEntry> = {};
  if (!text) return out;
  for (const line of text.split('\n')) {
    const [masterId, rn, etag, rev, groups, adopted] = line.split(' ');
    if (!masterId || !rn) continue;
    out[masterId] = {
      resourceName: rn.startsWith('!') ? rn.slice(1) : PEOPLE_PREFIX + rn,
      etag: etag ?? '',
      revision: Number(rev) || 0,
      groups: groups ? groups.split('.').map((i) => groupList[Number(i)]).filter((g): g is string => !!g) : [],
      adopted: adopted === '1',
    };
  }
  return out;
}

/** Row: [email, header JSON, copy-map chunk...]. The header says how many chunks follow, so stale cells are ignored. */
export function encodeSyncState(s: AccountSyncState): Row {
  const groupList = Array.from(new Set(Object.values(s.copies).flatMap((c) => c.groups)));
  const groupIndex = new Map(groupList.map((g, i) => [g, i]));
  const packed = packCopies(s.copies, groupIndex);
  const chunks: string[] = [];
  for (let i = 0; i < packed.length; i += CHUNK) chunks.push(packed.slice(i, i + CHUNK));
  const header = {
    syncToken: s.syncToken,
    groups: s.groups,
    groupList,
    contactCount: s.contactCount,
    gatheredCycle: s.gatheredCycle,
    pushedCycle: s.pushedCycle,
    lastSyncAt: s.lastSyncAt,
    lastError: s.lastError,
    chunks: chunks.length,
  };
  return [s.email, JSON.stringify(header), ...chunks];
}

export function decodeSyncState(row: Row): AccountSyncState {
  const email = row[0];
  let h: Partial<AccountSyncState> & { groupList?: string[]; chunks?: number };
  try {
    h = JSON.parse(row[1] || '{}');
  } catch {
    return emptySyncState(email);
  }
  const chunks = row.slice(2, 2 + (h.chunks ?? 0)).join('');
  return {
    email,
    syncToken: h.syncToken ?? null,
    groups: h.groups ?? {},
    copies: unpackCopies(chunks, h.groupList ?? []),
    contactCount: h.contactCount ?? 0,
    gatheredCycle: h.gatheredCycle ?? 0,
    pushedCycle: h.pushedCycle ?? 0,
    lastSyncAt: h.lastSyncAt ?? null,
    lastError: h.lastError ?? '',
  };
}
