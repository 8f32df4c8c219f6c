// Feed card actions: open a label's feed card, set its source, remove it. The commands re-check that the actor owns it.
import type { FeedStatusOutput } from '../../app/feeds/feed-status';
import { feedCardView } from '../../app/feeds/feed-view';
import type { CardView } from '../../ui/card-model';
import { feedScreen } from '../../ui/screens/feed';
import { cardAction, query, run, type CardEnv } from './frame';
import { labelCard } from './label';

function feedCard(env: CardEnv, labelId: string): CardView {
  const status = query(env, 'feedStatus', { labelId }) as FeedStatusOutput;
  const detail = query(env, 'labelDetail', { labelId, pageSize: 1 });
  return feedScreen(feedCardView(status), detail.role === 'owner', env.t);
}

/** The source as the form gives it; only the fields of the chosen kind are sent. */
function feedInput(env: CardEnv, labelId: string): Record<string, unknown> {
  const kind = env.form('kind') || 'csv';
  const input: Record<string, unknown> = { labelId, kind, replace: env.form('replace') === 'true' };
  if (kind === 'csv') input.csv = env.form('csv');
  if (kind === 'sheet') {
    input.spreadsheetId = env.form('spreadsheetId').trim();
    if (env.form('range').trim()) input.range = env.form('range').trim();
  }
  if (kind === 'crm') {
    input.json = env.form('json');
    try {
      input.mapping = JSON.parse(env.form('mapping') || '{}');
    } catch {
      input.mapping = env.form('mapping');
    }
  }
  return input;
}

export const FEED_ENTRY_POINTS = {
  onOpenFeed: cardAction('onOpenFeed', (env) => ({ nav: [{ push: feedCard(env, env.params.labelId ?? '') }] })),

  onSetFeed: cardAction('onSetFeed', (env) => {
    const labelId = env.params.labelId ?? '';
    run('setFeed', feedInput(env, labelId));
    return { nav: [{ update: feedCard(env, labelId) }], notify: env.t('feed.saved'), stateChanged: true };
  }),

  onRemoveFeed: cardAction('onRemoveFeed', (env) => {
    const labelId = env.params.labelId ?? '';
    run('removeFeed', { labelId });
    return { nav: [{ pop: true }, { update: labelCard(env, labelId) }], notify: env.t('feed.removed'), stateChanged: true };
  }),
};
