// Step 3 of a sync cycle: accept what each role allows into the masters (DESIGN.md sections 2 and 9); the rest is
// put back at the push. Pure: it works on the masters it is given and returns what changed.
import { auditEvent, type AuditEvent } from '../../core/audit';
import { mergePerson } from '../../core/merge';
import type { HistoryEntry, Label, MasterContact } from '../../core/model';
import type { MasterPerson } from '../../core/person';
import { diffFields } from '../../core/merge';
import { can, highestRole, type Action, type Role } from '../../core/role';
import type { LocalChange } from './classify';

export interface AcceptInput {
  masters: ReadonlyMap<string, MasterContact>;
  labels: ReadonlyMap<string, Label>;
  /** The user's role on a label (owner, or the highest grant that reaches them), or null. */
  roleOn(user: string, labelId: string): Role | null;
  /** The master as it was at a past revision, for the merge base. */
  historyPerson(contactId: string, revision: number): MasterPerson | null;
  now: string;
  newId(prefix: string): string;
}

/** How a refused change is undone at the push: rewrite the copy, recreate it, or put it back into the label's group. */
export type PutBack =
  | { user: string; masterId: string; kind: 'rewrite' }
  | { user: string; masterId: string; kind: 'recreate' }
  | { user: string; masterId: string; kind: 'regroup'; labelId: string };

export interface AcceptResult {
  /** Masters that changed or were created, by id. */
  changed: Map<string, MasterContact>;
  history: HistoryEntry[];
  audit: AuditEvent[];
  putBack: PutBack[];
  /** Contacts a user put into a label's group that became masters: that contact is their copy, in place. */
  adopted: Array<{ user: string; masterId: string; resourceName: string; etag: string }>;
  /**
   * Edits accepted whose copy already equals the master at `revision`: no write needed while the master stays there.
   * A later change in the same cycle (another user's edit) moves the master on, and the copy must then be written.
   */
  current: Array<{ user: string; masterId: string; revision: number }>;
}

function live(labels: ReadonlyMap<string, Label>, id: string): Label | undefined {
  const l = labels.get(id);
  return l && !l.deleted ? l : undefined;
}

/** A feed owns its labels' contents: nobody's edit in Google reaches a feed-filled contact. */
function readOnly(m: MasterContact, labels: ReadonlyMap<string, Label>): boolean {
  return m.feedKey !== null || m.labelIds.some((id) => live(labels, id)?.feed);
}

/** The user's strongest role over the labels that carry the contact and reach them. */
function roleOnContact(input: AcceptInput, user: string, m: MasterContact): Role | null {
  return highestRole(m.labelIds.filter((id) => live(input.labels, id)).map((id) => input.roleOn(user, id)));
}

