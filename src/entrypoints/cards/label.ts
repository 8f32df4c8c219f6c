// Label card actions: open (paged, searchable), sync now, and the owner's rename, transfer and delete.
import type { SyncOutcome } from '../api';
import type { TransferLabelOutput } from '../../app/commands/transfer-label';
import type { CardView } from '../../ui/card-model';
import { pageParam } from '../../ui/limits';
import { confirmDeleteScreen, LABEL_PAGE_SIZE, labelScreen, manageLabelScreen } from '../../ui/screens/label';
import { cardAction, query, run, type CardEnv } from './frame';
import { homeCard } from './home';

/** The label's card at `page` (clamped to the last page) with `search` applied. */
export function labelCard(env: CardEnv, labelId: string, search = '', page = 0): CardView {
  const ask = (p: number) => query(env, 'labelDetail', { labelId, pageSize: LABEL_PAGE_SIZE, pageToken: String(p * LABEL_PAGE_SIZE), search });
  let detail = ask(page);
  let shown = page;
  if (detail.contacts.length === 0 && page > 0 && detail.total > 0) {
    shown = Math.floor((detail.total - 1) / LABEL_PAGE_SIZE);
    detail = ask(shown);
  }
  return labelScreen({ detail, actor: env.ctx.actor, search, page: shown }, env.t, env.fmt);
}

/** The search text: an explicit `q` parameter (paging, clearing), else the card's search field. */
function searchOf(env: CardEnv): string {
  if (env.params.q !== undefined) return env.params.q.slice(0, 200);
  return env.params.search === 'form' ? env.form('q').trim().slice(0, 200) : '';
}

function syncNotice(env: CardEnv, outcome: SyncOutcome | undefined): string {
  if (!outcome) return env.t('sync.requested');
  if (!outcome.ok) return env.t('sync.later', { reason: env.t.error({ key: outcome.error.key, message: outcome.error.message }) });
  if (outcome.report.skipped) return env.t('sync.running');
  if (outcome.report.pending.length > 0) return env.t.plural('sync.partial', outcome.report.pending.length);
  return env.t.plural('sync.done', outcome.report.pushed.length);
}

export const LABEL_ENTRY_POINTS = {
  onOpenLabel: cardAction('onOpenLabel', (env) => {
    const card = labelCard(env, env.params.labelId ?? '', searchOf(env), pageParam(env.params.page));
    return { nav: [env.params.nav === 'update' ? { update: card } : { push: card }] };
  }),

  onSyncNow: cardAction('onSyncNow', (env) => {
    const labelId = env.params.labelId ?? '';
    const out = run<{ sync?: SyncOutcome }>('syncNow', { labelId });
    const notify = syncNotice(env, out.sync);
    return env.params.view === 'label'
      ? { nav: [{ update: labelCard(env, labelId) }], notify, stateChanged: true }
      : { notify, stateChanged: true };
  }),

  onManageLabel: cardAction('onManageLabel', (env) => {
    const detail = query(env, 'labelDetail', { labelId: env.params.labelId ?? '', pageSize: 1 });
    if (detail.role !== 'owner') return { notify: env.t('manage.ownerOnly') };
    return { nav: [{ push: manageLabelScreen(detail.label, env.t) }] };
  }),

  onRenameLabel: cardAction('onRenameLabel', (env) => {
    const labelId = env.params.labelId ?? '';
    run('renameLabel', { labelId, name: env.form('labelName') });
    return { nav: [{ pop: true }, { update: labelCard(env, labelId) }], notify: env.t('manage.renamed'), stateChanged: true };
  }),

  onTransferLabel: cardAction('onTransferLabel', (env) => {
    const labelId = env.params.labelId ?? '';
    const out = run<TransferLabelOutput>('transferLabel', { labelId, newOwner: env.form('newOwner') });
    return {
      nav: [{ pop: true }, { update: labelCard(env, labelId) }],
      notify: env.t('manage.transferred', { owner: out.label.owner }),
      stateChanged: true,
    };
  }),

  /** Without `confirm=yes` it only asks; with it, deletes and goes home. */
  onDeleteLabel: cardAction('onDeleteLabel', (env) => {
    const labelId = env.params.labelId ?? '';
    if (env.params.confirm !== 'yes') {
      const detail = query(env, 'labelDetail', { labelId, pageSize: 1 });
      return { nav: [{ push: confirmDeleteScreen(detail.label, detail.total, env.t) }] };
    }
    run('deleteLabel', { labelId });
    return { nav: [{ popToRoot: true }, { update: homeCard(env) }], notify: env.t('manage.deleted'), stateChanged: true };
  }),
};
