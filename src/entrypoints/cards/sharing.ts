// Sharing card actions: the grants, share, the status detail of a grant or of a group member with its fixes (resend
// the invitation, copy its link, group members, unshare), change role, remove.
import type { ResendInvitationOutput } from '../../app/commands/resend-invitation';
import type { ShareOutput } from '../../app/commands/share';
import type { GrantRow, LabelDetailOutput } from '../../app/queries/label-detail';
import type { CardView, NavStep } from '../../ui/card-model';
import { pageParam } from '../../ui/limits';
import { grantScreen, inviteLinkScreen, membersScreen, memberScreen, sharingScreen, type SharingViewer } from '../../ui/screens/sharing';
import { cardAction, orElse, query, Refusal, run, type CardEnv } from './frame';
import { homeCard } from './home';

function detailOf(env: CardEnv): LabelDetailOutput {
  return query(env, 'labelDetail', { labelId: env.params.labelId ?? '', pageSize: 1 });
}

function grantOf(env: CardEnv, d: LabelDetailOutput): GrantRow {
  const row = d.grants.find((g) => g.grant.id === env.params.grantId);
  if (!row) throw new Refusal({ key: 'error.grant.notFound', message: 'This label is not shared that way any more; reload the card.' });
  return row;
}

function viewer(env: CardEnv): SharingViewer {
  const s = env.setup();
  return { actor: env.ctx.actor, domain: env.ctx.domain, actorIsAdmin: s.actorIsAdmin, adminEmail: s.adminEmail };
}

export function sharingCard(env: CardEnv, labelId: string, page = 0): CardView {
  const d = query(env, 'labelDetail', { labelId, pageSize: 1 });
  return sharingScreen(d, { actor: env.ctx.actor, domain: env.ctx.domain, actorIsAdmin: false, adminEmail: null }, page, env.t);
}

function shareNotice(env: CardEnv, out: ShareOutput): string {
  const t = env.t;
  const who = out.grant.grantee.kind === 'domain' ? t('sharing.domain', { domain: env.ctx.domain }) : out.grant.grantee.email;
  let text = !out.created
    ? t('sharing.roleChanged', { who })
    : out.invitation === 'sent'
      ? t('sharing.sharedInvited', { who })
      : out.invitation === 'failed'
        ? t('sharing.sharedMailFailed', { who })
        : t('sharing.shared', { who });
  if (out.unseated.length) text += ` ${t.plural('sharing.unseated', out.unseated.length)}`;
  return text;
}

export const SHARING_ENTRY_POINTS = {
  onOpenSharing: cardAction('onOpenSharing', (env) => {
    const card = sharingCard(env, env.params.labelId ?? '', pageParam(env.params.page));
    return { nav: [env.params.nav === 'update' ? { update: card } : { push: card }] };
  }),

  onShare: cardAction('onShare', (env) => {
    const labelId = env.params.labelId ?? '';
    const out = run<ShareOutput>('share', {
      labelId,
      grantee: env.form('grantee'),
      role: env.form('role') || 'viewer',
      syncToMobile: env.form('syncToMobile') === 'true',
    });
    return { nav: [{ update: sharingCard(env, labelId) }], notify: shareNotice(env, out), stateChanged: true };
  }),

  onOpenGrant: cardAction('onOpenGrant', (env) => {
    const d = detailOf(env);
    return { nav: [{ push: grantScreen({ label: d.label, role: d.role, row: grantOf(env, d) }, viewer(env), env.t, env.fmt) }] };
  }),

  onChangeRole: cardAction('onChangeRole', (env) => {
    const labelId = env.params.labelId ?? '';
    run('changeRole', { labelId, grantId: env.params.grantId ?? '', role: env.form('role') });
    return { nav: [{ pop: true }, { update: sharingCard(env, labelId) }], notify: env.t('grant.roleChanged'), stateChanged: true };
  }),

  /** Removes a grant (a manager's "remove", "unshare to free the seat", or someone leaving a label they were given). */
  onUnshare: cardAction('onUnshare', (env) => {
    const labelId = env.params.labelId ?? '';
    run('unshare', { labelId, grantId: env.params.grantId ?? '' });
    // Someone who just left the label no longer sees it: then home is what is left to show.
    const nav = orElse<NavStep[]>(
      () => [{ pop: true }, { update: sharingCard(env, labelId) }],
      () => [{ popToRoot: true }, { update: homeCard(env) }],
    );
    return { nav, notify: env.t('grant.removed'), stateChanged: true };
  }),

  onResendInvitation: cardAction('onResendInvitation', (env) => {
    const out = run<ResendInvitationOutput>('resendInvitation', { labelId: env.params.labelId ?? '', grantId: env.params.grantId ?? '' });
    return { notify: env.t('fix.resent', { email: out.sentTo }) };
  }),

  onCopyInviteLink: cardAction('onCopyInviteLink', (env) => {
    const d = detailOf(env);
    const g = grantOf(env, d).grant.grantee;
    const email = g.kind === 'domain' ? env.ctx.domain : g.email;
    return { nav: [{ push: inviteLinkScreen(email, d.label.name, env.ctx.addonUrl, env.t) }] };
  }),

  onGroupMembers: cardAction('onGroupMembers', (env) => {
    const d = detailOf(env);
    const row = grantOf(env, d);
    const members = d.collaborators.filter((c) => c.grantId === row.grant.id);
    const card = membersScreen({ label: d.label, row, members, page: pageParam(env.params.page) }, viewer(env), env.t);
    return { nav: [env.params.page !== undefined ? { update: card } : { push: card }] };
  }),

  onOpenMember: cardAction('onOpenMember', (env) => {
    const d = detailOf(env);
    const row = grantOf(env, d);
    const member = d.collaborators.find((c) => c.grantId === row.grant.id && c.email === env.params.email);
    if (!member) return { notify: env.t('members.gone') };
    return { nav: [{ push: memberScreen({ label: d.label, role: d.role, row, member }, viewer(env), env.t) }] };
  }),
};