/** Applies every collaborator's changes in time order, each checked against that collaborator's role. */
export function acceptChanges(input: AcceptInput, changes: readonly LocalChange[]): AcceptResult {
  const out: AcceptResult = { changed: new Map(), history: [], audit: [], putBack: [], adopted: [], current: [] };
  const get = (id: string) => out.changed.get(id) ?? input.masters.get(id);
  const allowed = (role: Role | null, action: Action) => can(role, action);
  const sorted = [...changes].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const adoptedResources = new Map<string, string>();
  // A revision this very call replaced is not in the stored history yet: the base of a second edit may be there.
  const pastPerson = (id: string, revision: number) =>
    out.history.find((h) => h.contactId === id && h.revision === revision && h.reason === 'revision')?.person ?? input.historyPerson(id, revision);

  // Contacts already made masters by an earlier run, which was killed before it could tag them: the read shows them
  // untagged in the label's group again, and they must get that master back, not a second one.
  const adoptedBefore = new Map<string, string>();
  if (changes.some((c) => c.kind === 'newInLabel')) {
    for (const m of input.masters.values()) if (m.adoptedFrom && !m.deleted) adoptedBefore.set(`${m.adoptedFrom.account}|${m.adoptedFrom.resourceName}`, m.id);
  }

  for (const c of sorted) {
    if (c.kind === 'newInLabel') {
      const label = live(input.labels, c.labelId);
      const key = `${c.user}|${c.resourceName}`;
      const before = adoptedResources.has(key) ? undefined : adoptedBefore.get(key);
      if (before) {
        adoptedResources.set(key, before);
        out.adopted.push({ user: c.user, masterId: before, resourceName: c.resourceName, etag: c.etag });
      }
      const existing = adoptedResources.get(key);
      if (existing) {
        // The same contact put into a second label's group (in this cycle or before): one master, two labels.
        const m = get(existing)!;
        if (label && !label.feed && allowed(input.roleOn(c.user, c.labelId), 'addContact') && !m.labelIds.includes(c.labelId)) {
          out.changed.set(m.id, { ...m, labelIds: [...m.labelIds, c.labelId] });
        }
        continue;
      }
      // A viewer's own contact stays theirs: nothing reaches the master and nothing of theirs is touched.
      if (!label || label.feed || !allowed(input.roleOn(c.user, c.labelId), 'addContact')) continue;
      const id = input.newId('ctc_');
      const m: MasterContact = {
        id,
        labelIds: [c.labelId],
        revision: 1,
        createdAt: input.now,
        createdBy: c.user,
        updatedAt: input.now,
        updatedBy: c.user,
        deleted: false,
        person: c.person,
        adoptedFrom: { account: c.user, resourceName: c.resourceName },
        feedKey: null,
      };
      out.changed.set(id, m);
      adoptedResources.set(key, id);
      out.adopted.push({ user: c.user, masterId: id, resourceName: c.resourceName, etag: c.etag });
      out.audit.push(auditEvent({ at: input.now, actor: c.user, action: 'contact.add', label: c.labelId, target: id, detail: { via: 'google' } }));
      continue;
    }

    const m = get(c.masterId);
    if (!m || m.deleted) continue;
    const role = roleOnContact(input, c.user, m);
    if (c.kind === 'edit') {
      if (readOnly(m, input.labels) || !allowed(role, 'editContact')) {
        out.putBack.push({ user: c.user, masterId: m.id, kind: 'rewrite' });
        continue;
      }
      const base = c.baseRevision === m.revision ? m.person : pastPerson(m.id, c.baseRevision);
      const { merged, conflicts } = mergePerson({ base, mine: c.person, theirs: m.person, mineAt: c.at, theirsAt: m.updatedAt });
      if (diffFields(merged, m.person).length === 0) {
        // Nothing new for the master (e.g. the same edit made elsewhere); the copy still needs the current tag. When a
        // later change of the same fields won, the user's value is still kept in history (DESIGN.md section 9).
        if (conflicts.length > 0) {
          out.history.push({ contactId: m.id, revision: m.revision, at: input.now, by: c.user, person: { ...c.person }, reason: 'conflict' });
        }
        if (diffFields(merged, c.person).length === 0) out.current.push({ user: c.user, masterId: m.id, revision: m.revision });
        else out.putBack.push({ user: c.user, masterId: m.id, kind: 'rewrite' });
        continue;
      }
      out.history.push({ contactId: m.id, revision: m.revision, at: m.updatedAt, by: m.updatedBy, person: m.person, reason: 'revision' });
      for (const k of conflicts) {
        const loser: MasterPerson = { ...(k.keptFrom === 'mine' ? m.person : c.person) };
        out.history.push({ contactId: m.id, revision: m.revision, at: input.now, by: k.keptFrom === 'mine' ? m.updatedBy : c.user, person: loser, reason: 'conflict' });
      }
      out.changed.set(m.id, { ...m, person: merged, revision: m.revision + 1, updatedAt: c.at > m.updatedAt ? c.at : input.now, updatedBy: c.user });
      if (diffFields(merged, c.person).length === 0) out.current.push({ user: c.user, masterId: m.id, revision: m.revision + 1 });
      out.audit.push(auditEvent({ at: input.now, actor: c.user, action: 'contact.edit', target: m.id, detail: { via: 'google', conflicts: conflicts.length } }));
    } else if (c.kind === 'delete') {
      if (readOnly(m, input.labels) || !allowed(role, 'deleteContact')) {
        out.putBack.push({ user: c.user, masterId: m.id, kind: 'recreate' });
        continue;
      }
      out.history.push({ contactId: m.id, revision: m.revision, at: input.now, by: c.user, person: m.person, reason: 'deleted' });
      out.changed.set(m.id, { ...m, deleted: true, revision: m.revision + 1, updatedAt: input.now, updatedBy: c.user });
      out.audit.push(auditEvent({ at: input.now, actor: c.user, action: 'contact.delete', target: m.id, detail: { via: 'google' } }));
    } else {
      const label = live(input.labels, c.labelId);
      if (!label || !m.labelIds.includes(c.labelId)) continue;
      if (label.feed || !allowed(input.roleOn(c.user, c.labelId), 'removeContact')) {
        out.putBack.push({ user: c.user, masterId: m.id, kind: 'regroup', labelId: c.labelId });
        continue;
      }
      const labelIds = m.labelIds.filter((id) => id !== c.labelId);
      const next: MasterContact = { ...m, labelIds, revision: m.revision + 1, updatedAt: input.now, updatedBy: c.user };
      if (labelIds.length === 0) next.deleted = true;
      out.changed.set(m.id, next);
      out.audit.push(auditEvent({ at: input.now, actor: c.user, action: 'contact.remove', label: c.labelId, target: m.id, detail: { via: 'google' } }));
    }
  }
  return out;
}
