// Entry points without a card: every command and query by name (what the scenario runner and the local simulator call,
// and what card actions share), and the hourly sync trigger. The actor is always the signed-in user.
import { ADMIN_COMMANDS, SETUP_KEYS, SYNC_HANDLER } from '../app/admin/setup';
import { COMMANDS, type CommandName } from '../app/commands';
import { QUERIES, type QueryName } from '../app/queries';
import { runSync, type SyncReport } from '../app/sync/run';
import { isAppError, type Result } from '../core/errors';
import { compose, type Context } from './composition-root';
import { eventParams, type AddonEvent } from './event';

/** A run stops starting work this long before Apps Script's 6-minute limit, and saves. */
export const TRIGGER_BUDGET_MS = 5 * 60 * 1000;
/** "Sync now" from a card: what fits in a callback's 30 seconds; the hourly trigger does the rest. */
export const CARD_SYNC_BUDGET_MS = 20 * 1000;

export type ApiResult = { ok: true; value: unknown } | { ok: false; error: { code: string; key: string; message: string; params: Record<string, string | number> } };

function toApi(r: Result<unknown>): ApiResult {
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, error: { code: r.error.code, key: r.error.key, message: r.error.message, params: { ...r.error.params } } };
}

type Handler = (ctx: Context, input: unknown) => Result<unknown>;

function handlerFor(name: string): Handler | null {
  if (Object.prototype.hasOwnProperty.call(COMMANDS, name)) return COMMANDS[name as CommandName] as Handler;
  if (Object.prototype.hasOwnProperty.call(QUERIES, name)) return QUERIES[name as QueryName] as Handler;
  if (Object.prototype.hasOwnProperty.call(ADMIN_COMMANDS, name)) return ADMIN_COMMANDS[name as keyof typeof ADMIN_COMMANDS] as Handler;
  return null;
}

function recordInvitation(ctx: Context, value: unknown): void {
  const grant = (value as { grant?: { grantee?: { kind?: string; email?: string } } }).grant;
  if (grant?.grantee?.kind === 'external' && grant.grantee.email) ctx.recordInvitation(grant.grantee.email);
}

/** Runs one command or query, named by the `command` parameter, with the JSON `input` parameter. */
export function onCommand(e?: AddonEvent): ApiResult {
  const params = eventParams(e);
  const handler = handlerFor(params.command ?? '');
  if (!handler) {
    return { ok: false, error: { code: 'INVALID_ARGUMENT', key: 'error.api.unknownCommand', message: `There is no command named "${params.command ?? ''}".`, params: {} } };
  }
  let input: unknown;
  try {
    input = params.input ? JSON.parse(params.input) : {};
  } catch {
    return { ok: false, error: { code: 'INVALID_ARGUMENT', key: 'error.api.badInput', message: 'The command input is not valid JSON.', params: {} } };
  }
  const ctx = compose();
  try {
    const result = handler(ctx, input);
    if (result.ok && params.command === 'share') recordInvitation(ctx, result.value);
    // An outside collaborator cannot be reached by delegation: once they accept, their own hourly trigger syncs them.
    if (result.ok && params.command === 'acceptInvitation' && ctx.actor.split('@')[1] !== ctx.domain) ctx.triggers.ensureHourly(SYNC_HANDLER);
    if (result.ok && params.command === 'syncNow') {
      const report = syncOnce(ctx, CARD_SYNC_BUDGET_MS);
      return { ok: true, value: { request: result.value, sync: report } };
    }
    return toApi(result);
  } catch (err) {
    if (isAppError(err)) return toApi({ ok: false, error: err });
    throw err;
  }
}

export type SyncOutcome = { ok: true; report: SyncReport } | { ok: false; error: { code: string; key: string; message: string } };

/** One sync run; a refusal (not set up, no key, lock busy) is recorded as the last run's result instead of thrown. */
function syncOnce(ctx: Context, budgetMs: number): SyncOutcome {
  const at = new Date().toISOString();
  try {
    const report = runSync(ctx.syncContext(budgetMs));
    const summary = `${report.pushed.length} accounts up to date, ${report.pending.length} pending, ${report.failures.length} failed`;
    ctx.config.set(SETUP_KEYS.lastRun, JSON.stringify({ at, summary }));
    return { ok: true, report };
  } catch (err) {
    if (!isAppError(err)) throw err;
    ctx.config.set(SETUP_KEYS.lastRun, JSON.stringify({ at, summary: err.message }));
    return { ok: false, error: { code: err.code, key: err.key, message: err.message } };
  }
}

/** The hourly trigger: the admin's reaches the whole domain; an outside collaborator's syncs only their own contacts. */
export function onSyncTrigger(): SyncOutcome {
  return syncOnce(compose(), TRIGGER_BUDGET_MS);
}
