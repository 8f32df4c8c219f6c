// Read-only helpers the cards need beyond the app's queries: each label's health line, contacts across the labels a
// person may see, and which labels hold the addresses of an open message. One store load each, no lock.
// The label ids come from myLabels and sharedWithMe, which decide who sees what; these helpers only aggregate.
import type { AppContext } from '../app/context';
import { contactView, matches, searchText, type ContactView } from '../app/queries/contact-view';
import { read } from '../app/store/transact';
import { normalizeEmail } from '../core/email';
import { ok, type Result } from '../core/errors';
import type { Status } from '../core/status';
import { ATTENTION } from './status-view';

export interface LabelOverview {
  contactCount: number;
  /** Collaborator rows other than the owner's own (0: shared with nobody yet). */
  collaborators: number;
  attention: number;
  invited: number;
  sharing: number;
  /** Filled by a feed: nobody adds or removes contacts by hand. */
  feed: boolean;
  /** The actor's own row: their status and when their copies were last written. */
  own: { status: Status; lastSyncAt: string | null } | null;
  /** The latest sync of any collaborator of the label. */
  lastSyncAt: string | null;
}

export interface Overview {
  labels: Record<string, LabelOverview>;
  /** Lower-cased address -> ids of the given labels holding a contact with that address. */
  holding: Record<string, string[]>;
}

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function overview(ctx: AppContext, labelIds: readonly string[], emails: readonly string[] = []): Result<Overview> {
  const actor = normalizeEmail(ctx.actor);
  const wanted = new Set(emails.map(normalizeEmail));
  return read(ctx, ['labels', 'contacts', 'collaborators'], (model) => {
    const labels: Record<string, LabelOverview> = {};
    const holding: Record<string, string[]> = {};
    for (const id of labelIds) {
      const label = model.label(id);
      if (!label || label.deleted) continue;
      const rows = model.collaboratorsOf(id);
      const mine = rows.find((r) => r.email === actor);
      const contacts = model.contactsOf(id);
      labels[id] = {
        contactCount: contacts.length,
        collaborators: rows.filter((r) => r.grantId !== '').length,
        attention: rows.filter((r) => ATTENTION.has(r.status)).length,
        invited: rows.filter((r) => r.status === 'INVITED').length,
        sharing: rows.filter((r) => r.status === 'SHARING').length,
        feed: label.feed !== null,
        own: mine ? { status: mine.status, lastSyncAt: mine.lastSyncAt } : null,
        lastSyncAt: rows.reduce<string | null>((acc, r) => later(acc, r.lastSyncAt), null),
      };
      if (wanted.size === 0) continue;
      for (const c of contacts) {
        for (const e of c.person.emailAddresses) {
          const email = normalizeEmail(e.value);
          if (!wanted.has(email)) continue;
          const list = (holding[email] ??= []);
          if (!list.includes(id)) list.push(id);
        }
      }
    }
    return ok({ labels, holding });
  });
}

export interface SearchHit {
  contact: ContactView;
  labelIds: string[];
}

/** Contacts of the given labels matching every word of `query`, by name; at most `limit` (and the full count). */
export function searchLabels(ctx: AppContext, labelIds: readonly string[], query: string, limit: number): Result<{ hits: SearchHit[]; total: number }> {
  const visible = new Set(labelIds);
  return read(ctx, ['contacts'], (model) => {
    const seen = new Map<string, SearchHit>();
    for (const id of labelIds) {
      for (const c of model.contactsOf(id)) {
        if (seen.has(c.id) || !matches(searchText(c.person), query)) continue;
        const view = contactView(c, visible);
        seen.set(c.id, { contact: view, labelIds: view.labelIds });
      }
    }
    const all = [...seen.values()].sort((a, b) => a.contact.displayName.localeCompare(b.contact.displayName));
    return ok({ hits: all.slice(0, limit), total: all.length });
  });
}
