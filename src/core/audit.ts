// The audit trail's event shape: who did what to which label, kept small enough for one sheet row.
import { Timestamp } from './time';

export const AUDIT_ACTIONS = [
  'label.create',
  'label.rename',
  'label.delete',
  'label.transfer',
  'grant.add',
  'grant.change',
  'grant.remove',
  'contact.add',
  'contact.edit',
  'contact.remove',
  'contact.delete',
  'contact.conflict',
  'comment.add',
  'feed.set',
  'settings.change',
  'seat.free',
  'sync.request',
  'invitation.accept',
  'invitation.resend',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditDetail = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEvent {
  readonly at: Timestamp;
  /** The executing user's email — never a card parameter (DESIGN.md section 3). */
  readonly actor: string;
  readonly action: AuditAction;
  /** The label's id. */
  readonly label?: string;
  /** What was acted on: a grantee, a contact id, a setting name. */
  readonly target?: string;
  readonly detail: AuditDetail;
}

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Our cap a detail value: an event row must stay far below Sheets' 50,000 characters a cell. */
export const AUDIT_DETAIL_MAX = 500;

/** Builds an event with over-long detail strings cut, so a pasted novel cannot bloat the audit sheet. */
export function auditEvent(input: {
  at: Timestamp;
  actor: string;
  action: AuditAction;
  label?: string;
  target?: string;
  detail?: AuditDetail;
}): AuditEvent {
  const detail: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(input.detail ?? {})) {
    detail[key] = typeof value === 'string' && value.length > AUDIT_DETAIL_MAX ? `${value.slice(0, AUDIT_DETAIL_MAX - 1)}…` : value;
  }
  const event: { -readonly [K in keyof AuditEvent]: AuditEvent[K] } = {
    at: input.at,
    actor: input.actor.trim().toLowerCase(),
    action: input.action,
    detail,
  };
  if (input.label !== undefined) event.label = input.label;
  if (input.target !== undefined) event.target = input.target;
  return event;
}
