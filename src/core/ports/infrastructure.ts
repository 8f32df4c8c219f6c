// Ports for the platform services the app needs: clock, lock, mail, configuration, directory.

/** The time, from the platform (tests use a virtual clock). */
export interface Clock {
  nowMs(): number;
}

/**
 * One writer at a time (Apps Script's script lock). `run` waits up to `timeoutMs` for the lock, runs `fn`, and always
 * releases it; when the lock cannot be had it throws UNAVAILABLE ("another change is being saved; try again").
 */
export interface Lock {
  run<T>(timeoutMs: number, fn: () => T): T;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  replyTo?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): void;
}

/**
 * Small settings in Script Properties, namespaced by domain by the adapter (a published add-on shares one property
 * store across every domain). Values stay under 9 KB; the adapter refuses larger ones with INVALID_ARGUMENT.
 */
export interface ConfigStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export type DirectoryAccountState = 'active' | 'suspended' | 'archived' | 'deleted' | 'banned' | 'unknown';

export interface DirectoryUserInfo {
  email: string;
  state: DirectoryAccountState;
  isAdmin: boolean;
  givenName: string;
  familyName: string;
  aliases: string[];
  phones: Array<{ value: string; type: string }>;
  title: string;
  department: string;
  location: string;
}

/** The domain directory (Admin SDK), read as the configured admin. */
export interface Directory {
  /** The domain's primary and secondary domains, lower-case. */
  domains(): { primary: string; secondary: string[] };
  /** A domain user by primary email or alias, or null when no such user exists (unknown or deleted). */
  user(email: string): DirectoryUserInfo | null;
  /** Whether the address is a Google group of the domain. */
  isGroup(email: string): boolean;
  /** A group's user members, nested groups expanded; null when no such group. */
  groupMembers(email: string): string[] | null;
  /** Every user of the domain (paged by the adapter). */
  listUsers(): DirectoryUserInfo[];
}
