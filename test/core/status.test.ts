import { diagnose, FixAction, FIXES, groupStatus, isStatus, Status, StatusFacts, STATUSES } from '../../src/core/status';

const healthy: StatusFacts = {
  accountState: 'active',
  isExternal: false,
  accepted: false,
  dwdAuthorized: true,
  seated: true,
  editionAllows: true,
  overQuota: false,
  pendingWrites: 0,
};

// Each status with the facts that produce it, from highest priority to lowest. Every row also carries
// every lower-priority problem, so the row proves its status outranks all of those.
const everyLowerProblem: Partial<StatusFacts> = {
  editionAllows: false,
  seated: false,
  withdrawn: true,
  dwdAuthorized: false,
  overQuota: true,
  pendingWrites: 3,
};
const PRIORITY: Array<[Status, Partial<StatusFacts>]> = [
  ['UNKNOWN', { accountState: 'unknown' }],
  ['DELETED', { accountState: 'deleted' }],
  ['BANNED', { accountState: 'banned' }],
  ['SUSPENDED', { accountState: 'suspended' }],
  ['UPGRADE_REQUIRED', { editionAllows: false }],
  ['INSUFFICIENT_LICENSES', { seated: false }],
  ['REVOKED', { withdrawn: true }],
  ['INVITED', { isExternal: true, accepted: false }],
  ['OVER_QUOTA', { overQuota: true }],
  ['SHARING', { pendingWrites: 3 }],
  ['ACTIVE', {}],
];

describe('diagnose', () => {
  it.each(PRIORITY.map(([status, facts], i) => [status, i, facts] as const))(
    'returns %s when its fact holds together with every lower-priority problem',
    (status, index, facts) => {
      const lower: Partial<StatusFacts> = {};
      const cumulative = PRIORITY.slice(index + 1).reduce((acc, [, f]) => ({ ...acc, ...f }), lower);
      // A fact of a LOWER row may not cancel this row's own fact (INVITED needs accepted: false).
      expect(diagnose({ ...healthy, ...cumulative, ...facts })).toBe(status);
    },
  );

  it('returns REVOKED for an internal user DWD cannot reach who never accepted', () => {
    expect(diagnose({ ...healthy, dwdAuthorized: false })).toBe('REVOKED');
  });

  it('returns ACTIVE for an internal user without DWD who accepted and syncs on their own trigger', () => {
    expect(diagnose({ ...healthy, dwdAuthorized: false, accepted: true })).toBe('ACTIVE');
  });

  it('returns ACTIVE for an external collaborator who accepted', () => {
    expect(diagnose({ ...healthy, isExternal: true, accepted: true, dwdAuthorized: false })).toBe('ACTIVE');
  });

  it('returns REVOKED for an external who accepted and then withdrew', () => {
    expect(diagnose({ ...healthy, isExternal: true, accepted: true, withdrawn: true })).toBe('REVOKED');
  });

  it('reads pendingWrites as a flag or a count', () => {
    expect(diagnose({ ...healthy, pendingWrites: true })).toBe('SHARING');
    expect(diagnose({ ...healthy, pendingWrites: false })).toBe('ACTIVE');
  });

  it('puts the suspended account before the problems of its grant', () => {
    expect(diagnose({ ...healthy, ...everyLowerProblem, accountState: 'suspended' })).toBe('SUSPENDED');
  });

  it('never returns PARTIALLY_SHARED for a person', () => {
    const produced = PRIORITY.map(([, facts]) => diagnose({ ...healthy, ...facts }));
    expect(produced).not.toContain('PARTIALLY_SHARED');
  });
});

describe('groupStatus', () => {
  it('is ACTIVE when every member is ACTIVE', () => {
    expect(groupStatus(['ACTIVE', 'ACTIVE'])).toBe('ACTIVE');
  });

  it('is SHARING when members are ACTIVE or still SHARING', () => {
    expect(groupStatus(['ACTIVE', 'SHARING'])).toBe('SHARING');
  });

  it('is PARTIALLY_SHARED when some member has a problem', () => {
    expect(groupStatus(['ACTIVE', 'SUSPENDED'])).toBe('PARTIALLY_SHARED');
    expect(groupStatus(['SHARING', 'INVITED'])).toBe('PARTIALLY_SHARED');
  });

  it('is ACTIVE for a group with no members', () => {
    expect(groupStatus([])).toBe('ACTIVE');
  });
});

describe('FIXES', () => {
  // DESIGN.md section 6, "fix offered" column; * = needs an admin.
  const SECTION_6: Record<Status, string> = {
    INVITED: 'resendInvitation copyInvitationLink',
    SHARING: 'syncNow wait',
    ACTIVE: '',
    SUSPENDED: 'askAdminUnsuspend* unshare',
    INSUFFICIENT_LICENSES: 'freeSeats* buySeats* syncNow',
    PARTIALLY_SHARED: 'openGroupMembers',
    REVOKED: 'resendInvitation adminAuthorize*',
    DELETED: 'unshare',
    BANNED: 'contactSupport*',
    UPGRADE_REQUIRED: 'upgrade* removeGrant',
    UNKNOWN: 'checkSpelling',
    OVER_QUOTA: 'askUserCleanUp syncNow',
  };

  it.each(STATUSES)('offers exactly the fixes of section 6 for %s', (status) => {
    const expected = SECTION_6[status]
      .split(' ')
      .filter((w) => w !== '')
      .map((w) => ({ action: w.replace('*', '') as FixAction, needsAdmin: w.endsWith('*') }));
    expect(FIXES[status]).toEqual(expected);
  });

  it('covers all twelve statuses', () => {
    expect(STATUSES).toHaveLength(12);
    expect(Object.keys(FIXES).sort()).toEqual([...STATUSES].sort());
  });
});

describe('isStatus', () => {
  it('accepts the twelve codes only', () => {
    expect(STATUSES.every(isStatus)).toBe(true);
    expect(isStatus('PENDING')).toBe(false);
  });
});
