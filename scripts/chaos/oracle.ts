// An independent statement of who may do what (DESIGN.md section 2), computed from the stored grants and the emulated
// Directory — not from the product's own role code, so the chaos suite can catch it granting too much or too little.
import type { World } from '../../emulator';
import { ROLES, type Role } from '../../src/core/role';
import type { StoreView } from './store-view';

/** The Directory facts roles depend on, frozen at one moment. */
export interface DirectoryFacts {
  domains: string[];
  /** Group email -> its user members, nested groups expanded. */
  groups: Record<string, string[]>;
  /** Account email -> 'active' | 'suspended' | ... as Google sees it now. */
  states: Record<string, string>;
}

export function directoryFacts(world: World): DirectoryFacts {
  const d = world.directory;
  const expand = (email: string, seen: Set<string>): string[] => {
    const g = d.groups[email];
    if (!g || seen.has(email)) return [];
    seen.add(email);
    return g.members.flatMap((m) =>
      m.type === 'GROUP' && m.email ? expand(m.email, seen) : m.type === 'USER' && m.email ? [m.email] : [],
    );
  };
  const groups: Record<string, string[]> = {};
  for (const email of Object.keys(d.groups)) groups[email] = [...new Set(expand(email, new Set()))];
  const states: Record<string, string> = {};
  for (const email of [...Object.keys(d.users), ...Object.keys(world.externals)])
    states[email] = world.accountState(email);
  return { domains: [d.primaryDomain, ...d.secondaryDomains], groups, states };
}

const rank = (r: Role | null) => (r === null ? -1 : ROLES.indexOf(r));
const best = (a: Role | null, b: Role | null) => (rank(b) > rank(a) ? b : a);

/** The user's role on a label: owner, else the highest grant that reaches them (user, group member, domain user). */
export function roleOnLabel(
  store: StoreView,
  dir: DirectoryFacts,
  user: string,
  labelId: string,
): Role | null {
  const label = store.labels.find((l) => l.id === labelId);
  if (!label || label.deleted) return null;
  if (label.owner === user) return 'owner';
  const internal = dir.domains.includes(user.split('@')[1] ?? '');
  let role: Role | null = null;
  for (const g of store.grants) {
    if (g.labelId !== labelId) continue;
    const e = g.grantee;
    const reaches =
      e.kind === 'domain'
        ? internal
        : e.kind === 'group'
          ? (dir.groups[e.email] ?? []).includes(user)
          : e.email === user;
    if (reaches) role = best(role, g.role);
  }
  return role;
}

/** The user's role on a master: the highest over the live labels that carry it. */
export function roleOnMaster(
  store: StoreView,
  dir: DirectoryFacts,
  user: string,
  masterId: string,
): Role | null {
  const m = store.contacts.find((c) => c.id === masterId);
  if (!m) return null;
  let role: Role | null = null;
  for (const id of m.labelIds) role = best(role, roleOnLabel(store, dir, user, id));
  return role;
}

export const atLeast = (role: Role | null, min: Role) => rank(role) >= rank(min);
