// The Directory as one command sees it: every lookup asked once, the domain list read once, users listed at most once.
import { emailDomain, normalizeEmail } from '../core/email';
import type { DomainSet } from '../core/grant';
import type { Directory, DirectoryUserInfo } from '../core/ports/infrastructure';
import type { AccountState } from '../core/status';

/**
 * Each Directory call is a network request (Admin SDK), so one command never asks the same question twice.
 * `accountState` answers from the full user list when some step already paid for it, else with one `user()` call.
 */
export class DirectoryView {
  private domainSet: DomainSet | null = null;
  private readonly users = new Map<string, DirectoryUserInfo | null>();
  private readonly groups = new Map<string, boolean>();
  private readonly members = new Map<string, string[] | null>();
  private listed: DirectoryUserInfo[] | null = null;

  constructor(private readonly directory: Directory) {}

  domains(): DomainSet {
    if (this.domainSet === null) {
      const d = this.directory.domains();
      this.domainSet = { primary: normalizeEmail(d.primary), secondary: d.secondary.map(normalizeEmail) };
    }
    return this.domainSet;
  }

  /** The address is in one of the domain's domains: a domain user or group, not an external collaborator. */
  isInternal(email: string): boolean {
    const d = emailDomain(email);
    const set = this.domains();
    return d !== '' && (d === set.primary || set.secondary.includes(d));
  }

  user(email: string): DirectoryUserInfo | null {
    const key = normalizeEmail(email);
    if (!this.users.has(key)) this.users.set(key, this.directory.user(key));
    return this.users.get(key) ?? null;
  }

  isGroup(email: string): boolean {
    const key = normalizeEmail(email);
    let known = this.groups.get(key);
    if (known === undefined) {
      known = this.members.has(key) ? this.members.get(key) !== null : this.directory.isGroup(key);
      this.groups.set(key, known);
    }
    return known;
  }

  /** Lower-cased user members (nested groups expanded), or null when no such group exists. */
  groupMembers(email: string): string[] | null {
    const key = normalizeEmail(email);
    if (!this.members.has(key)) {
      const m = this.directory.groupMembers(key);
      this.members.set(key, m === null ? null : [...new Set(m.map(normalizeEmail))]);
    }
    return this.members.get(key) ?? null;
  }

  listUsers(): DirectoryUserInfo[] {
    if (this.listed === null) {
      this.listed = this.directory.listUsers();
      for (const u of this.listed) {
        this.users.set(normalizeEmail(u.email), u);
        for (const alias of u.aliases) this.users.set(normalizeEmail(alias), u);
      }
    }
    return this.listed;
  }

  /** What the status diagnosis needs to know of a domain account; externals are not ours to look up. */
  accountState(email: string): AccountState {
    const key = normalizeEmail(email);
    const info = this.listed !== null ? (this.users.get(key) ?? null) : this.user(key);
    return info === null ? 'unknown' : toAccountState(info.state);
  }

  isAdmin(email: string): boolean {
    return this.user(email)?.isAdmin === true;
  }
}

export function toAccountState(state: DirectoryUserInfo['state']): AccountState {
  return state === 'archived' ? 'suspended' : state;
}
