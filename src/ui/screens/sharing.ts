// Sharing: who has access (role and status), the share form (roles limited to what I may grant, "sync to my phone and
// Outlook"), and the status detail of a grant or of one member of a group, with its fixes; the invitation link card.
import type { GrantRow, LabelDetailOutput } from '../../app/queries/label-detail';
import type { Collaborator, Label } from '../../core/model';
import { can, grantableRoles, type Role } from '../../core/role';
import type { Status } from '../../core/status';
import type { CardView, WidgetView } from '../card-model';
import type { Formatter } from '../format';
import type { Translate } from '../i18n';
import { pageOf } from '../limits';
import { statusName, statusSections, type FixContext } from '../status-view';
import { act, btn, buttons, deco, dropdown, input, para, section } from '../widgets';
import { granteeText, pager, roleName } from './common';

export const GRANTS_PAGE_SIZE = 50;
export const MEMBERS_PAGE_SIZE = 50;

/** Who may act on fixes and grants, and whom to ask for what only an admin can do. */
export interface SharingViewer {
  actor: string;
  domain: string;
  actorIsAdmin: boolean;
  adminEmail: string | null;
}

function grantStatusLine(row: GrantRow, t: Translate): string {
  const kind = row.grant.grantee.kind;
  const members = kind === 'group' || kind === 'domain' ? ` · ${t.plural('sharing.members', row.members)}` : '';
  return `${statusName(row.status, t)}${members}`;
}

export function sharingScreen(d: LabelDetailOutput, v: SharingViewer, page: number, t: Translate): CardView {
  const id = d.label.id;
  const rows = pageOf(d.grants, page, GRANTS_PAGE_SIZE);
  const list: WidgetView[] = [deco(d.label.owner, { top: roleName('owner', t) })];
  for (const row of rows.items) {
    const mobile = row.grant.syncToMobile ? '' : ` · ${t('sharing.notOnPhone')}`;
    list.push(
      deco(granteeText(row.grant, v.domain, t), {
        top: `${roleName(row.grant.role, t)}${mobile}`,
        bottom: grantStatusLine(row, t),
        onClick: act('onOpenGrant', { labelId: id, grantId: row.grant.id }),
      }),
    );
  }
  const roles = grantableRoles(d.role);
  const form: WidgetView[] = roles.length
    ? [
        input('grantee', t('sharing.grantee'), { hint: t('sharing.granteeHint') }),
        dropdown('role', t('sharing.role'), roles.map((r) => ({ text: roleName(r, t), value: r })), 'viewer'),
        { kind: 'switch', name: 'syncToMobile', label: t('sharing.syncToMobile'), selected: true, value: 'true' },
        buttons(btn(t('sharing.shareButton'), 'onShare', { labelId: id }, true)),
      ]
    : [para(t('sharing.onlyManagers'))];
  return {
    name: 'sharing',
    header: { title: t('sharing.title', { name: d.label.name }), subtitle: t('sharing.yourRole', { role: roleName(d.role, t) }) },
    sections: [
      ...section(t('sharing.who'), [...list, ...pager(rows, 'onOpenSharing', { labelId: id, nav: 'update' }, t)]),
      ...section(t('sharing.share'), form),
    ],
  };
}

/** Whether the actor may change or remove this grant: managers any grant below owner, the owner any grant. */
function canManage(role: Role): boolean {
  return can(role, 'changeGrant');
}

