// Per-collaborator status (DESIGN.md section 6): one diagnosis from plain facts, and the fixes the sidebar offers for it.

export type Status =
  | 'INVITED'
  | 'SHARING'
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'INSUFFICIENT_LICENSES'
  | 'PARTIALLY_SHARED'
  | 'REVOKED'
  | 'DELETED'
  | 'BANNED'
  | 'UPGRADE_REQUIRED'
  | 'UNKNOWN'
  | 'OVER_QUOTA';

/** In the order of DESIGN.md section 6's table. */
export const STATUSES: readonly Status[] = [
  'INVITED',
  'SHARING',
  'ACTIVE',
  'SUSPENDED',
  'INSUFFICIENT_LICENSES',
  'PARTIALLY_SHARED',
  'REVOKED',
  'DELETED',
  'BANNED',
  'UPGRADE_REQUIRED',
  'UNKNOWN',
  'OVER_QUOTA',
];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** What the Directory (or, for externals, our own records) says about the account. Archived maps to suspended. */
export type AccountState = 'active' | 'suspended' | 'deleted' | 'banned' | 'unknown';

export interface StatusFacts {
  readonly accountState: AccountState;
  readonly isExternal: boolean;
  /** The collaborator opened the add-on and accepted; lets them sync through their own trigger. */
  readonly accepted: boolean;
  /** The user later withdrew the add-on's access (or declined). */
  readonly withdrawn?: boolean;
  /** DWD can act as this user; meaningless for externals, whom DWD never reaches. */
  readonly dwdAuthorized: boolean;
  readonly seated: boolean;
  /** The edition allows this grant now (checkGrant and checkLabelGrowth both pass). */
  readonly editionAllows: boolean;
  readonly overQuota: boolean;
  /** Copies still to write for this collaborator. */
  readonly pendingWrites: boolean | number;
}

/**
 * Priority, highest first, and why:
 * 1. UNKNOWN, DELETED, BANNED, SUSPENDED — the account itself cannot take part; nothing else about the
 *    grant is worth fixing until it can (and "unshare" clears every later problem at once).
 * 2. UPGRADE_REQUIRED — the grant is illegal for the edition: seats, invitations or retries cannot help.
 * 3. INSUFFICIENT_LICENSES — nothing flows without a seat, whatever the collaborator does; an admin must act.
 * 4. REVOKED before INVITED — an access that was given and withdrawn (or DWD not authorised) is a problem
 *    to resolve; INVITED is the normal wait for a first acceptance.
 * 5. OVER_QUOTA before SHARING — a full account keeps writes pending forever; "sharing…" would mislead.
 * 6. SHARING, then ACTIVE.
 * PARTIALLY_SHARED is never a person's status: it summarises a group (see groupStatus).
 */
export function diagnose(facts: StatusFacts): Status {
  switch (facts.accountState) {
    case 'unknown':
      return 'UNKNOWN';
    case 'deleted':
      return 'DELETED';
    case 'banned':
      return 'BANNED';
    case 'suspended':
      return 'SUSPENDED';
    case 'active':
      break;
  }
  if (!facts.editionAllows) return 'UPGRADE_REQUIRED';
  if (!facts.seated) return 'INSUFFICIENT_LICENSES';
  if (facts.withdrawn === true) return 'REVOKED';
  // An internal user is reached by DWD, or by their own trigger once they accepted (as externals are).
  const reachable = facts.accepted || (!facts.isExternal && facts.dwdAuthorized);
  if (!reachable) return facts.isExternal ? 'INVITED' : 'REVOKED';
  if (facts.overQuota) return 'OVER_QUOTA';
  if (facts.pendingWrites === true || (typeof facts.pendingWrites === 'number' && facts.pendingWrites > 0)) {
    return 'SHARING';
  }
  return 'ACTIVE';
}

/**
 * A group grant's summary: ACTIVE when every member is, SHARING while the rest are merely catching up,
 * PARTIALLY_SHARED as soon as one member has a problem. An empty group has nothing to share: ACTIVE.
 */
export function groupStatus(memberStatuses: readonly Status[]): Status {
  if (memberStatuses.every((s) => s === 'ACTIVE')) return 'ACTIVE';
  if (memberStatuses.every((s) => s === 'ACTIVE' || s === 'SHARING')) return 'SHARING';
  return 'PARTIALLY_SHARED';
}

export type FixAction =
  | 'resendInvitation'
  | 'copyInvitationLink'
  | 'syncNow'
  | 'openGroupMembers'
  | 'unshare'
  | 'askAdminUnsuspend'
  | 'buySeats'
  | 'freeSeats'
  | 'adminAuthorize'
  | 'upgrade'
  | 'removeGrant'
  | 'contactSupport'
  | 'checkSpelling'
  | 'askUserCleanUp'
  | 'wait';

/** `needsAdmin`: only a Workspace admin can carry the fix out; the sidebar shows it to others as "ask your admin". */
export interface Fix {
  readonly action: FixAction;
  readonly needsAdmin: boolean;
}

const fix = (action: FixAction, needsAdmin = false): Fix => ({ action, needsAdmin });

/**
 * Exactly the "fix offered" column of DESIGN.md section 6. BANNED's support case is opened by the
 * domain's admin (Workspace support takes cases from admins), hence needsAdmin.
 */
export const FIXES: Readonly<Record<Status, readonly Fix[]>> = {
  INVITED: [fix('resendInvitation'), fix('copyInvitationLink')],
  SHARING: [fix('syncNow'), fix('wait')],
  ACTIVE: [],
  SUSPENDED: [fix('askAdminUnsuspend', true), fix('unshare')],
  INSUFFICIENT_LICENSES: [fix('freeSeats', true), fix('buySeats', true), fix('syncNow')],
  PARTIALLY_SHARED: [fix('openGroupMembers')],
  REVOKED: [fix('resendInvitation'), fix('adminAuthorize', true)],
  DELETED: [fix('unshare')],
  BANNED: [fix('contactSupport', true)],
  UPGRADE_REQUIRED: [fix('upgrade', true), fix('removeGrant')],
  UNKNOWN: [fix('checkSpelling')],
  OVER_QUOTA: [fix('askUserCleanUp'), fix('syncNow')],
};
