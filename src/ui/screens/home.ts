// Home: my labels and the labels shared with me (contacts, my role, one health line each), invitations to accept,
// creating a label and searching contacts across my labels. Before the domain is set up: the Google Contacts labels.
import type { MyLabelsOutput } from '../../app/queries/my-labels';
import type { SharedLabel, SharedWithMeOutput } from '../../app/queries/shared-with-me';
import type { ContactGroupSummary } from '../../core/ports/contact-groups';
import { roleAtLeast, type Role } from '../../core/role';
import type { CardView, WidgetView } from '../card-model';
import type { Translate } from '../i18n';
import { pageOf } from '../limits';
import type { LabelOverview } from '../overview';
import { statusName } from '../status-view';
import { btn, buttons, deco, input, para, section, act } from '../widgets';
import { pager, roleName } from './common';

export const HOME_PAGE_SIZE = 30;

export interface HomeData {
  actor: string;
  owned: MyLabelsOutput['labels'];
  shared: SharedWithMeOutput['labels'];
  overview: Record<string, LabelOverview>;
  page: { owned: number; shared: number };
}

/** One line on a label's health: what a manager should look at, or (for others) the state of their own copies. */
export function healthLine(ov: LabelOverview | undefined, role: Role, pendingInvitation: boolean, t: Translate): string {
  if (pendingInvitation) return t('health.invitation');
  if (!ov) return t('health.unknown');
  if (roleAtLeast(role, 'manager')) {
    if (ov.collaborators === 0) return t('health.notShared');
    if (ov.attention > 0) return t.plural('health.attention', ov.attention);
    if (ov.invited > 0) return t.plural('health.invited', ov.invited);
    if (ov.sharing > 0) return t('health.sharing');
    return t('health.ok');
  }
  return ov.own ? t('health.yours', { status: statusName(ov.own.status, t) }) : t('health.notSynced');
}

function summary(count: number | undefined, role: Role, health: string, t: Translate): string {
  const parts = [count === undefined ? null : t.plural('count.contacts', count), roleName(role, t), health];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

function sharedWidget(l: SharedLabel, ov: LabelOverview | undefined, t: Translate): WidgetView {
  return deco(l.name, {
    top: t('home.from', { owner: l.owner }),
    bottom: summary(ov?.contactCount, l.role, healthLine(ov, l.role, l.pendingInvitation, t), t),
    onClick: act('onOpenLabel', { labelId: l.id }),
  });
}

export function homeScreen(d: HomeData, t: Translate): CardView {
  const pending = d.shared.filter((l) => l.pendingInvitation);
  const owned = pageOf(d.owned, d.page.owned, HOME_PAGE_SIZE);
  const shared = pageOf(d.shared, d.page.shared, HOME_PAGE_SIZE);
  const pageParams = { owned: String(owned.page), shared: String(shared.page) };
  const invitations = pending.slice(0, HOME_PAGE_SIZE).map((l) =>
    deco(l.name, {
      top: t('home.invitedBy', { owner: l.owner }),
      bottom: roleName(l.role, t),
      button: btn(t('home.accept'), 'onAcceptInvitation', { labelId: l.id }, true),
    }),
  );
  const mine = owned.items.map((l) =>
    deco(l.name, {
      bottom: summary(l.contactCount, 'owner', healthLine(d.overview[l.id], 'owner', false, t), t),
      onClick: act('onOpenLabel', { labelId: l.id }),
    }),
  );
  return {
    name: 'home',
    header: { title: t('app.name'), subtitle: t('home.subtitle', { user: d.actor }) },
    sections: [
      ...section(t('home.invitations'), invitations),
      ...section(t('home.myLabels'), [
        ...(mine.length ? mine : [para(t('home.noLabels'))]),
        ...pager(owned, 'onOpenHome', pageParams, t, 'owned'),
      ]),
      ...section(t('home.sharedWithMe'), [
        ...(shared.items.length ? shared.items.map((l) => sharedWidget(l, d.overview[l.id], t)) : [para(t('home.noShared'))]),
        ...pager(shared, 'onOpenHome', pageParams, t, 'shared'),
      ]),
      ...section(t('home.create'), [
        input('labelName', t('home.labelName'), { hint: t('home.labelNameHint') }),
        buttons(btn(t('home.createButton'), 'onCreateLabel', {}, true)),
      ]),
      ...section(t('home.search'), [
        input('q', t('home.searchInput'), { hint: t('home.searchHint') }),
        buttons(btn(t('home.searchButton'), 'onSearchContacts')),
      ]),
    ],
  };
}

/** Before an admin has set Shared Labels up: the user's own Google Contacts labels, and who has to act. */
export function homeNotReadyScreen(d: { actor: string; groups: ContactGroupSummary[]; adminEmail: string | null }, t: Translate): CardView {
  const groups = [...d.groups].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 90);
  return {
    name: 'home',
    header: { title: t('app.name'), subtitle: t('home.subtitle', { user: d.actor }) },
    sections: [
      ...section(t('home.googleLabels'), groups.map((g) => deco(g.name, { bottom: t.plural('count.contacts', g.memberCount) }))),
      ...section(t('home.notReadyHeader'), [
        para(d.adminEmail ? t('home.notReadyAdmin', { admin: d.adminEmail }) : t('home.notReady')),
        buttons(btn(t('home.openSettings'), 'onOpenSettings')),
      ]),
    ],
  };
}
