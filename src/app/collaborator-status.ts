// A collaborator's status from the facts a command knows (Directory, seats, edition, acceptance), before any sync has run.
import type { Collaborator } from '../core/model';
import { AccountState, diagnose, Status } from '../core/status';

export interface KnownFacts {
  accountState: AccountState;
  isExternal: boolean;
  accepted: boolean;
  seated: boolean;
  /** null when the edition allows the grant; else the UPGRADE_REQUIRED message, shown as the detail. */
  editionRefusal: string | null;
}

/** Statuses only the sync can observe (copies all written; the account full): a grant edit does not undo them. */
const SYNC_OWNED: ReadonlySet<Status> = new Set<Status>(['ACTIVE', 'OVER_QUOTA']);

/** Statuses about the account itself, which only a Directory read can change. */
export const ACCOUNT_STATUSES: ReadonlySet<Status> = new Set<Status>([
  'UNKNOWN',
  'DELETED',
  'BANNED',
  'SUSPENDED',
]);

/**
 * core's diagnosis with what is known now: DWD assumed to work and writes assumed pending (nothing is synced yet, so a
 * reachable, seated, allowed collaborator is SHARING) — unless the last sync already found them ACTIVE or OVER_QUOTA
 * and nothing about their access changed, which the sync will re-check anyway.
 */
export function statusFor(facts: KnownFacts, previous: Collaborator | undefined): Status {
  const status = diagnose({
    accountState: facts.accountState,
    isExternal: facts.isExternal,
    accepted: facts.accepted,
    dwdAuthorized: true,
    seated: facts.seated,
    editionAllows: facts.editionRefusal === null,
    overQuota: false,
    pendingWrites: true,
  });
  if (status === 'SHARING' && previous !== undefined && previous.seated && SYNC_OWNED.has(previous.status))
    return previous.status;
  return status;
}

const DETAIL: Readonly<Record<Status, string>> = {
  INVITED: 'Invited: waiting for them to open Shared Labels and accept.',
  SHARING: 'Copies are being written; this takes until the next sync.',
  ACTIVE: 'All copies are up to date.',
  SUSPENDED: 'The account is suspended in the Admin console; it keeps its seat until unshared.',
  INSUFFICIENT_LICENSES:
    'No free seat for this account: it receives nothing until a seat is freed or bought.',
  PARTIALLY_SHARED: 'Some members of the group are not up to date.',
  REVOKED: 'Access was withdrawn, or the app is not authorised for this account.',
  DELETED: 'The account no longer exists; it keeps its seat until unshared.',
  BANNED: 'Google disabled this account.',
  UPGRADE_REQUIRED: 'The edition does not allow this grant.',
  UNKNOWN: 'There is no such user or group in the domain; check the spelling.',
  OVER_QUOTA: 'The account has reached its contact limit.',
};

/** The English line the sidebar shows under the status (the UI translates by status code). */
export function detailFor(
  status: Status,
  facts: Pick<KnownFacts, 'editionRefusal'>,
  previous: Collaborator | undefined,
): string {
  if (status === 'UPGRADE_REQUIRED' && facts.editionRefusal !== null) return facts.editionRefusal;
  if (previous !== undefined && previous.status === status && SYNC_OWNED.has(status)) return previous.detail;
  return DETAIL[status];
}

/** The facts a stored row still vouches for, when a command changes only seats or the edition (no Directory read). */
export function storedAccountState(row: Collaborator): AccountState {
  switch (row.status) {
    case 'UNKNOWN':
      return 'unknown';
    case 'DELETED':
      return 'deleted';
    case 'BANNED':
      return 'banned';
    case 'SUSPENDED':
      return 'suspended';
    default:
      // Every other status is diagnosed only after the account was found active.
      return 'active';
  }
}
