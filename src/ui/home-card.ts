// The home card of the first slice: the signed-in user's labels, each with its contact count.
import type { HomeResult, LabelResult } from '../app/home';
import type { CardView } from './card-model';
import type { Translate } from './i18n';

export function homeCard(home: HomeResult, t: Translate): CardView {
  return {
    name: 'home',
    header: { title: t('app.name'), subtitle: t('home.subtitle', { user: home.actor }) },
    sections: [
      {
        header: t('home.myLabels'),
        widgets: home.labels.length
          ? home.labels.map((l) => ({
              kind: 'decorated' as const,
              text: l.name,
              bottom: t('home.contactCount', { count: l.memberCount }),
              onClick: { fn: 'onOpenLabel' as const, params: { group: l.resourceName } },
            }))
          : [{ kind: 'text' as const, text: t('home.noLabels') }],
      },
    ],
  };
}

export function labelCard(label: LabelResult, t: Translate): CardView {
  return {
    name: 'label',
    header: { title: label.group.name, subtitle: t('home.contactCount', { count: label.group.memberCount }) },
    sections: [
      {
        header: t('label.contacts'),
        widgets: label.members.length
          ? label.members.map((m) => ({ kind: 'decorated' as const, text: m.displayName, bottom: m.email }))
          : [{ kind: 'text' as const, text: t('label.empty') }],
      },
    ],
  };
}

export function helpCard(t: Translate): CardView {
  return {
    name: 'help',
    header: { title: t('help.title'), subtitle: t('app.name') },
    sections: [{ widgets: [t('help.what'), t('help.roles'), t('help.sync')].map((text) => ({ kind: 'text' as const, text })) }],
  };
}

export function settingsCard(actor: string, t: Translate): CardView {
  const domain = actor.split('@')[1] ?? '';
  return {
    name: 'settings',
    header: { title: t('settings.title'), subtitle: t('app.name') },
    sections: [
      {
        widgets: [
          { kind: 'decorated', top: t('settings.account'), text: actor },
          { kind: 'decorated', top: t('settings.domain'), text: domain },
        ],
      },
    ],
  };
}
