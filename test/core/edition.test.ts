import { checkGrant, checkLabelGrowth, Edition, EDITION_RULES, EDITIONS, GrantContext } from '../../src/core/edition';

const ok: GrantContext = { granteeKind: 'user', labelIsDirectory: false, sharedLabelCount: 1, labelContactCount: 10 };

// DESIGN.md section 7, read as a table: ✓ = the grant is allowed, · = UPGRADE_REQUIRED.
type Row = 'external' | 'group' | 'domain' | 'directory label' | 'user';
const ROWS: Record<Row, Partial<GrantContext>> = {
  external: { granteeKind: 'external' },
  group: { granteeKind: 'group' },
  domain: { granteeKind: 'domain' },
  'directory label': { labelIsDirectory: true },
  user: { granteeKind: 'user' },
};
const TABLE: Record<Row, string> = {
  //                 LITE BASIC PRO BUSINESS ENTERPRISE
  external:          '·    ·     ·   ✓        ✓',
  group:             '✓    ·     ✓   ✓        ✓',
  domain:            '·    ✓     ✓   ✓        ✓',
  'directory label': '·    ✓     ✓   ·        ✓',
  user:              '✓    ✓     ✓   ✓        ✓',
};
const CASES: Array<[Row, Edition, boolean]> = (Object.keys(TABLE) as Row[]).flatMap((row) =>
  TABLE[row].split(/\s+/).map((mark, i): [Row, Edition, boolean] => [row, EDITIONS[i], mark === '✓']),
);

describe('checkGrant', () => {
  it.each(CASES)('sharing with %s on %s is allowed: %s', (row, edition, allowed) => {
    const error = checkGrant(edition, { ...ok, ...ROWS[row] });
    if (allowed) expect(error).toBeNull();
    else expect(error?.code).toBe('UPGRADE_REQUIRED');
  });

  it('allows at most 10 shared labels on BASIC, counting the one being shared', () => {
    expect(checkGrant('BASIC', { ...ok, sharedLabelCount: 10 })).toBeNull();
    const error = checkGrant('BASIC', { ...ok, sharedLabelCount: 11 });
    expect(error?.key).toBe('error.edition.sharedLabelLimit');
    expect(error?.params).toMatchObject({ edition: 'BASIC', limit: 10, count: 11 });
    expect(checkGrant('PRO', { ...ok, sharedLabelCount: 500 })).toBeNull();
  });

  it('allows at most 250 contacts in a shared label on BASIC', () => {
    expect(checkGrant('BASIC', { ...ok, labelContactCount: 250 })).toBeNull();
    expect(checkGrant('BASIC', { ...ok, labelContactCount: 251 })?.key).toBe('error.edition.labelContactLimit');
    expect(checkGrant('LITE', { ...ok, labelContactCount: 100000 })).toBeNull();
  });

  it('names the rule and the editions that allow it', () => {
    const error = checkGrant('PRO', { ...ok, granteeKind: 'external' });
    expect(error?.key).toBe('error.edition.external');
    expect(error?.params).toEqual({ edition: 'PRO', rule: 'externalCollaborators', allowedIn: 'BUSINESS, ENTERPRISE' });
    expect(error?.message).toBe(
      'Sharing with people outside your domain is not included in the PRO edition. Upgrade to BUSINESS, ENTERPRISE, or remove the grant.',
    );
  });
});

describe('checkLabelGrowth', () => {
  it('flags a BASIC label that grew past 250 after it was shared', () => {
    expect(checkLabelGrowth('BASIC', 250)).toBeNull();
    expect(checkLabelGrowth('BASIC', 251)?.code).toBe('UPGRADE_REQUIRED');
  });

  it.each(EDITIONS.filter((e) => e !== 'BASIC'))('never flags growth on %s', (edition) => {
    expect(checkLabelGrowth(edition, 1_000_000)).toBeNull();
  });
});

describe('EDITION_RULES', () => {
  it('has a row for every edition and limits only BASIC by count', () => {
    expect(Object.keys(EDITION_RULES).sort()).toEqual([...EDITIONS].sort());
    const counted = EDITIONS.filter((e) => EDITION_RULES[e].maxSharedLabels !== null || EDITION_RULES[e].maxContactsPerSharedLabel !== null);
    expect(counted).toEqual(['BASIC']);
  });
});
