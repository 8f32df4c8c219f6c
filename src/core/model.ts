// The records of the backing store (DESIGN.md sections 1 and 5): what a label, grant, master contact, comment and
// collaborator are. Pure data, JSON-serialisable; ids come from an IdSource, times are ISO strings from the Clock port.
// This file is the one definition of these records (core's grant.ts keeps Grantee parsing, audit.ts the AuditEvent).
import type { AuditEvent } from './audit';
import type { Grantee } from './grant';
import type { GrantRole } from './role';
import type { MasterPerson } from './person';
import type { Status } from './status';

export interface Label {
  id: string;
  name: string;
  /** Lower-case email of the owner. */
  owner: string;
  createdAt: string;
  updatedAt: string;
  /** A deleted label keeps its row (tombstone) so the sync can remove its groups and copies everywhere. */
  deleted: boolean;
  /** Set when a feed fills the label one way (DESIGN.md section 8); then copies are read-only for everyone. */
  feed: FeedSpec | null;
}

export type FeedSpec =
  | { kind: 'directory' }
  | { kind: 'csv' | 'sheet'; ref: string }
  | { kind: 'crm'; ref: string; mapping: Record<string, string> };

export interface Grant {
  id: string;
  labelId: string;
  grantee: Grantee;
  role: GrantRole;
  grantedBy: string;
  grantedAt: string;
  /** Also put copies into `myContacts`, which is what phones and Outlook sync. */
  syncToMobile: boolean;
  /** When the grantee accepted (external collaborators must; domain users are accepted at once). */
  acceptedAt: string | null;
  invitedAt: string | null;
}

export interface MasterContact {
  id: string;
  /** Ids of the labels that carry this contact (one copy per user however many labels). */
  labelIds: string[];
  /** Starts at 1; every accepted change adds 1. */
  revision: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deleted: boolean;
  person: MasterPerson;
  /** An owner's own contact adopted into a label: it becomes the owner's copy in place, never duplicated. */
  adoptedFrom: { account: string; resourceName: string } | null;
  /** A feed's stable key for this row (source id or normalised email), so renames update instead of duplicating. */
  feedKey: string | null;
}

/** A past revision of a master contact: kept for the three-way merge's base and for the value that lost a conflict. */
export interface HistoryEntry {
  contactId: string;
  revision: number;
  at: string;
  by: string;
  person: MasterPerson;
  /** Why it was kept: 'revision' (superseded), 'conflict' (the losing side of a merge), 'deleted'. */
  reason: 'revision' | 'conflict' | 'deleted';
}

export interface Comment {
  id: string;
  contactId: string;
  labelId: string;
  at: string;
  by: string;
  text: string;
}

/** One account's effective membership of one label: derived from grants (group grants expand to members). */
export interface Collaborator {
  labelId: string;
  email: string;
  /** The grant that gives this account the label (the highest role wins when several do). */
  grantId: string;
  status: Status;
  /** Why the status is what it is, in English, for the sidebar's detail line and logs. */
  detail: string;
  seated: boolean;
  lastSyncAt: string | null;
}

/** The audit trail stores the core's AuditEvent as it is. */
export type AuditRecord = AuditEvent;
