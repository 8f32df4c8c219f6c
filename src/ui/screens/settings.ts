// Admin settings (universal action): the DWD checklist (admin, key and scopes, test delegation, backing spreadsheet,
// hourly trigger), edition and seats; anyone else sees who the admin is. No secret is ever shown: of the key, only
// the client id and client email.
import type { SetupStatus } from '../../app/admin/setup';
import type { SeatsOutput } from '../../app/queries/seats';
import type { Edition } from '../../core/edition';
import type { CardView, SectionView, WidgetView } from '../card-model';
import type { Formatter } from '../format';
import type { Translate } from '../i18n';
import { btn, buttons, deco, input, link, para, section } from '../widgets';

export interface SettingsData {
  actor: string;
  domain: string;
  status: SetupStatus;
  edition: Edition;
  /** Null when not asked (not the admin, or no spreadsheet yet); `error` when the seats could not be read. */
  seats: { value: SeatsOutput } | { error: string } | null;
  /** The result of "test delegation", shown right after the test. */
  test: { user: string; ok: boolean; message: string } | null;
}

export const spreadsheetUrl = (id: string) => `https://docs.google.com/spreadsheets/d/${encodeURIComponent(id)}/edit`;

/** Inputs of the feed settings, for the feed work to fill. */
export interface FeedSectionInput {
  domain: string;
  actorIsAdmin: boolean;
}

/**
 * The hook where the feeds card plugs in its settings section(s). Feeds are not part of this build: it returns
 * nothing, so the settings card shows no placeholder.
 */
export function feedSection(_input: FeedSectionInput, _t: Translate): SectionView[] {
  return [];
}

const HOUR_MS = 3600 * 1000;
const RUN_SUMMARY = /^(\d+) accounts up to date, (\d+) pending, (\d+) failed$/;

function lastRunWidgets(s: SetupStatus, t: Translate, fmt: Formatter): WidgetView[] {
  const run = s.lastRun;
  if (!run) return [para(t('settings.noRunYet'))];
  const m = RUN_SUMMARY.exec(run.summary);
  const summary = m ? t('settings.runSummary', { done: Number(m[1]), pending: Number(m[2]), failed: Number(m[3]) }) : run.summary;
  const out = [deco(summary, { top: t('settings.lastRun', { when: fmt.dateTime(run.at) }) })];
  const at = Date.parse(run.at);
  if (s.triggerInstalled && Number.isFinite(at)) out.push(deco(fmt.dateTime(new Date(at + HOUR_MS).toISOString()), { top: t('settings.nextRun') }));
  return out;
}

function seatSections(d: SettingsData, t: Translate): SectionView[] {
  const out: WidgetView[] = [deco(d.edition, { top: t('settings.edition') })];
  if (d.seats && 'error' in d.seats) out.push(para(d.seats.error));
  if (d.seats && 'value' in d.seats) {
    const s = d.seats.value;
    if (s.total === 'unlimited' || s.free === 'unlimited') {
      out.push(deco(t('settings.seatsUnlimited', { used: s.used }), { top: t('settings.seats') }));
    } else {
      const total = t.plural('settings.seatCount', s.total);
      out.push(deco(t('settings.seatsUsed', { used: s.used, total }), { top: t('settings.seats'), bottom: t('settings.seatsFree', { free: s.free }) }));
    }
    if (s.waiting.length) out.push(deco(t.plural('settings.waiting', s.waiting.length), { bottom: s.waiting.slice(0, 10).join(', ') }));
    for (const h of s.inactive.slice(0, 60)) out.push(deco(h.email, { bottom: t(`settings.state.${h.state}` as const) }));
    out.push(s.inactive.length ? buttons(btn(t('settings.release'), 'onReleaseSeats', {}, true)) : para(t('settings.noInactive')));
  }
  return section(t('settings.editionSeats'), out);
}

function adminSections(d: SettingsData, t: Translate, fmt: Formatter): SectionView[] {
  const s = d.status;
  const key = s.key;
  // The scopes to authorise are known before any key: the admin authorises the key's client id first, since
  // storing a key mints a token with it (nothing is stored when delegation refuses).
  const step2: WidgetView[] = [
    ...(key ? [deco(key.clientId, { top: t('settings.clientId') }), deco(key.clientEmail, { top: t('settings.clientEmail') })] : []),
    para(t('settings.dwdHowTo')),
    input('dwdScopes', t('settings.scopes'), { value: s.scopes.join(','), multiline: true }),
    ...(key ? [] : [para(t('settings.keyMissing'))]),
  ];
  step2.push(
    input('keyJson', key ? t('settings.keyReplace') : t('settings.keyInput'), { multiline: true, hint: t('settings.keyHint') }),
    buttons(btn(t('settings.saveKey'), 'onSaveKey')),
  );
  const step3: WidgetView[] = [
    input('testUser', t('settings.testUser'), { value: d.test?.user ?? d.actor }),
    buttons(btn(t('settings.testButton'), 'onTestDelegation')),
  ];
  if (d.test) step3.push(deco(d.test.message, { top: d.test.ok ? `✓ ${t('settings.testOk')}` : `✗ ${t('settings.testFailed')}` }));
  const step4: WidgetView[] = s.spreadsheetId
    ? [deco(s.spreadsheetId, { top: t('settings.spreadsheetId') }), buttons(link(t('settings.openSpreadsheet'), spreadsheetUrl(s.spreadsheetId)))]
    : [
        para(key ? t('settings.noSpreadsheet') : t('settings.keyFirst')),
        ...(key ? [buttons(btn(t('settings.createSpreadsheet'), 'onCreateStore', {}, true))] : []),
        input('spreadsheetId', t('settings.linkInput'), { hint: t('settings.linkHint') }),
        buttons(btn(t('settings.linkButton'), 'onLinkStore')),
      ];
  const step5: WidgetView[] = [
    deco(s.triggerInstalled ? `✓ ${t('settings.triggerOn')}` : `✗ ${t('settings.triggerOff')}`, { top: t('settings.trigger') }),
    buttons(btn(s.triggerInstalled ? t('settings.repairTrigger') : t('settings.installTrigger'), 'onInstallTrigger')),
    ...lastRunWidgets(s, t, fmt),
  ];
  return [
    ...section(`1. ${t('settings.step1')}`, [deco(`✓ ${t('settings.step1Done', { admin: s.adminEmail ?? d.actor })}`, { bottom: d.domain })]),
    ...section(`2. ${t('settings.step2')}`, step2),
    ...section(`3. ${t('settings.step3')}`, step3),
    ...section(`4. ${t('settings.step4')}`, step4),
    ...section(`5. ${t('settings.step5')}`, step5),
    ...seatSections(d, t),
    ...feedSection({ domain: d.domain, actorIsAdmin: true }, t),
  ];
}

export function settingsScreen(d: SettingsData, t: Translate, fmt: Formatter): CardView {
  const s = d.status;
  const who: WidgetView[] = [deco(d.actor, { top: t('settings.account') }), deco(d.domain, { top: t('settings.domain') })];
  let sections: SectionView[];
  if (s.actorIsAdmin) sections = adminSections(d, t, fmt);
  else if (s.adminEmail) sections = section(undefined, [para(t('settings.managedBy', { admin: s.adminEmail })), ...who]);
  else {
    sections = section(t('settings.notSetUpHeader'), [
      para(t('settings.notSetUp')),
      buttons(btn(t('settings.claim'), 'onClaimAdmin', {}, true)),
      ...who,
    ]);
  }
  return { name: 'settings', header: { title: t('settings.title'), subtitle: t('app.name') }, sections };
}
