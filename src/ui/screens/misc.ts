// Help, search across my labels, and adding existing contacts from my own Google Contacts.
import type { OwnContact } from '../../core/ports/actor-contacts';
import { STATUSES } from '../../core/status';
import type { CardView, WidgetView } from '../card-model';
import type { Translate } from '../i18n';
import type { SearchHit } from '../overview';
import { statusExplanation, statusName } from '../status-view';
import { act, btn, buttons, deco, input, para, section } from '../widgets';
import { contactLine } from './common';

export function helpScreen(t: Translate): CardView {
  return {
    name: 'help',
    header: { title: t('help.title'), subtitle: t('app.name') },
    sections: [
      { widgets: [para(t('help.what')), para(t('help.roles')), para(t('help.sync')), para(t('help.phone'))] },
      ...section(
        t('help.statuses'),
        STATUSES.map((s) => deco(statusName(s, t), { bottom: statusExplanation(s, t('help.someone'), t) })),
        { collapsible: true, uncollapsible: 0 },
      ),
      { widgets: [buttons(btn(t('help.home'), 'onOpenHome'), btn(t('help.settings'), 'onOpenSettings'))] },
    ],
  };
}

export function searchScreen(query: string, hits: SearchHit[], total: number, labelNames: Record<string, string>, t: Translate): CardView {
  const list: WidgetView[] = hits.map((h) =>
    deco(h.contact.displayName || t('contact.noName'), {
      top: h.labelIds.map((id) => labelNames[id] ?? '').filter(Boolean).join(', '),
      bottom: contactLine(h.contact),
      onClick: act('onOpenContact', { contactId: h.contact.id, labelId: h.labelIds[0] ?? '', from: 'search' }),
    }),
  );
  if (total > hits.length) list.push(para(t.plural('search.more', total - hits.length)));
  return {
    name: 'search',
    header: { title: t('search.title', { q: query }) },
    sections: [{ widgets: list.length ? list : [para(t('search.none'))] }],
  };
}

function ownName(c: OwnContact): string {
  const p = c.person as { names?: Array<{ displayName?: string }>; emailAddresses?: Array<{ value?: string }>; phoneNumbers?: Array<{ value?: string }> };
  return p.names?.[0]?.displayName ?? p.emailAddresses?.[0]?.value ?? p.phoneNumbers?.[0]?.value ?? c.resourceName;
}

function ownLine(c: OwnContact): string {
  const p = c.person as { emailAddresses?: Array<{ value?: string }>; phoneNumbers?: Array<{ value?: string }> };
  return p.emailAddresses?.[0]?.value ?? p.phoneNumbers?.[0]?.value ?? '';
}

/** Search my own Google Contacts and adopt one into the label; `results` is null before the first search. */
export function findExistingScreen(label: { id: string; name: string }, query: string, results: OwnContact[] | null, t: Translate): CardView {
  const found: WidgetView[] =
    results === null
      ? [para(t('find.hint'))]
      : results.length === 0
        ? [para(t('find.none', { q: query }))]
        : results.map((c) =>
            deco(ownName(c), {
              bottom: ownLine(c),
              button: btn(t('find.add'), 'onAddExisting', { labelId: label.id, resourceName: c.resourceName }),
            }),
          );
  return {
    name: 'findExisting',
    header: { title: t('find.title'), subtitle: label.name },
    sections: [
      { widgets: [input('q', t('find.input'), { value: query }), buttons(btn(t('find.searchButton'), 'onFindExisting', { labelId: label.id, nav: 'update' }))] },
      ...section(t('find.results'), found),
    ],
  };
}
