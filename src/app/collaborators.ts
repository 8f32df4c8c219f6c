// The collaborators table recomputed from grants: group and domain grants expanded, seats in grant order, statuses diagnosed.
import { checkGrant, Edition, EDITION_RULES } from '../core/edition';
import type { Collaborator, Grant, Label } from '../core/model';
import { highestRole, Role, roleRank } from '../core/role';
import { assignSeats, SeatCandidate, SeatCount } from '../core/seats';
import type { AccountState } from '../core/status';
import { compareTimestamps } from '../core/time';
import { detailFor, KnownFacts, statusFor, storedAccountState } from './collaborator-status';
import type { Env } from './env';
import type { Model } from './store/model';

interface Member extends Omit<KnownFacts, 'seated' | 'editionRefusal'> {
  email: string;
  /** The grant that gives the highest role; '' for the owner. */
  grantId: string;
  role: Role;
  /** When this account first received the label (seat order). */
  firstGrantAt: string;
}

/** Group sizes above which listing every user once is cheaper than one Directory lookup per member. */
const LIST_USERS_ABOVE = 25;

export interface RecomputeOptions {
  edition: Edition;
  seats: SeatCount;
  /** Labels whose membership is re-read from the Directory; every other label keeps its members and only has seats and edition re-applied. */
  expand: ReadonlySet<string>;
}

function isShared(model: Model, label: Label): boolean {
  return !label.deleted && model.grantsOf(label.id).length > 0;
}

function firstGrantAt(grants: readonly Grant[]): string | null {
  let first: string | null = null;
  for (const g of grants)
    if (first === null || compareTimestamps(g.grantedAt, first) < 0) first = g.grantedAt;
  return first;
}

function merge(into: Map<string, Member>, m: Member): void {
  const seen = into.get(m.email);
  if (!seen) {
    into.set(m.email, m);
    return;
  }
  const higher = roleRank(m.role) > roleRank(seen.role) ? m : seen;
  into.set(m.email, {
    ...higher,
    role: highestRole([m.role, seen.role]) ?? higher.role,
    firstGrantAt:
      compareTimestamps(m.firstGrantAt, seen.firstGrantAt) < 0 ? m.firstGrantAt : seen.firstGrantAt,
    accepted: m.accepted || seen.accepted,
    isExternal: m.isExternal && seen.isExternal,
  });
}

/** Every account the label reaches now, per the Directory. */
function expandLabel(model: Model, env: Env, label: Label): Member[] {
  const grants = model.grantsOf(label.id);
  const members = new Map<string, Member>();
  const dir = env.dir;
  let groupSizes = 0;
  for (const g of grants)
    if (g.grantee.kind === 'group') groupSizes += dir.groupMembers(g.grantee.email)?.length ?? 0;
  if (grants.some((g) => g.grantee.kind === 'domain') || groupSizes > LIST_USERS_ABOVE) dir.listUsers();

  const internalState = (email: string): AccountState => {
    const state = dir.accountState(email);
    // The Directory says nothing of deleted users; an account we had seen that vanished was deleted, not mistyped.
    const previous = model.collaborator(label.id, email);
    return state === 'unknown' && previous !== undefined && previous.status !== 'UNKNOWN' ? 'deleted' : state;
  };
  const person = (email: string, g: Grant, isExternal: boolean): Member => ({
    email,
    grantId: g.id,
    role: g.role,
    firstGrantAt: g.grantedAt,
    isExternal,
    accepted: g.acceptedAt !== null,
    accountState: isExternal ? 'active' : internalState(email),
  });

  for (const g of grants) {
    const grantee = g.grantee;
    if (grantee.kind === 'domain') {
      for (const u of dir.listUsers()) merge(members, person(u.email.toLowerCase(), g, false));
    } else if (grantee.kind === 'group') {
      const list = dir.groupMembers(grantee.email);
      // A group that no longer exists is one UNKNOWN row under its own address, so the grant shows "check the spelling".
      if (list === null) merge(members, { ...person(grantee.email, g, false), accountState: 'unknown' });
      else for (const email of list) merge(members, person(email, g, !dir.isInternal(email)));
    } else {
      merge(members, person(grantee.email, g, grantee.kind === 'external'));
    }
  }
  const shared = firstGrantAt(grants);
  const owner: Member = {
    email: label.owner,
    grantId: '',
    role: 'owner',
    firstGrantAt: shared ?? label.createdAt,
    isExternal: false,
    accepted: true,
    accountState: env.actor === label.owner ? 'active' : internalState(label.owner),
  };
  members.delete(label.owner);
  members.set(owner.email, owner);
  return [...members.values()];
}

/** Members as the stored rows describe them, for labels this command does not re-expand. */
function storedMembers(model: Model, label: Label): Member[] {
  const grants = model.grantsOf(label.id);
  const shared = firstGrantAt(grants);
  const out: Member[] = [];
  for (const row of model.collaboratorsOf(label.id)) {
    const grant = row.grantId === '' ? undefined : model.grant(row.grantId);
    if (row.grantId !== '' && (grant === undefined || grant.labelId !== label.id)) continue;
    // The earliest grant that surely reaches the account: its own grant, a direct grant, the domain grant.
    const reaching = grants.filter(
      (g) =>
        g.id === row.grantId ||
        (g.grantee.kind !== 'domain' && g.grantee.email === row.email) ||
        (g.grantee.kind === 'domain' && grant !== undefined && grant.grantee.kind !== 'external'),
    );
    out.push({
      email: row.email,
      grantId: row.grantId,
      role: grant?.role ?? 'owner',
      firstGrantAt:
        grant === undefined ? (shared ?? label.createdAt) : (firstGrantAt(reaching) ?? grant.grantedAt),
      isExternal: grant?.grantee.kind === 'external',
      accepted: grant === undefined || grant.acceptedAt !== null,
      accountState: storedAccountState(row),
    });
  }
  return out;
}

