// Ports for the admin's one-time setup (DESIGN.md section 3): the service-account key, the backing spreadsheet, the
// hourly trigger, and who is a Workspace admin.
import type { Result } from '../errors';
import type { DwdKeyInfo } from './tokens';

/** The domain's service account. The private key never leaves the adapter: not in a result, an error or a log. */
export interface ServiceAccountAdmin {
  /** Validates the pasted JSON key (shape, key parses, a token can be minted for `admin`) and stores it; nothing on failure. */
  storeKey(json: string, admin: string): Result<DwdKeyInfo>;
  keyInfo(): DwdKeyInfo | null;
  /** Whether Google mints a token for `user` with the stored key now. */
  testDelegation(user: string): Result<void>;
}

export interface StoreAdmin {
  /** Creates a new backing spreadsheet, owned by the configured admin and shared with nobody; returns its id. */
  create(): string;
  /** Checks an existing spreadsheet can be opened as the backing store (brings its layout up to date). */
  link(spreadsheetId: string): void;
}

export interface TriggerInfo {
  handler: string;
  everyHours: number;
}

/** The executing user's time-driven triggers of this script (Apps Script shows each user only their own). */
export interface Triggers {
  list(): TriggerInfo[];
  /** Exactly one hourly trigger for `handler`: created when missing, duplicates removed. Returns whether it created one. */
  ensureHourly(handler: string): boolean;
  remove(handler: string): number;
}

/** Asks the Directory, as the executing user, whether they are a super admin (before any DWD is configured). */
export interface AdminCheck {
  isDirectoryAdmin(email: string): boolean;
}
