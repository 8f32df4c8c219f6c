// Roles and what each may do (DESIGN.md section 2), as one table so the UI, the app and the tests read the same rules.

export type Role = 'viewer' | 'editor' | 'deleter' | 'manager' | 'owner';

/** Lowest first: each role includes every role before it. */
export const ROLES: readonly Role[] = ['viewer', 'editor', 'deleter', 'manager', 'owner'];

/** A grant never carries `owner`: ownership moves only by `transfer`. */
export type GrantRole = Exclude<Role, 'owner'>;

export const GRANT_ROLES: readonly GrantRole[] = ['viewer', 'editor', 'deleter', 'manager'];

/**
 * The actions each role ADDS to the role before it, row for row as in DESIGN.md section 2.
 * A manager may change or remove any grant below owner — which includes another manager's grant;
 * only the owner's position is out of a manager's reach. `changeAnyGrant` is the owner's extra.
 */
export const ROLE_TABLE = {
  viewer: ['view', 'comment'],
  editor: ['editContact', 'addContact'],
  deleter: ['removeContact', 'deleteContact'],
  manager: ['share', 'changeGrant', 'removeGrant'],
  owner: ['rename', 'deleteLabel', 'transfer', 'changeAnyGrant'],
} as const satisfies Record<Role, readonly string[]>;

/** Derived from the table, so an action exists only if some row grants it. */
export type Action = (typeof ROLE_TABLE)[Role][number];

export const ACTIONS: readonly Action[] = ROLES.flatMap((role): readonly Action[] => ROLE_TABLE[role]);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isGrantRole(value: unknown): value is GrantRole {
  return typeof value === 'string' && (GRANT_ROLES as readonly string[]).includes(value);
}

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return roleRank(role) >= roleRank(minimum);
}

/** The lowest role whose row (or an earlier row) lists `action`. */
export function minRole(action: Action): Role {
  for (const role of ROLES) {
    if ((ROLE_TABLE[role] as readonly Action[]).includes(action)) return role;
  }
  // Unreachable: Action is derived from ROLE_TABLE.
  return 'owner';
}

export function can(role: Role | null | undefined, action: Action): boolean {
  return role != null && roleAtLeast(role, minRole(action));
}

/** Roles `role` may hand out: managers and owners share "at any role up to manager". */
export function grantableRoles(role: Role | null | undefined): readonly GrantRole[] {
  return can(role, 'share') ? GRANT_ROLES : [];
}

/** A user reached by several grants (directly, through groups, the domain) acts with the highest. */
export function highestRole(roles: ReadonlyArray<Role | null | undefined>): Role | null {
  let best: Role | null = null;
  for (const r of roles) {
    if (r != null && (best === null || roleRank(r) > roleRank(best))) best = r;
  }
  return best;
}