export function grantScreen(d: { label: Label; role: Role; row: GrantRow }, v: SharingViewer, t: Translate, fmt: Formatter): CardView {
  const { label, role, row } = d;
  const g = row.grant;
  const grantRef = { labelId: label.id, grantId: g.id };
  const fc: FixContext = {
    labelId: label.id,
    grantId: g.id,
    grantKind: g.grantee.kind,
    email: g.grantee.kind === 'domain' ? v.domain : g.grantee.email,
    via: null,
    canManage: canManage(role),
    actorIsAdmin: v.actorIsAdmin,
    adminEmail: v.adminEmail,
  };
  const manage: WidgetView[] = [];
  if (canManage(role)) {
    manage.push(
      dropdown('role', t('sharing.role'), grantableRoles(role).map((r) => ({ text: roleName(r, t), value: r })), g.role),
      buttons(btn(t('grant.changeRole'), 'onChangeRole', grantRef), btn(t('grant.remove'), 'onUnshare', grantRef)),
    );
  } else if (g.grantee.kind !== 'domain' && g.grantee.kind !== 'group' && g.grantee.email === v.actor) {
    manage.push(para(t('grant.yours')), buttons(btn(t('grant.leave'), 'onUnshare', grantRef)));
  }
  const members = g.grantee.kind === 'group' || g.grantee.kind === 'domain';
  return {
    name: 'grant',
    header: { title: granteeText(g, v.domain, t), subtitle: `${label.name} · ${roleName(g.role, t)}` },
    sections: [
      ...statusSections(row.status, fc, t),
      // PARTIALLY_SHARED already offers "open group members" as its fix.
      ...section(undefined, members && row.status !== 'PARTIALLY_SHARED' ? [buttons(btn(t.plural('grant.members', row.members), 'onGroupMembers', grantRef))] : []),
      ...section(t('grant.access'), [
        deco(roleName(g.role, t), {
          top: t('sharing.role'),
          bottom: g.syncToMobile ? t('grant.onPhone') : t('sharing.notOnPhone'),
        }),
        deco(g.grantedBy, { top: t('grant.grantedBy'), bottom: fmt.dateTime(g.grantedAt) }),
        ...manage,
      ]),
    ],
  };
}

export function membersScreen(d: { label: Label; row: GrantRow; members: Collaborator[]; page: number }, v: SharingViewer, t: Translate): CardView {
  const { label, row } = d;
  const sorted = [...d.members].sort((a, b) => a.email.localeCompare(b.email));
  const page = pageOf(sorted, d.page, MEMBERS_PAGE_SIZE);
  const ref = { labelId: label.id, grantId: row.grant.id };
  const list = page.items.map((m) =>
    deco(m.email, { bottom: statusName(m.status, t), onClick: act('onOpenMember', { ...ref, email: m.email }) }),
  );
  return {
    name: 'members',
    header: { title: granteeText(row.grant, v.domain, t), subtitle: t.plural('sharing.members', sorted.length) },
    sections: [
      ...section(undefined, [...(list.length ? list : [para(t('members.none'))]), ...pager(page, 'onGroupMembers', ref, t)]),
    ],
  };
}

/** One account of a group or domain grant: its own status and fixes (unsharing it alone means leaving the group). */
export function memberScreen(d: { label: Label; role: Role; row: GrantRow; member: { email: string; status: Status } }, v: SharingViewer, t: Translate): CardView {
  const { label, row, member } = d;
  const g = row.grant;
  const fc: FixContext = {
    labelId: label.id,
    grantId: g.id,
    grantKind: g.grantee.kind,
    email: member.email,
    via: g.grantee.kind === 'domain' ? v.domain : g.grantee.email,
    canManage: canManage(d.role),
    actorIsAdmin: v.actorIsAdmin,
    adminEmail: v.adminEmail,
  };
  return {
    name: 'member',
    header: { title: member.email, subtitle: `${label.name} · ${granteeText(g, v.domain, t)}` },
    sections: statusSections(member.status, fc, t),
  };
}

export function inviteLinkScreen(email: string, labelName: string, link: string, t: Translate): CardView {
  return {
    name: 'inviteLink',
    header: { title: t('invite.title'), subtitle: labelName },
    sections: [
      {
        widgets: [para(t('invite.explain', { email, label: labelName })), input('inviteLink', t('invite.link'), { value: link }), para(t('invite.steps', { label: labelName }))],
      },
    ],
  };
}
