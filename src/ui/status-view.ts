// A status as the sidebar explains it (DESIGN.md section 6): its name, what it means, and its fixes from core's FIXES as
// buttons — or, for a fix only a Workspace admin can carry out, what to ask the admin for.
import type { GranteeKind } from '../core/edition';
import { FIXES, STATUSES, type Fix, type Status } from '../core/status';
import type { SectionView, WidgetView } from './card-model';
import type { Translate } from './i18n';
import { btn, buttons, deco, para, section } from './widgets';

/** Statuses that ask someone to act; INVITED and SHARING are normal waits, ACTIVE is fine. */
export const ATTENTION: ReadonlySet<Status> = new Set<Status>(
  STATUSES.filter((status) => status !== 'INVITED' && status !== 'SHARING' && status !== 'ACTIVE'),
);

export interface FixContext {
  labelId: string;
  /** The grant that reaches the account (for a group member: the group's grant). */
  grantId: string;
  grantKind: GranteeKind;
  /** The account (or the grantee) the status is about; '' for the whole domain. */
  email: string;
  /** Set when the account is reached through a group or the domain rather than its own grant. */
  via: string | null;
  /** Manager or owner: may resend, unshare and change roles. */
  canManage: boolean;
  actorIsAdmin: boolean;
  adminEmail: string | null;
}

export function statusName(status: Status, t: Translate): string {
  return t(`status.${status}` as const);
}

export function statusExplanation(status: Status, email: string, t: Translate): string {
  return t(`status.${status}.explain` as const, { email });
}

type AdminFix = 'askAdminUnsuspend' | 'freeSeats' | 'buySeats' | 'adminAuthorize' | 'upgrade' | 'contactSupport';

function adminFix(fix: AdminFix, fc: FixContext, t: Translate): WidgetView[] {
  const title = t(`fix.${fix}` as const);
  if (fc.actorIsAdmin) {
    const out = [deco(t(`fix.${fix}.admin` as const, { email: fc.email }), { top: title })];
    if (fix === 'freeSeats') out.push(buttons(btn(t('fix.freeSeats'), 'onOpenSettings')));
    return out;
  }
  return [deco(t(`fix.${fix}.ask` as const, { email: fc.email, admin: fc.adminEmail ?? t('fix.yourAdmin') }), { top: title })];
}

function fixWidgets(fix: Fix, fc: FixContext, t: Translate): WidgetView[] {
  const grant = { labelId: fc.labelId, grantId: fc.grantId };
  switch (fix.action) {
    case 'resendInvitation':
      if (fc.grantKind === 'domain') return [];
      return fc.canManage
        ? [buttons(btn(t('fix.resendInvitation'), 'onResendInvitation', grant))]
        : [para(t('fix.resendInvitation.ask'))];
    case 'copyInvitationLink':
      return [buttons(btn(t('fix.copyInvitationLink'), 'onCopyInviteLink', grant))];
    case 'syncNow':
      return [buttons(btn(t('fix.syncNow'), 'onSyncNow', { labelId: fc.labelId }))];
    case 'wait':
      return [para(t('fix.wait.explain'))];
    case 'openGroupMembers':
      return [buttons(btn(t('fix.openGroupMembers'), 'onGroupMembers', grant))];
    case 'unshare':
    case 'removeGrant': {
      if (fc.via !== null) return [para(t('fix.unshare.viaGroup', { email: fc.email, group: fc.via }))];
      const label = fix.action === 'unshare' ? t('fix.unshare') : t('fix.removeGrant');
      return fc.canManage ? [buttons(btn(label, 'onUnshare', grant))] : [para(t('fix.unshare.ask'))];
    }
    case 'checkSpelling':
      return [
        para(t('fix.checkSpelling.explain', { email: fc.email })),
        ...(fc.canManage && fc.via === null ? [buttons(btn(t('fix.removeGrant'), 'onUnshare', grant))] : []),
      ];
    case 'askUserCleanUp':
      return [para(t('fix.askUserCleanUp.explain', { email: fc.email }))];
    case 'askAdminUnsuspend':
    case 'freeSeats':
    case 'buySeats':
    case 'adminAuthorize':
    case 'upgrade':
    case 'contactSupport':
      return adminFix(fix.action, fc, t);
  }
}

/** The status, its meaning, and one block per fix; ACTIVE has no fix and says so. */
export function statusSections(status: Status, fc: FixContext, t: Translate): SectionView[] {
  const fixes = FIXES[status].flatMap((f) => fixWidgets(f, fc, t));
  return [
    ...section(undefined, [deco(statusName(status, t), { top: t('status.header') }), para(statusExplanation(status, fc.email, t))]),
    ...section(t('status.fixes'), fixes.length ? fixes : [para(t('status.noFix'))]),
  ];
}
