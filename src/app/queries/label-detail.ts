// Query: one label as its card shows it — a page of its contacts (with search), its grants with statuses, its collaborators.
import { fail, invalidArgument, ok, Result } from '../../core/errors';
import type { Collaborator, Grant, Label } from '../../core/model';
import type { Role } from '../../core/role';
import { groupStatus, Status } from '../../core/status';
import type { AppContext } from '../context';
import { guard } from '../guard';
import { requireLabel } from '../access';
import { envOf } from '../env';
import { id, int, optional, parseInput, text } from '../input';
import type { Model } from '../store/model';
import { read } from '../store/transact';
import { ContactView, contactView, matches, searchText } from './contact-view';

export interface GrantRow {
  grant: Grant;
  status: Status;
  /** Accounts this grant is the effective one for (a group's or the domain's members). */
  members: number;
}

export interface LabelDetailOutput {
  label: Label;
  role: Role;
  contacts: ContactView[];
  /** Contacts matching the search, all pages together. */
  total: number;
  /** Pass back as `pageToken` for the next page; null on the last page. */
  nextPageToken: string | null;
  grants: GrantRow[];
  collaborators: Collaborator[];
}

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;

const SHAPE = {
  labelId: id(),
  pageSize: optional(int({ min: 1, max: PAGE_SIZE_MAX }), PAGE_SIZE_DEFAULT),
  pageToken: optional(text({ max: 12 }), '0'),
  search: optional(text({ max: 200 }), ''),
};

/** A user or external grant shows its account's status; a group or the domain summarises its members'. */
function grantStatus(model: Model, grant: Grant): { status: Status; members: number } {
  const rows = model.collaboratorsOf(grant.labelId).filter((c) => c.grantId === grant.id);
  if (grant.grantee.kind === 'user' || grant.grantee.kind === 'external') {
    const email = grant.grantee.email;
    const own = model.collaborator(grant.labelId, email);
    return { status: own?.status ?? 'SHARING', members: rows.length };
  }
  if (
    grant.grantee.kind === 'group' &&
    rows.length === 1 &&
    rows[0].email === grant.grantee.email &&
    rows[0].status === 'UNKNOWN'
  ) {
    return { status: 'UNKNOWN', members: 0 };
  }
  return { status: groupStatus(rows.map((r) => r.status)), members: rows.length };
}

export function labelDetail(ctx: AppContext, input: unknown): Result<LabelDetailOutput> {
  return guard(() => {
    const parsed = parseInput(input, SHAPE);
    if (!parsed.ok) return parsed;
    const { labelId, pageSize, pageToken, search } = parsed.value;
    if (!/^\d{1,9}$/.test(pageToken)) {
      return fail(
        invalidArgument(
          'error.input.badPageToken',
          'The page of contacts asked for does not exist; reload the card.',
        ),
      );
    }
    const offset = Number(pageToken);
    const env = envOf(ctx);
    return read(ctx, ['labels', 'grants', 'contacts', 'collaborators'], (model) => {
      const access = requireLabel(model, labelId, env.actor, env.dir, 'view');
      if (!access.ok) return access;
      const { label, role } = access.value;
      const visible = new Set([label.id]);
      const all = model
        .contactsOf(label.id)
        .filter((c) => search.trim() === '' || matches(searchText(c.person), search))
        .map((c) => contactView(c, visible))
        .sort((a, b) => a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : 1));
      const page = all.slice(offset, offset + pageSize);
      const next = offset + pageSize < all.length ? String(offset + pageSize) : null;
      const grants = model
        .grantsOf(label.id)
        .sort((a, b) => (a.grantedAt < b.grantedAt ? -1 : a.grantedAt > b.grantedAt ? 1 : 0))
        .map((grant) => ({ grant, ...grantStatus(model, grant) }));
      const collaborators = model.collaboratorsOf(label.id).sort((a, b) => a.email.localeCompare(b.email));
      return ok({
        label,
        role,
        contacts: page,
        total: all.length,
        nextPageToken: next,
        grants,
        collaborators,
      });
    });
  });
}
