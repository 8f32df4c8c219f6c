// Who may do what: the actor's role on a label from live grants (direct, group, domain) and the guards every command runs.
import { AppError, fail, notFound, ok, permissionDenied, Result } from '../core/errors';
import type { Label, MasterContact } from '../core/model';
import { Action, can, highestRole, Role, roleRank } from '../core/role';
import type { DirectoryView } from './directory-view';
import type { Model } from './store/model';

/**
 * Owner if the actor owns it; else the highest role among the grants that reach the actor now: a user or external
 * grant to them, the domain grant if they are a domain user, a group grant if the Directory lists them as a member.
 * Group memberships are asked only while a group could still raise the role, highest-role groups first.
 */
export function roleOnLabel(model: Model, label: Label, actor: string, dir: DirectoryView): Role | null {
  if (label.deleted) return null;
  if (label.owner === actor) return 'owner';
  const grants = model.grantsOf(label.id);
  let best: Role | null = null;
  const groups: Array<{ email: string; role: Role }> = [];
  for (const { grantee, role } of grants) {
    if (grantee.kind === 'group') groups.push({ email: grantee.email, role });
    else if (grantee.kind === 'domain' ? dir.isInternal(actor) : grantee.email === actor)
      best = highestRole([best, role]);
  }
  groups.sort((a, b) => roleRank(b.role) - roleRank(a.role));
  for (const g of groups) {
    if (best !== null && roleRank(best) >= roleRank(g.role)) break;
    if (dir.groupMembers(g.email)?.includes(actor)) best = highestRole([best, g.role]);
  }
  return best;
}

/** The actor's role on a contact: the highest over the live labels that carry it. */
export function roleOnContact(
  model: Model,
  contact: MasterContact,
  actor: string,
  dir: DirectoryView,
): Role | null {
  return highestRole(
    contact.labelIds.map((id) => {
      const label = model.label(id);
      return label ? roleOnLabel(model, label, actor, dir) : null;
    }),
  );
}

const DENIED: Readonly<Record<Action, { key: string; text: string }>> = {
  view: { key: 'error.role.cannotView', text: 'You do not have access to this label.' },
  comment: {
    key: 'error.role.cannotComment',
    text: 'You need at least viewer access to this label to comment.',
  },
  editContact: {
    key: 'error.role.cannotEdit',
    text: 'Your role on this label ({role}) does not allow changing contacts; ask its owner for editor access.',
  },
  addContact: {
    key: 'error.role.cannotAdd',
    text: 'Your role on this label ({role}) does not allow adding contacts; ask its owner for editor access.',
  },
  removeContact: {
    key: 'error.role.cannotRemove',
    text: 'Your role on this label ({role}) does not allow removing contacts; ask its owner for deleter access.',
  },
  deleteContact: {
    key: 'error.role.cannotDelete',
    text: 'Your role on this label ({role}) does not allow deleting contacts; ask its owner for deleter access.',
  },
  share: {
    key: 'error.role.cannotShare',
    text: 'Only the owner or a manager of this label can change who it is shared with.',
  },
  changeGrant: {
    key: 'error.role.cannotShare',
    text: 'Only the owner or a manager of this label can change who it is shared with.',
  },
  removeGrant: {
    key: 'error.role.cannotShare',
    text: 'Only the owner or a manager of this label can change who it is shared with.',
  },
  rename: { key: 'error.role.ownerOnly.rename', text: 'Only the owner of this label can rename it.' },
  deleteLabel: { key: 'error.role.ownerOnly.delete', text: 'Only the owner of this label can delete it.' },
  transfer: {
    key: 'error.role.ownerOnly.transfer',
    text: 'Only the owner of this label can transfer it to someone else.',
  },
  changeAnyGrant: {
    key: 'error.role.ownerOnly.grant',
    text: 'Only the owner of this label can change that grant.',
  },
};

export function denied(action: Action, role: Role | null): AppError {
  const { key, text } = DENIED[action];
  return permissionDenied(key, text, { role: role ?? 'none', action });
}

/**
 * Said for a label that does not exist AND for one the actor cannot see: telling them apart would let anyone probe
 * which ids exist (Google Drive answers the same way).
 */
export function labelNotFound(): AppError {
  return notFound(
    'error.label.notFound',
    'This label does not exist or is not shared with you. Reload the card.',
  );
}

export function contactNotFound(): AppError {
  return notFound(
    'error.contact.notFound',
    'This contact does not exist, was deleted, or is not in a label shared with you. Reload the card.',
  );
}

export interface LabelAccess {
  label: Label;
  role: Role;
}

/** The live label and the actor's role on it, when that role allows `action`. */
export function requireLabel(
  model: Model,
  labelId: string,
  actor: string,
  dir: DirectoryView,
  action: Action,
): Result<LabelAccess> {
  const label = model.label(labelId);
  if (!label || label.deleted) return fail(labelNotFound());
  const role = roleOnLabel(model, label, actor, dir);
  if (role === null) return fail(labelNotFound());
  if (!can(role, action)) return fail(denied(action, role));
  return ok({ label, role });
}

/** A live contact that is in `labelId` (a forged pair of a label and someone else's contact is NOT_FOUND). */
export function contactInLabel(model: Model, contactId: string, labelId: string): Result<MasterContact> {
  const contact = model.contact(contactId);
  if (!contact || contact.deleted || !contact.labelIds.includes(labelId)) return fail(contactNotFound());
  return ok(contact);
}
