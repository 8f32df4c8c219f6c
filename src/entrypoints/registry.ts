// The typed registry of every function Apps Script calls. A missing or extra name fails compilation (see names.ts).
import { loadHome, loadLabel } from '../app/home';
import { helpCard, homeCard, labelCard, settingsCard } from '../ui/home-card';
import { translator } from '../ui/i18n';
import { compose } from './composition-root';
import { eventLocale, eventParams, type AddonEvent } from './event';
import type { EntryPointName } from './names';
import { onCommand, onSyncTrigger } from './api';

type EntryPoint = (e?: AddonEvent) => unknown;

function home(e?: AddonEvent) {
  const ctx = compose();
  return ctx.renderCard(homeCard(loadHome(ctx.actor, ctx.contactGroups), translator(eventLocale(e))));
}

export const ENTRY_POINTS: Record<EntryPointName, EntryPoint> = {
  onHomepage: home,
  onGmailMessage: home,
  onSettings: (e) => {
    const ctx = compose();
    return ctx.renderCard(settingsCard(ctx.actor, translator(eventLocale(e))));
  },
  onHelp: (e) => compose().renderCard(helpCard(translator(eventLocale(e)))),
  onCommand,
  onSyncTrigger,
  onOpenLabel: (e) => {
    const ctx = compose();
    const t = translator(eventLocale(e));
    const label = loadLabel(ctx.contactGroups, eventParams(e).group ?? '');
    if (!label) return ctx.renderAction({ notify: t('label.notFound') });
    return ctx.renderAction({ navigate: 'push', card: labelCard(label, t) });
  },
};
