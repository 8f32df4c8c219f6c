// The Directory port over any way of calling Admin SDK Directory v1: resource mapping, paging and group expansion in one place.
import { emailDomain, isValidEmail, normalizeEmail } from '../core/email';
import { AppError, failedPrecondition, permissionDenied, unavailable } from '../core/errors';
import type { Directory, DirectoryAccountState, DirectoryUserInfo } from '../core/ports/infrastructure';
import { isTransient, type GoogleFailure } from './google-errors';

export type Json = Record<string, unknown>;

export interface DirectoryPage {
  items: Json[];
  nextPageToken?: string;
}

/** The four Directory calls the port needs; each is ONE request. null means 404 (no such user or group). */
export interface DirectoryTransport {
  getUser(email: string): Json | null;
  getGroup(email: string): Json | null;
  /** members.list with includeDerivedMembership=true, maxResults=200 (the maximum). */
  listMembers(group: string, pageToken: string | undefined): DirectoryPage | null;
  /** users.list for the customer, maxResults=500 (the maximum), ordered by email. */
  listUsers(pageToken: string | undefined): DirectoryPage;
}

export interface DirectoryOptions {
  /** The account the calls run as (the admin executing the trigger, or the configured admin for DWD). */
  adminEmail: string;
  /**
   * The domain's secondary domains. The primary domain is the admin's own; secondary ones are configuration (the
   * Directory's domains.list needs a scope the add-on does not ask for). Default none.
   */
  secondaryDomains?: readonly string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A Google-disabled (abuse) account reads `suspended: true, suspensionReason: 'ABUSE'` (emulator/directory/resources.ts);
 * any other suspension (ADMIN, UNDER13, WEB_LOGIN_REQUIRED, ...) is the admin's business: suspended.
 */
function stateOf(u: Json): DirectoryAccountState {
  if (u.suspended === true) return str(u.suspensionReason).toUpperCase() === 'ABUSE' ? 'banned' : 'suspended';
  if (u.archived === true) return 'archived';
  return 'active';
}

function list(v: unknown): Json[] {
  return Array.isArray(v) ? v.filter((x): x is Json => x !== null && typeof x === 'object') : [];
}

/** The primary entry of a repeated Directory field, else its first. */
function primary(items: Json[]): Json | undefined {
  return items.find((x) => x.primary === true) ?? items[0];
}

export function toUserInfo(u: Json): DirectoryUserInfo {
  const name = (u.name ?? {}) as Json;
  const org = primary(list(u.organizations));
  const loc = primary(list(u.locations));
  const aliases = [
    ...(Array.isArray(u.aliases) ? u.aliases : []),
    ...(Array.isArray(u.nonEditableAliases) ? u.nonEditableAliases : []),
  ]
    .filter((a): a is string => typeof a === 'string')
    .map(normalizeEmail);
  return {
    email: normalizeEmail(str(u.primaryEmail)),
    state: stateOf(u),
    isAdmin: u.isAdmin === true,
    givenName: str(name.givenName),
    familyName: str(name.familyName),
    aliases: Array.from(new Set(aliases)),
    phones: list(u.phones)
      .filter((p) => str(p.value) !== '')
      .map((p) => ({
        value: str(p.value),
        type: str(p.type) === 'custom' ? str(p.customType) || 'custom' : str(p.type) || 'other',
      })),
    title: str(org?.title),
    department: str(org?.department),
    location: str(loc?.area) || str(loc?.buildingId),
  };
}

/** A refused or failed Directory call as an AppError a person can act on. */
export function directoryError(f: GoogleFailure, admin: string): AppError {
  if (isTransient(f.status)) {
    return unavailable(
      'error.directory.unavailable',
      'The Google directory did not answer ({detail}); try again in a few minutes.',
      {
        detail: f.status === 0 ? f.message : `HTTP ${f.status}`,
      },
    );
  }
  if (f.status === 401 || f.status === 403) {
    return permissionDenied(
      'error.directory.notAdmin',
      'The account {admin} may not read the domain directory: it must be an active Workspace admin with the Users and Groups read privileges.',
      { admin },
    );
  }
  return failedPrecondition(
    'error.directory.failed',
    'The Google directory refused the request ({status}: {detail}).',
    {
      status: f.status,
      detail: f.message,
    },
  );
}

/**
 * The Directory port given a transport. Decisions (docs/dwd.md):
 * - `groupMembers` lists derived members (nested groups expanded by Google) and keeps USER entries only; a CUSTOMER
 *   member ("everyone in the organisation") expands to every user `listUsers` returns.
 * - an address that is not an email is answered without a call: no such user, not a group.
 */
export class TransportDirectory implements Directory {
  protected readonly admin: string;
  private readonly secondary: string[];

  constructor(
    private readonly transport: DirectoryTransport,
    options: DirectoryOptions,
  ) {
    this.admin = normalizeEmail(options.adminEmail);
    const primaryDomain = emailDomain(this.admin);
    this.secondary = Array.from(
      new Set(
        (options.secondaryDomains ?? [])
          .map((d) => d.trim().toLowerCase())
          .filter((d) => d !== '' && d !== primaryDomain),
      ),
    );
  }

  domains(): { primary: string; secondary: string[] } {
    return { primary: emailDomain(this.admin), secondary: [...this.secondary] };
  }

  user(email: string): DirectoryUserInfo | null {
    const key = normalizeEmail(email);
    if (!isValidEmail(key)) return null;
    const u = this.transport.getUser(key);
    return u ? toUserInfo(u) : null;
  }

  isGroup(email: string): boolean {
    const key = normalizeEmail(email);
    if (!isValidEmail(key)) return false;
    return this.transport.getGroup(key) !== null;
  }

  groupMembers(email: string): string[] | null {
    const key = normalizeEmail(email);
    if (!isValidEmail(key)) return null;
    const out = new Set<string>();
    let everyone = false;
    let pageToken: string | undefined;
    do {
      const page = this.transport.listMembers(key, pageToken);
      if (page === null) return null;
      for (const m of page.items) {
        if (m.type === 'USER' && str(m.email) !== '') out.add(normalizeEmail(str(m.email)));
        if (m.type === 'CUSTOMER') everyone = true;
      }
      pageToken = page.nextPageToken;
    } while (pageToken);
    if (everyone) for (const u of this.listUsers()) out.add(u.email);
    return Array.from(out);
  }

  listUsers(): DirectoryUserInfo[] {
    const out: DirectoryUserInfo[] = [];
    let pageToken: string | undefined;
    do {
      const page = this.transport.listUsers(pageToken);
      for (const u of page.items) out.push(toUserInfo(u));
      pageToken = page.nextPageToken;
    } while (pageToken);
    return out;
  }
}