/**
 * Active accounts take a seat; a suspended, deleted or banned one only keeps the seat it already held (DESIGN.md
 * section 7), so a domain grant does not hand seats to every suspended account of the domain. Unknown addresses are
 * not accounts and never hold one.
 */
function wantsSeat(m: Member, previous: Collaborator | undefined): boolean {
  if (m.accountState === 'active') return true;
  return m.accountState !== 'unknown' && previous !== undefined && previous.seated;
}

/** The order labels became shared in: on BASIC only the first ten shared labels may stay shared. */
function sharedRanks(model: Model): Map<string, number> {
  const shared = model
    .labels()
    .filter((l) => isShared(model, l))
    .map((l) => ({ id: l.id, at: firstGrantAt(model.grantsOf(l.id)) ?? l.createdAt }))
    .sort((a, b) => compareTimestamps(a.at, b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(shared.map((l, i) => [l.id, i + 1]));
}

/**
 * Rewrites the collaborators of every live label so that they match the grants: the labels in `expand` from the
 * Directory, the others from their stored rows. Seats are assigned across the whole domain in grant order (a freed seat
 * goes to the earliest waiting account, whichever label it is on). An account that stops being a collaborator loses its
 * row; the sync, which keeps per account the label groups it made (syncState), removes that label's group and copies
 * from the account at its next visit.
 */
export function recomputeCollaborators(model: Model, env: Env, opts: RecomputeOptions): void {
  const limit = EDITION_RULES[opts.edition].maxContactsPerSharedLabel;
  if (limit !== null && !model.isLoaded('contacts'))
    throw new Error('recomputeCollaborators: load contacts to check the edition limit.');
  const ranks = sharedRanks(model);
  const plan = new Map<string, Member[]>();
  for (const label of model.labels()) {
    if (label.deleted) {
      if (opts.expand.has(label.id)) plan.set(label.id, []);
      continue;
    }
    plan.set(
      label.id,
      opts.expand.has(label.id) ? expandLabel(model, env, label) : storedMembers(model, label),
    );
  }

  const candidates: SeatCandidate[] = [];
  for (const [labelId, members] of plan) {
    const label = model.label(labelId);
    if (!label || !isShared(model, label)) continue;
    for (const m of members)
      if (wantsSeat(m, model.collaborator(labelId, m.email)))
        candidates.push({ email: m.email, firstGrantAt: m.firstGrantAt });
  }
  const seats = assignSeats({ accounts: candidates, seats: opts.seats });

  for (const [labelId, members] of plan) {
    const label = model.label(labelId);
    if (!label) continue;
    const shared = isShared(model, label);
    const contactCount = limit === null ? 0 : model.contactsOf(label.id).length;
    const refusals = new Map<string, string | null>();
    const refusalOf = (grantId: string): string | null => {
      const grant = grantId === '' ? undefined : model.grant(grantId);
      if (grant === undefined) return null;
      let refusal = refusals.get(grantId);
      if (refusal === undefined) {
        const error = checkGrant(opts.edition, {
          granteeKind: grant.grantee.kind,
          labelIsDirectory: label.feed?.kind === 'directory',
          sharedLabelCount: ranks.get(label.id) ?? 1,
          labelContactCount: contactCount,
        });
        refusal = error === null ? null : error.message;
        refusals.set(grantId, refusal);
      }
      return refusal;
    };
    const keep = new Set<string>();
    for (const m of members) {
      keep.add(m.email);
      // An unshared label needs no seat: its owner is "seated" for the purpose of receiving their own label.
      const facts: KnownFacts = {
        accountState: m.accountState,
        isExternal: m.isExternal,
        accepted: m.accepted,
        seated: !shared || seats.seated.has(m.email),
        editionRefusal: refusalOf(m.grantId),
      };
      const previous = model.collaborator(label.id, m.email);
      const status = statusFor(facts, previous);
      const row: Collaborator = {
        labelId: label.id,
        email: m.email,
        grantId: m.grantId,
        status,
        detail: detailFor(status, facts, previous),
        seated: facts.seated,
        lastSyncAt: previous?.lastSyncAt ?? null,
      };
      model.putCollaborator(row);
    }
    if (!opts.expand.has(label.id)) continue;
    for (const gone of model.collaboratorsOf(label.id)) {
      if (!keep.has(gone.email)) model.removeCollaborator(label.id, gone.email);
    }
  }
}

/** The emails of `model`'s collaborators of a label that hold no seat: for a share command's answer. */
export function unseatedOf(model: Model, labelId: string): string[] {
  return model
    .collaboratorsOf(labelId)
    .filter((c) => c.status === 'INSUFFICIENT_LICENSES')
    .map((c) => c.email);
}
