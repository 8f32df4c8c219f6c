// The feed card of a label (DESIGN.md section 8): where its contacts come from, the last import's numbers and skipped
// rows, and — for the owner — setting or removing the source.
import type { FeedCardView, Msg } from '../../app/feeds/feed-view';
import type { CardView, WidgetView } from '../card-model';
import type { Translate } from '../i18n';
import { btn, buttons, deco, dropdown, input, para, section } from '../widgets';

/** Cards hold no files: the skipped rows are shown for copying, cut to a size a card carries comfortably. */
export const DOWNLOAD_MAX_CHARS = 20000;

const say = (t: Translate, m: Msg) => t.error({ key: m.key, message: m.text, params: m.params });

export function feedScreen(view: FeedCardView, canManage: boolean, t: Translate): CardView {
  const id = { labelId: view.labelId };
  const status: WidgetView[] = [para(t('feed.explain')), para(say(t, view.headline))];
  if (view.source) status.push(deco(say(t, view.source), { top: t('feed.sourceLabel') }));
  if (view.progress) status.push(deco(t('feed.progress', view.progress), { top: t('feed.progressLabel') }));
  if (view.error) status.push(deco(say(t, view.error)));
  const counts = view.counts.map((c) => deco(String(c.value), { top: say(t, c.label) }));
  const skipped: WidgetView[] = [
    ...view.reasons.map((r) => para(t('feed.reasonCount', { reason: say(t, r.label), count: r.count }))),
    ...view.sample.map((m) => para(say(t, m))),
  ];
  if (view.ignoredColumns.length > 0) skipped.push(para(t('feed.ignoredColumns', { columns: view.ignoredColumns.join(', ') })));
  if (view.download) {
    skipped.push(input('skippedCsv', t('feed.download'), { value: view.download.content.slice(0, DOWNLOAD_MAX_CHARS), multiline: true }));
  }
  const manage: WidgetView[] = canManage
    ? [
        dropdown('kind', t('feed.kind'), (['directory', 'csv', 'sheet', 'crm'] as const).map((k) => ({ text: t(`feed.kind.${k}`), value: k })), view.kind ?? 'csv'),
        input('csv', t('feed.csv'), { multiline: true }),
        input('spreadsheetId', t('feed.spreadsheetId')),
        input('range', t('feed.range')),
        input('json', t('feed.json'), { multiline: true }),
        input('mapping', t('feed.mapping'), { multiline: true }),
        { kind: 'switch', name: 'replace', label: t('feed.replace'), selected: false },
        buttons(btn(t('feed.save'), 'onSetFeed', id, true), ...(view.kind ? [btn(t('feed.remove'), 'onRemoveFeed', id)] : [])),
      ]
    : [para(t('feed.ownerOnly'))];
  return {
    name: 'feed',
    header: { title: t('feed.title'), subtitle: view.title },
    sections: [
      ...section(undefined, status),
      ...section(t('feed.lastImport'), counts),
      ...section(t('feed.skippedReasons'), skipped, { collapsible: skipped.length > 3, uncollapsible: 3 }),
      ...section(t('feed.set'), manage),
    ],
  };
}
