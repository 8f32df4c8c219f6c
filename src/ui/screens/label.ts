// Label: its contacts (20 a page, searchable), adding contacts, sync now with the last sync time, sharing, and the
// owner's rename / transfer / delete.
import type { LabelDetailOutput } from '../../app/queries/label-detail';
import type { Label } from '../../core/model';
import { can } from '../../core/role';
import type { CardView } from '../card-model';
import type { Formatter } from '../format';
import type { Translate } from '../i18n';
import type { Page } from '../limits';
import type { LabelOverview } from '../overview';
import { ATTENTION } from '../status-view';
import { act, btn, buttons, deco, input, para, section } from '../widgets';
import { contactLine, pager, roleName } from './common';
import { healthLine } from './home';

export const LABEL_PAGE_SIZE = 20;

export interface LabelScreenData {
  detail: LabelDetailOutput;
  actor: string;
  search: string;
  /** 0-based page of contacts shown. */
  page: number;
}

/** The label's health and last sync, from its collaborator rows (the actor's own sync time when they have one). */
export function labelHealth(d: LabelDetailOutput, actor: string): LabelOverview {
  const rows = d.collaborators;
  const mine = rows.find((r) => r.email === actor);
  const latest = rows.reduce<string | null>((acc, r) => (r.lastSyncAt !== null && (acc === null || r.lastSyncAt > acc) ? r.lastSyncAt : acc), null);
  return {
    contactCount: d.total,
    collaborators: rows.filter((r) => r.grantId !== '').length,
    attention: rows.filter((r) => ATTENTION.has(r.status)).length,
    invited: rows.filter((r) => r.status === 'INVITED').length,
    sharing: rows.filter((r) => r.status === 'SHARING').length,
    feed: d.label.feed !== null,
    own: mine ? { status: mine.status, lastSyncAt: mine.lastSyncAt } : null,
    lastSyncAt: mine?.lastSyncAt ?? latest,
  };
}

export function labelScreen(d: LabelScreenData, t: Translate, fmt: Formatter): CardView {
  const { label, role, contacts, total } = d.detail;
  const health = labelHealth(d.detail, d.actor);
  const page: Page<unknown> = {
    items: contacts,
    page: d.page,
    pages: Math.max(1, Math.ceil(total / LABEL_PAGE_SIZE)),
    total,
    from: contacts.length ? d.page * LABEL_PAGE_SIZE + 1 : 0,
    to: d.page * LABEL_PAGE_SIZE + contacts.length,
  };
  const list = contacts.map((c) =>
    deco(c.displayName || t('contact.noName'), { bottom: contactLine(c), onClick: act('onOpenContact', { contactId: c.id, labelId: label.id, from: 'label' }) }),
  );
  const searchButtons = [btn(t('label.searchButton'), 'onOpenLabel', { labelId: label.id, nav: 'update', search: 'form' })];
  if (d.search) searchButtons.push(btn(t('label.clearSearch'), 'onOpenLabel', { labelId: label.id, nav: 'update', q: '' }));
  const adding =
    health.feed
      ? [para(t('label.feedReadOnly')), buttons(btn(t('feed.title'), 'onOpenFeed', { labelId: label.id }))]
      : can(role, 'addContact')
        ? [buttons(btn(t('label.newContact'), 'onNewContactForm', { labelId: label.id }), btn(t('label.fromGoogle'), 'onFindExisting', { labelId: label.id }))]
        : [];
  const grants = d.detail.grants.length;
  return {
    name: 'label',
    header: {
      title: label.name,
      subtitle:
        role === 'owner'
          ? t('sharing.yourRole', { role: roleName(role, t) })
          : `${t('sharing.yourRole', { role: roleName(role, t) })} · ${t('label.ownedBy', { owner: label.owner })}`,
    },
    sections: [
      ...section(t('label.search'), [input('q', t('label.searchInput'), { value: d.search }), buttons(...searchButtons)]),
      ...section(d.search ? t('label.matching', { count: total, q: d.search }) : t.plural('count.contacts', total), [
        ...(list.length ? list : [para(d.search ? t('label.noMatch') : t('label.empty'))]),
        ...pager(page, 'onOpenLabel', { labelId: label.id, nav: 'update', q: d.search }, t),
      ]),
      ...section(t('label.add'), adding),
      ...section(t('label.sync'), [
        deco(health.lastSyncAt ? fmt.dateTime(health.lastSyncAt) : t('label.neverSynced'), {
          top: t('label.lastSync'),
          bottom: healthLine(health, role, false, t),
        }),
        buttons(btn(t('label.syncNow'), 'onSyncNow', { labelId: label.id, view: 'label' })),
      ]),
      ...section(t('label.sharing'), [
        deco(grants ? t.plural('label.sharedWith', grants) : t('health.notShared'), {
          bottom: health.attention ? t.plural('health.attention', health.attention) : undefined,
          onClick: act('onOpenSharing', { labelId: label.id }),
        }),
        buttons(btn(t('label.openSharing'), 'onOpenSharing', { labelId: label.id })),
      ]),
      ...section(undefined, role === 'owner' ? [buttons(btn(t('label.manage'), 'onManageLabel', { labelId: label.id }))] : []),
    ],
  };
}

/** The owner's rename, transfer and delete. */
export function manageLabelScreen(label: Label, t: Translate): CardView {
  const id = { labelId: label.id };
  return {
    name: 'manage',
    header: { title: t('manage.title'), subtitle: label.name },
    sections: [
      ...section(t('manage.rename'), [input('labelName', t('manage.newName'), { value: label.name }), buttons(btn(t('manage.renameButton'), 'onRenameLabel', id))]),
      ...section(t('manage.transfer'), [
        para(t('manage.transferExplain')),
        input('newOwner', t('manage.newOwner'), { hint: t('manage.newOwnerHint') }),
        buttons(btn(t('manage.transferButton'), 'onTransferLabel', id)),
      ]),
      ...section(t('feed.title'), [para(t('feed.explain')), buttons(btn(t('feed.button'), 'onOpenFeed', id))]),
      ...section(t('manage.delete'), [para(t('manage.deleteExplain')), buttons(btn(t('manage.deleteButton'), 'onDeleteLabel', id))]),
    ],
  };
}

export function confirmDeleteScreen(label: Label, contactCount: number, t: Translate): CardView {
  return {
    name: 'confirmDelete',
    header: { title: t('manage.confirmTitle', { name: label.name }) },
    sections: [
      {
        widgets: [
          para(t.plural('manage.confirmText', contactCount, { name: label.name })),
          buttons(btn(t('manage.confirmButton'), 'onDeleteLabel', { labelId: label.id, confirm: 'yes' }, true), btn(t('common.cancel'), 'onBack')),
        ],
      },
    ],
  };
}
