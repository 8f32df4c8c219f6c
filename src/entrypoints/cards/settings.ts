// Admin settings actions: the setup checklist (claim admin, key, test delegation, spreadsheet, trigger) and seats.
// Every action goes through the admin commands, which refuse anyone but the configured admin.
import type { DwdKeyInfo } from '../../core/ports/tokens';
import type { ReleaseSeatsOutput } from '../../app/commands/release-seats';
import { readEdition } from '../../app/settings';
import type { ActionResultView, CardView } from '../../ui/card-model';
import { settingsScreen, type SettingsData } from '../../ui/screens/settings';
import { cardAction, fresh, query, Refusal, run, universalAction, type CardEnv } from './frame';

export function settingsCard(env: CardEnv, test: SettingsData['test'] = null): CardView {
  const status = env.setup();
  let seats: SettingsData['seats'] = null;
  if (status.actorIsAdmin && status.spreadsheetId) {
    try {
      seats = { value: query(env, 'seats') };
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      seats = { error: env.t.error(err.refusal) };
    }
  }
  const data: SettingsData = { actor: env.ctx.actor, domain: env.ctx.domain, status, edition: readEdition(env.ctx.config), seats, test };
  return settingsScreen(data, env.t, env.fmt);
}

/** After a setup step: the checklist again, from a context composed afresh (the store's spreadsheet may be new). */
function refreshed(env: CardEnv, notify: string, test: SettingsData['test'] = null): ActionResultView {
  return { nav: [{ update: settingsCard(fresh(env), test) }], notify, stateChanged: true };
}

export const SETTINGS_ENTRY_POINTS = {
  onSettings: universalAction('onSettings', (env) => [settingsCard(env)]),

  onOpenSettings: cardAction('onOpenSettings', (env) => ({ nav: [{ push: settingsCard(env) }] })),

  onClaimAdmin: cardAction('onClaimAdmin', (env) => {
    run('claimAdmin');
    return refreshed(env, env.t('settings.claimed'));
  }),

  onSaveKey: cardAction('onSaveKey', (env) => {
    const key = run<DwdKeyInfo>('setServiceAccountKey', { json: env.form('keyJson') });
    return refreshed(env, env.t('settings.keySaved', { clientId: key.clientId }));
  }),

  /** The result is shown on the card as well as notified: the admin needs it while reading the checklist. */
  onTestDelegation: cardAction('onTestDelegation', (env) => {
    const user = env.form('testUser').trim() || env.ctx.actor;
    try {
      run('testDelegation', { user });
      const message = env.t('settings.testWorks', { user });
      return refreshed(env, message, { user, ok: true, message });
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      const message = env.t.error(err.refusal);
      return refreshed(env, env.t('settings.testFailed'), { user, ok: false, message });
    }
  }),

  onCreateStore: cardAction('onCreateStore', (env) => {
    run('createBackingStore');
    return refreshed(env, env.t('settings.spreadsheetCreated'));
  }),

  onLinkStore: cardAction('onLinkStore', (env) => {
    run('linkBackingStore', { spreadsheetId: env.form('spreadsheetId') });
    return refreshed(env, env.t('settings.spreadsheetLinked'));
  }),

  onInstallTrigger: cardAction('onInstallTrigger', (env) => {
    const out = run<{ created: boolean }>('installSyncTrigger');
    return refreshed(env, out.created ? env.t('settings.triggerInstalled') : env.t('settings.triggerChecked'));
  }),

  onReleaseSeats: cardAction('onReleaseSeats', (env) => {
    const out = run<ReleaseSeatsOutput>('releaseSeats');
    let notify = env.t.plural('settings.released', out.released.length);
    if (out.stillHeld.length) notify += ` ${env.t.plural('settings.stillHeld', out.stillHeld.length)}`;
    return refreshed(env, notify);
  }),
};
