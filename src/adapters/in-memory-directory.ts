// The Directory fake: users, groups (nested, or "everyone") and states held in memory, answering as the real adapters do.
import { emailDomain, normalizeEmail } from '../core/email';
import type { Directory, DirectoryAccountState, DirectoryUserInfo } from '../core/ports/infrastructure';

/** Group member meaning every user of the domain (the Directory's CUSTOMER member). */
export const EVERYONE = 'customer';

export interface FakeUser extends Partial<Omit<DirectoryUserInfo, 'email'>> {
  email: string;
}

interface StoredGroup {
  email: string;
  /** User or group emails, or EVERYONE. */
  members: string[];
}

export class InMemoryDirectory implements Directory {
  private readonly users = new Map<string, DirectoryUserInfo>();
  private readonly groups = new Map<string, StoredGroup>();
  /** Calls per port method, for tests of the callers' costs. */
  readonly calls = { user: 0, isGroup: 0, groupMembers: 0, listUsers: 0, domains: 0 };

  constructor(
    private readonly primary = 'example.com',
    private readonly secondary: readonly string[] = [],
  ) {}

  addUser(u: FakeUser): DirectoryUserInfo {
    const email = normalizeEmail(u.email);
    const [local] = email.split('@');
    const info: DirectoryUserInfo = {
      email,
      state: u.state ?? 'active',
      isAdmin: u.isAdmin ?? false,
      givenName: u.givenName ?? local,
      familyName: u.familyName ?? '',
      aliases: (u.aliases ?? []).map(normalizeEmail),
      phones: (u.phones ?? []).map((p) => ({ ...p })),
      title: u.title ?? '',
      department: u.department ?? '',
      location: u.location ?? '',
    };
    this.users.set(email, info);
    return info;
  }

  /** `deleted` and `unknown` remove the user, as the Directory then answers 404. */
  setState(email: string, state: DirectoryAccountState): void {
    const key = normalizeEmail(email);
    const u = this.users.get(key);
    if (!u) throw new Error(`InMemoryDirectory: no user ${email}`);
    if (state === 'deleted' || state === 'unknown') this.users.delete(key);
    else u.state = state;
  }

  addGroup(email: string, members: readonly string[]): void {
    this.groups.set(normalizeEmail(email), {
      email: normalizeEmail(email),
      members: members.map(normalizeEmail),
    });
  }

  setMembers(email: string, members: readonly string[]): void {
    const g = this.groups.get(normalizeEmail(email));
    if (!g) throw new Error(`InMemoryDirectory: no group ${email}`);
    g.members = members.map(normalizeEmail);
  }

  domains(): { primary: string; secondary: string[] } {
    this.calls.domains++;
    return { primary: this.primary.toLowerCase(), secondary: this.secondary.map((d) => d.toLowerCase()) };
  }

  user(email: string): DirectoryUserInfo | null {
    this.calls.user++;
    const u = this.find(email);
    return u ? copy(u) : null;
  }

  isGroup(email: string): boolean {
    this.calls.isGroup++;
    return this.groups.has(normalizeEmail(email));
  }

  /** Nested groups expanded (cycles visited once), EVERYONE expanded to every user, users outside the domain kept. */
  groupMembers(email: string): string[] | null {
    this.calls.groupMembers++;
    const root = this.groups.get(normalizeEmail(email));
    if (!root) return null;
    const out = new Set<string>();
    const visited = new Set<string>([root.email]);
    const queue = [root];
    while (queue.length) {
      const g = queue.shift() as StoredGroup;
      for (const m of g.members) {
        if (m === EVERYONE) {
          for (const u of this.users.keys()) out.add(u);
        } else if (this.groups.has(m)) {
          if (!visited.has(m)) {
            visited.add(m);
            queue.push(this.groups.get(m) as StoredGroup);
          }
        } else if (this.users.has(m) || !this.isDomainAddress(m)) {
          // A domain address that is neither a user nor a group is a deleted account: the Directory drops it.
          out.add(m);
        }
      }
    }
    return Array.from(out);
  }

  listUsers(): DirectoryUserInfo[] {
    this.calls.listUsers++;
    return Array.from(this.users.values())
      .sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
      .map(copy);
  }

  private find(email: string): DirectoryUserInfo | undefined {
    const key = normalizeEmail(email);
    return this.users.get(key) ?? Array.from(this.users.values()).find((u) => u.aliases.includes(key));
  }

  private isDomainAddress(email: string): boolean {
    const d = emailDomain(email);
    return d === this.primary.toLowerCase() || this.secondary.some((s) => s.toLowerCase() === d);
  }
}

function copy(u: DirectoryUserInfo): DirectoryUserInfo {
  return { ...u, aliases: [...u.aliases], phones: u.phones.map((p) => ({ ...p })) };
}
