// The card renderer and the event objects, with a fixture add-on (fixtures/widgets-addon.gs) that draws every widget and
// echoes the event it receives: what Gmail would draw, and what Gmail would send back, independent of product screens.
import type { Page } from 'playwright-core';
import type { E2eTest } from './harness';
import { advanceHour, depth as stackDepth, expect, expectSidebar, idle, openAs, universalAction } from './page';

type Json = Record<string, unknown>;

/** The event object the fixture's echo card printed. */
async function echoedEvent(page: Page): Promise<Json> {
  const text = await page.getByTestId('sidebar-card').locator('[data-widget="textParagraph"]').first().innerText();
  return JSON.parse(text) as Json;
}

async function click(page: Page, name: string | RegExp): Promise<void> {
  await page.getByTestId('sidebar').getByRole('button', { name }).first().click();
  await idle(page);
}

export const RENDERER_TESTS: E2eTest[] = [
  {
    name: 'renders header, sections, decorated text, inputs, buttons, image, divider, footer and collapsible sections',
    addon: 'fixture',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      const card = page.getByTestId('sidebar-card');
      await card.getByTestId('card-title').filter({ hasText: 'Widgets' }).waitFor();
      const b = await card.locator('.text-paragraph b').innerText();
      expect(b === 'bold', `bold text: ${b}`);
      const dt = card.locator('[data-widget="decoratedText"]').first();
      expect((await dt.innerText()).includes('Top label') && (await dt.innerText()).includes('Bottom label'), 'decorated text labels missing');
      expect(await card.locator('input.switch[name="notify"]').isChecked(), 'switch not drawn selected');
      expect((await card.locator('select[name="role"] option').count()) === 2, 'dropdown options');
      expect(await card.locator('input[type=radio][value="s"]').isChecked(), 'radio default');
      expect(await card.locator('input[type=checkbox][value="tue"]').isChecked(), 'checkbox default');
      expect(await card.getByRole('button', { name: 'Disabled' }).isDisabled(), 'disabled button enabled');
      expect((await card.locator('hr.divider').count()) === 1, 'divider');
      await page.getByTestId('fixed-footer').getByRole('button', { name: 'Footer echo' }).waitFor();
      expect(await card.getByText('Hidden until expanded').isHidden(), 'collapsed widget visible');
      await card.getByTestId('section-toggle').click();
      await card.getByText('Hidden until expanded').waitFor();
      await card.locator('[data-widget="image"]').filter({ hasText: 'A picture' }).waitFor();
    },
  },
  {
    name: 'an action posts Google\'s event object: parameters, formInputs as stringInputs, locale and time zone',
    addon: 'fixture',
    async run(ctx) {
      const { page } = ctx;
      await ctx.api('POST', '/api/locale', { user: 'bob@example.com', locale: 'de', timeZone: 'Europe/Berlin' });
      await openAs(ctx, 'bob@example.com');
      const card = page.getByTestId('sidebar-card');
      await card.locator('input[name="name"]').fill('Bob de Vries');
      await card.locator('select[name="role"]').selectOption('editor');
      await card.locator('input[type=radio][value="l"]').check();
      await card.locator('input[type=checkbox][value="mon"]').check();
      await card.locator('input.switch[name="notify"]').uncheck();
      await click(page, 'Echo');
      await page.getByTestId('toast').filter({ hasText: 'Echoed echo' }).waitFor();
      expect(!(await page.getByTestId('back').isHidden()), 'no back button after pushCard');
      const e = await echoedEvent(page);
      const common = e.commonEventObject as Json;
      const inputs = common.formInputs as Record<string, { stringInputs: { value: string[] } }>;
      const values = (n: string) => inputs[n]?.stringInputs.value;
      expect(JSON.stringify(common.parameters) === JSON.stringify({ from: 'echo', extra: 'x' }), `parameters ${JSON.stringify(common.parameters)}`);
      expect(JSON.stringify(e.parameters) === JSON.stringify(common.parameters), 'legacy top-level parameters');
      expect(JSON.stringify(values('name')) === '["Bob de Vries"]', `name ${JSON.stringify(values('name'))}`);
      expect(JSON.stringify(values('role')) === '["editor"]', `role ${JSON.stringify(values('role'))}`);
      expect(JSON.stringify(values('size')) === '["l"]', `size ${JSON.stringify(values('size'))}`);
      expect(JSON.stringify(values('days')) === '["mon","tue"]', `days ${JSON.stringify(values('days'))}`);
      expect(!('notify' in inputs) && !('note' in inputs), `unset inputs sent: ${Object.keys(inputs).join(', ')}`);
      expect(common.userLocale === 'de' && common.platform === 'WEB' && common.hostApp === 'GMAIL', `common ${JSON.stringify(common)}`);
      const tz = common.timeZone as { id: string; offset: number };
      expect(tz.id === 'Europe/Berlin' && tz.offset === 3600000, `timeZone ${JSON.stringify(tz)} (January in Berlin is UTC+1)`);
      expect(!('gmail' in e), 'gmail object without an open message');
    },
  },
  {
    name: 'navigation: push, update, pop, card menu actions, open links and notifications',
    addon: 'fixture',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      await page.getByTestId('sidebar-card').locator('.decorated-text.clickable').filter({ hasText: 'Clickable row' }).click();
      await idle(page);
      expect(((await echoedEvent(page)).parameters as Json).from === 'row', 'clickable row parameters');
      await click(page, 'Replace');
      await page.getByTestId('card-title').filter({ hasText: 'Replaced' }).waitFor();
      await click(page, 'Pop');
      await page.getByTestId('card-title').filter({ hasText: 'Widgets' }).waitFor();
      expect(await page.getByTestId('back').isHidden(), 'update then pop should land on the root');
      const depth = () => stackDepth(page);
      await click(page, 'Echo');
      await click(page, 'Push again');
      expect((await depth()) === 3, `stack depth after two pushes: ${await depth()}`);
      await click(page, 'To widgets');
      expect((await depth()) === 1, `popToNamedCard('widgets') left ${await depth()} cards`);
      await click(page, 'Echo');
      await click(page, 'Push again');
      await click(page, 'Root');
      expect((await depth()) === 1, `popToRoot left ${await depth()} cards`);
      await page.getByTestId('menu-button').click();
      await page.getByTestId('sidebar-menu').getByRole('button', { name: 'Card menu echo' }).click();
      await idle(page);
      await page.getByTestId('toast').filter({ hasText: 'Echoed card-action' }).waitFor();
      await page.getByTestId('back').click();
      await idle(page);
      await click(page, 'Link action');
      await page.getByTestId('link-url').filter({ hasText: 'https://example.com/opened' }).waitFor();
      await click(page, 'Open docs');
      await page.getByTestId('link-url').filter({ hasText: 'developers.google.com' }).waitFor();
      await universalAction(page, 'Help');
      await page.getByTestId('link-url').filter({ hasText: 'support.example.com' }).waitFor();
      await universalAction(page, 'Settings');
      await page.getByTestId('card-title').filter({ hasText: 'Settings' }).waitFor();
    },
  },
  {
    name: 'a failing callback shows Gmail\'s error bar and the run log records it',
    addon: 'fixture',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      await click(page, 'Boom');
      await page.getByTestId('sidebar-error').filter({ hasText: 'boom from the fixture' }).waitFor();
      await page.getByTestId('card-title').filter({ hasText: 'Widgets' }).waitFor();
      await page.getByTestId('tab-runs').click();
      await idle(page);
      await page.getByTestId('run-row').filter({ hasText: 'onBoom' }).filter({ hasText: 'failed' }).waitFor();
    },
  },
  {
    name: 'advancing the clock fires the hourly trigger; the run log shows each run with its API calls and injected faults',
    addon: 'fixture',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      await click(page, 'Install trigger');
      await page.getByTestId('toast').filter({ hasText: 'Trigger installed' }).waitFor();
      await advanceHour(page);
      await page.getByTestId('tab-runs').click();
      await idle(page);
      const tick = page.getByTestId('run-row').filter({ hasText: 'onTick' });
      await tick.filter({ hasText: 'trigger' }).filter({ hasText: 'ok' }).first().waitFor();
      await tick.first().locator('summary').click();
      await tick.first().getByText('people.people.connections.list: 1').waitFor();
      await ctx.api('POST', '/api/faults', { people: { error429: 1 } });
      await advanceHour(page);
      const runs = (await ctx.api<{ runs: Array<{ fn: string; kind: string; ok: boolean; error?: string; api: Record<string, { calls: number }> }> }>('GET', '/api/runs')).runs
        .filter((r) => r.fn === 'onTick');
      expect(runs.length === 2 && runs[0].ok && !runs[1].ok, `trigger runs: ${JSON.stringify(runs)}`);
      expect(/429|Quota/i.test(runs[1].error ?? ''), `second run's error: ${runs[1].error}`);
      await tick.filter({ hasText: 'failed' }).waitFor();
    },
  },
  {
    name: 'the contextual trigger gets the gmail object of the opened message',
    addon: 'fixture',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'carol@example.com');
      await page.getByTestId('compose-from').fill('eve@partner.org');
      await page.getByTestId('compose-to').fill('carol@example.com, bob@example.com');
      await page.getByTestId('compose-cc').fill('alice@example.com');
      await page.getByTestId('compose-open').click();
      await idle(page);
      await expectSidebar(page, /Message/, 'contextual card');
      const e = await echoedEvent(page);
      const gmail = e.gmail as Json;
      expect(typeof gmail.messageId === 'string' && typeof gmail.threadId === 'string' && typeof gmail.accessToken === 'string', `gmail ${JSON.stringify(gmail)}`);
      expect(JSON.stringify(gmail.toRecipients) === '["carol@example.com","bob@example.com"]', `to ${JSON.stringify(gmail.toRecipients)}`);
      expect(JSON.stringify(gmail.ccRecipients) === '["alice@example.com"]', `cc ${JSON.stringify(gmail.ccRecipients)}`);
      const m = await ctx.api<Json>('GET', `/api/gmail/message?id=${gmail.messageId}`);
      expect(m.from === 'eve@partner.org', `stored message ${JSON.stringify(m)}`);
    },
  },
];
