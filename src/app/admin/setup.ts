// The admin's one-time setup, as commands: claim the admin role, store the service-account key, create or link the
// backing spreadsheet, install the hourly sync trigger, test delegation; and the checklist the settings card shows.
import { isValidEmail, normalizeEmail } from '../../core/email';
import { fail, failedPrecondition, invalidArgument, ok, permissionDenied, type Result } from '../../core/errors';
import type { AdminCheck, ServiceAccountAdmin, StoreAdmin, Triggers } from '../../core/ports/admin';
import { DWD_SCOPES, type DwdKeyInfo } from '../../core/ports/tokens';
import type { AppContext } from '../context';

export const SETUP_KEYS = {
  adminEmail: 'adminEmail',
  spreadsheetId: 'spreadsheetId',
  secondaryDomains: 'secondaryDomains',
  triggerOwner: 'trigger.owner',
  lastRun: 'sync.lastRun',
} as const;

/** The function the hourly trigger calls. */
export const SYNC_HANDLER = 'onSyncTrigger';

export interface AdminContext extends AppContext {
  serviceAccount: ServiceAccountAdmin;
  storeAdmin: StoreAdmin;
  triggers: Triggers;
  adminCheck: AdminCheck;
}

function requireAdmin(ctx: AdminContext): Result<string> {
  const admin = ctx.config.get(SETUP_KEYS.adminEmail);
  const actor = normalizeEmail(ctx.actor);
  if (admin === actor) return ok(actor);
  if (admin === null) {
    return fail(failedPrecondition('error.setup.noAdmin', 'Shared Labels is not set up yet: a Workspace admin must open Settings and start the setup.'));
  }
  return fail(permissionDenied('error.setup.notAdmin', 'Only {admin}, who set up Shared Labels, can change this setting.', { admin }));
}

/** A Workspace super admin becomes the configured admin: DWD acts as them for the Directory and the backing spreadsheet. */
export function claimAdmin(ctx: AdminContext): Result<{ adminEmail: string }> {
  const actor = normalizeEmail(ctx.actor);
  if (!ctx.adminCheck.isDirectoryAdmin(actor)) {
    return fail(permissionDenied('error.setup.needsWorkspaceAdmin', 'Only a Google Workspace admin can set up Shared Labels for the domain.'));
  }
  ctx.config.set(SETUP_KEYS.adminEmail, actor);
  return ok({ adminEmail: actor });
}

export function setServiceAccountKey(ctx: AdminContext, input: unknown): Result<DwdKeyInfo> {
  const admin = requireAdmin(ctx);
  if (!admin.ok) return admin;
  const json = (input as { json?: unknown } | null)?.json;
  if (typeof json !== 'string' || json.trim() === '' || json.length > 20000) {
    return fail(invalidArgument('error.setup.keyMissing', 'Paste the whole JSON key file of the service account.'));
  }
  return ctx.serviceAccount.storeKey(json, admin.value);
}

export function createBackingStore(ctx: AdminContext): Result<{ spreadsheetId: string }> {
  const admin = requireAdmin(ctx);
  if (!admin.ok) return admin;
  if (!ctx.serviceAccount.keyInfo()) {
    return fail(failedPrecondition('error.setup.keyFirst', 'Store the service-account key first: the spreadsheet is created through it.'));
  }
  const spreadsheetId = ctx.storeAdmin.create();
  ctx.config.set(SETUP_KEYS.spreadsheetId, spreadsheetId);
  return ok({ spreadsheetId });
}

export function linkBackingStore(ctx: AdminContext, input: unknown): Result<{ spreadsheetId: string }> {
  const admin = requireAdmin(ctx);
  if (!admin.ok) return admin;
  const id = String((input as { spreadsheetId?: unknown } | null)?.spreadsheetId ?? '').trim();
  if (!/^[A-Za-z0-9_-]{10,100}$/.test(id)) {
    return fail(invalidArgument('error.setup.badSpreadsheetId', 'That is not a spreadsheet id: copy the long part of the spreadsheet\'s address between /d/ and /edit.'));
  }
  ctx.storeAdmin.link(id);
  ctx.config.set(SETUP_KEYS.spreadsheetId, id);
  return ok({ spreadsheetId: id });
}

export function installSyncTrigger(ctx: AdminContext): Result<{ created: boolean }> {
  const admin = requireAdmin(ctx);
  if (!admin.ok) return admin;
  const created = ctx.triggers.ensureHourly(SYNC_HANDLER);
  ctx.config.set(SETUP_KEYS.triggerOwner, admin.value);
  return ok({ created });
}

export function testDelegation(ctx: AdminContext, input: unknown): Result<{ user: string }> {
  const admin = requireAdmin(ctx);
  if (!admin.ok) return admin;
  const user = normalizeEmail(String((input as { user?: unknown } | null)?.user ?? ''));
  if (!isValidEmail(user)) return fail(invalidArgument('error.setup.badUser', 'Enter the e-mail address of a user of the domain to test.'));
  const r = ctx.serviceAccount.testDelegation(user);
  return r.ok ? ok({ user }) : r;
}

export interface SetupStatus {
  adminEmail: string | null;
  actorIsAdmin: boolean;
  key: DwdKeyInfo | null;
  /** What the admin pastes into the Admin console's domain-wide delegation entry. */
  scopes: readonly string[];
  spreadsheetId: string | null;
  /** Known only to the admin (triggers are per user); null for anyone else. */
  triggerInstalled: boolean | null;
  lastRun: { at: string; summary: string } | null;
}

export function setupStatus(ctx: AdminContext): Result<SetupStatus> {
  const adminEmail = ctx.config.get(SETUP_KEYS.adminEmail);
  const actorIsAdmin = adminEmail !== null && adminEmail === normalizeEmail(ctx.actor);
  let lastRun: SetupStatus['lastRun'];
  try {
    lastRun = JSON.parse(ctx.config.get(SETUP_KEYS.lastRun) ?? 'null');
  } catch {
    lastRun = null;
  }
  return ok({
    adminEmail,
    actorIsAdmin,
    key: ctx.serviceAccount.keyInfo(),
    scopes: DWD_SCOPES,
    spreadsheetId: ctx.config.get(SETUP_KEYS.spreadsheetId),
    triggerInstalled: actorIsAdmin ? ctx.triggers.list().some((t) => t.handler === SYNC_HANDLER) : null,
    lastRun,
  });
}

export const ADMIN_COMMANDS = {
  claimAdmin,
  setServiceAccountKey,
  createBackingStore,
  linkBackingStore,
  installSyncTrigger,
  testDelegation,
  setupStatus,
} as const;
