// What one command execution carries around: the context, the actor, one timestamp, the memoised directory, the audit writer.
import { AuditAction, auditEvent, AuditDetail } from '../core/audit';
import { normalizeEmail } from '../core/email';
import type { AppContext } from './context';
import { DirectoryView } from './directory-view';
import type { Model } from './store/model';

export interface Env {
  readonly ctx: AppContext;
  /** `ctx.actor`, lower-cased: the only source of the actor (DESIGN.md section 3). */
  readonly actor: string;
  /** One time for the whole command, so every record it writes agrees. */
  readonly now: string;
  readonly dir: DirectoryView;
}

export function envOf(ctx: AppContext): Env {
  return {
    ctx,
    actor: normalizeEmail(ctx.actor),
    now: new Date(ctx.clock.nowMs()).toISOString(),
    dir: new DirectoryView(ctx.directory),
  };
}

/** Appends one audit row (core's auditEvent cuts over-long detail values). */
export function audit(
  env: Env,
  model: Model,
  action: AuditAction,
  labelId: string,
  target: string,
  detail: AuditDetail = {},
): void {
  const event = auditEvent({ at: env.now, actor: env.actor, action, label: labelId, target, detail });
  model.addAudit({ ...event, key: env.ctx.ids.newId('aud_') });
}
