// Home card actions: the homepage, paging it, creating a label, accepting an invitation, searching across my labels.
import type { CreateLabelOutput } from '../../app/commands/create-label';
import type { MyLabelsOutput } from '../../app/queries/my-labels';
import type { SharedWithMeOutput } from '../../app/queries/shared-with-me';
import type { CardView } from '../../ui/card-model';
import { pageParam } from '../../ui/limits';
import { overview, searchLabels } from '../../ui/overview';
import { homeNotReadyScreen, homeScreen } from '../../ui/screens/home';
import { helpScreen, searchScreen } from '../../ui/screens/misc';
import type { TableName } from '../../core/ports/store';
import { cardAction, cardTrigger, query, readOnce, run, universalAction, unwrap, type CardEnv } from './frame';
import { labelCard } from './label';

export const SEARCH_RESULTS_SHOWN = 50;

export interface VisibleLabels {
  owned: MyLabelsOutput['labels'];
  shared: SharedWithMeOutput['labels'];
  ids: string[];
  names: Record<string, string>;
}

/** The labels the actor owns and those shared with them: the queries decide who sees what. */
export function visibleLabels(env: CardEnv): VisibleLabels {
  const owned = query(env, 'myLabels').labels;
  const shared = query(env, 'sharedWithMe').labels;
  const all = [...owned, ...shared];
  return { owned, shared, ids: all.map((l) => l.id), names: Object.fromEntries(all.map((l) => [l.id, l.name])) };
}

/** What myLabels, sharedWithMe and the overview read between them: the home card costs one store read. */
export const LABEL_LIST_TABLES: readonly TableName[] = ['labels', 'grants', 'contacts', 'collaborators'];

export function homeCard(env: CardEnv, page = { owned: 0, shared: 0 }): CardView {
  const setup = env.setup();
  if (!setup.spreadsheetId) {
    return homeNotReadyScreen({ actor: env.ctx.actor, groups: env.ctx.contactGroups.listUserGroups(), adminEmail: setup.adminEmail }, env.t);
  }
  const view = readOnce(env, LABEL_LIST_TABLES);
  const v = visibleLabels(view);
  const ov = unwrap(overview(view.ctx, v.ids));
  return homeScreen({ actor: env.ctx.actor, owned: v.owned, shared: v.shared, overview: ov.labels, page }, env.t);
}

export const HOME_ENTRY_POINTS = {
  onHomepage: cardTrigger('onHomepage', (env) => homeCard(env)),

  onOpenHome: cardAction('onOpenHome', (env) => {
    const card = homeCard(env, { owned: pageParam(env.params.owned), shared: pageParam(env.params.shared) });
    return { nav: [env.params.nav === 'update' ? { update: card } : { push: card }] };
  }),

  onCreateLabel: cardAction('onCreateLabel', (env) => {
    const { label } = run<CreateLabelOutput>('createLabel', { name: env.form('labelName') });
    return {
      nav: [{ update: homeCard(env) }, { push: labelCard(env, label.id) }],
      notify: env.t('home.created', { name: label.name }),
      stateChanged: true,
    };
  }),

  onAcceptInvitation: cardAction('onAcceptInvitation', (env) => {
    run('acceptInvitation', { labelId: env.params.labelId ?? '' });
    return { nav: [{ update: homeCard(env) }], notify: env.t('home.accepted'), stateChanged: true };
  }),

  onSearchContacts: cardAction('onSearchContacts', (env) => {
    const q = env.form('q').trim();
    if (q === '') return { notify: env.t('search.empty') };
    const view = readOnce(env, LABEL_LIST_TABLES);
    const v = visibleLabels(view);
    const found = unwrap(searchLabels(view.ctx, v.ids, q.slice(0, 200), SEARCH_RESULTS_SHOWN));
    return { nav: [{ push: searchScreen(q, found.hits, found.total, v.names, env.t) }] };
  }),

  onHelp: universalAction('onHelp', (env) => [helpScreen(env.t)]),

  /** Cancel on a confirmation or a form: back to the card below. */
  onBack: cardAction('onBack', () => ({ nav: [{ pop: true }] })),
};
