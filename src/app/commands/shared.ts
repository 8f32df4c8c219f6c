// Helpers several commands share: which tables a grant change loads, label-name uniqueness, the feed guard, admin check.
import { EDITION_RULES, Edition } from '../../core/edition';
import { AppError, failedPrecondition, permissionDenied } from '../../core/errors';
import { labelNameKey } from '../../core/label';
import type { Label, MasterContact } from '../../core/model';
import type { TableName } from '../../core/ports/store';
import type { SeatCount } from '../../core/seats';
import { recomputeCollaborators } from '../collaborators';
import type { Env } from '../env';
import type { Model } from '../store/model';

/**
 * What a command that changes who receives a label loads: the grants and labels of the whole domain (seats and the
 * BASIC shared-label cap are domain-wide), the collaborators, and the contacts only when the edition caps a shared
 * label's size (the contact table is the largest).
 */
export function grantTables(edition: Edition, ...extra: TableName[]): TableName[] {
  const tables: TableName[] = ['labels', 'grants', 'collaborators', ...extra];
  if (EDITION_RULES[edition].maxContactsPerSharedLabel !== null && !tables.includes('contacts'))
    tables.push('contacts');
  return tables;
}

/** Whether a contact-count change can change statuses (BASIC's 250-contact cap): then collaborators are reloaded too. */
export function contactTables(edition: Edition, ...base: TableName[]): TableName[] {
  return EDITION_RULES[edition].maxContactsPerSharedLabel === null
    ? base
    : [...new Set<TableName>([...base, 'collaborators'])];
}

/** After a label's contact count changed: re-apply the edition's size cap to its collaborators, if there is one. */
export function refreshAfterCountChange(model: Model, env: Env, edition: Edition, seats: SeatCount): void {
  if (EDITION_RULES[edition].maxContactsPerSharedLabel === null) return;
  recomputeCollaborators(model, env, { edition, seats, expand: new Set() });
}

/** Names are unique per owner, compared as a person would ("Clients" = "clients "). */
export function nameTaken(model: Model, owner: string, name: string, exceptId?: string): boolean {
  const key = labelNameKey(name);
  return model
    .labelsOwnedBy(owner)
    .some((l) => !l.deleted && l.id !== exceptId && labelNameKey(l.name) === key);
}

/** A feed fills the label one way (DESIGN.md section 8): nobody edits its contacts by hand. */
export function feedRefusal(label: Label): AppError | null {
  if (label.feed === null) return null;
  return failedPrecondition(
    'error.label.feedReadOnly',
    'The contacts of "{name}" come from a feed ({feed}) and cannot be changed by hand; change them at the source.',
    { name: label.name, feed: label.feed.kind },
  );
}

export function contactFeedRefusal(model: Model, contact: MasterContact): AppError | null {
  for (const id of contact.labelIds) {
    const label = model.label(id);
    if (label && !label.deleted) {
      const refusal = feedRefusal(label);
      if (refusal) return refusal;
    }
  }
  return contact.feedKey === null
    ? null
    : failedPrecondition(
        'error.contact.feedReadOnly',
        'This contact comes from a feed and cannot be changed by hand; change it at the source.',
      );
}

export function adminRefusal(env: Env): AppError | null {
  return env.dir.isAdmin(env.actor)
    ? null
    : permissionDenied('error.admin.only', 'Only a Google Workspace admin of your domain can do this.');
}
