import { Action, ACTIONS, can, grantableRoles, highestRole, isRole, minRole, Role, ROLE_TABLE, roleAtLeast, ROLES } from '../../src/core/role';

// DESIGN.md section 2, one row per role: ✓ = may.
const COLUMNS: Action[] = [
  'view', 'comment', 'editContact', 'addContact', 'removeContact', 'deleteContact',
  'share', 'changeGrant', 'removeGrant', 'rename', 'deleteLabel', 'transfer', 'changeAnyGrant',
];
const MATRIX: Record<Role, string> = {
  //        view comm edit add  rmv  del  shar chg  rmG  ren  delL xfer any
  viewer:  '✓    ✓    ·    ·    ·    ·    ·    ·    ·    ·    ·    ·    ·',
  editor:  '✓    ✓    ✓    ✓    ·    ·    ·    ·    ·    ·    ·    ·    ·',
  deleter: '✓    ✓    ✓    ✓    ✓    ✓    ·    ·    ·    ·    ·    ·    ·',
  manager: '✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ·    ·    ·    ·',
  owner:   '✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓    ✓',
};
const CASES: Array<[Role, Action, boolean]> = ROLES.flatMap((role) =>
  MATRIX[role].split(/\s+/).map((mark, i): [Role, Action, boolean] => [role, COLUMNS[i], mark === '✓']),
);

describe('ROLE_TABLE', () => {
  it.each(CASES)('a %s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('lists every action exactly once across its rows', () => {
    const listed = ROLES.flatMap((r) => [...ROLE_TABLE[r]]);
    expect([...listed].sort()).toEqual([...COLUMNS].sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect([...ACTIONS].sort()).toEqual([...COLUMNS].sort());
  });

  it('gives each action the role of the row that lists it', () => {
    expect(minRole('comment')).toBe('viewer');
    expect(minRole('deleteContact')).toBe('deleter');
    expect(minRole('changeGrant')).toBe('manager');
    expect(minRole('transfer')).toBe('owner');
  });
});

describe('roleAtLeast', () => {
  it('orders viewer < editor < deleter < manager < owner', () => {
    expect(roleAtLeast('editor', 'viewer')).toBe(true);
    expect(roleAtLeast('deleter', 'manager')).toBe(false);
    expect(roleAtLeast('owner', 'owner')).toBe(true);
  });
});

describe('can', () => {
  it('denies everything when there is no role', () => {
    expect(can(null, 'view')).toBe(false);
    expect(can(undefined, 'comment')).toBe(false);
  });
});

describe('grantableRoles', () => {
  it('lets managers and owners grant up to manager, never owner', () => {
    expect(grantableRoles('manager')).toEqual(['viewer', 'editor', 'deleter', 'manager']);
    expect(grantableRoles('owner')).toEqual(['viewer', 'editor', 'deleter', 'manager']);
  });

  it('gives nothing to roles that cannot share', () => {
    expect(grantableRoles('deleter')).toEqual([]);
    expect(grantableRoles(null)).toEqual([]);
  });
});

describe('highestRole', () => {
  it('picks the strongest of several grants reaching one user', () => {
    expect(highestRole(['viewer', null, 'manager', 'editor'])).toBe('manager');
    expect(highestRole([])).toBeNull();
  });
});

describe('isRole', () => {
  it('accepts only the five role names', () => {
    expect(isRole('deleter')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});
