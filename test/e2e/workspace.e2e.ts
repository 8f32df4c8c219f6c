// The local Workspace itself, with the product's build/Code.js in it: user switcher, sidebar navigation, universal
// actions, messages, Google Contacts, Admin console, clock, faults and persistence across restarts.
import type { E2eTest } from './harness';
import { advanceHour, cardTitle, clickControl, contactsOf, depth, expect, expectSidebar, idle, openAs, switchUser, universalAction } from './page';

interface Account { email: string; state: string; external: boolean; admin: boolean; dwdAuthorized: boolean; locale: string }
interface State { now: string; accounts: Account[]; groups: Array<{ email: string; members: string[] }>; faults: Record<string, unknown> }
interface Run { fn: string; kind: string; ok: boolean; user: string; calls: number }

export const WORKSPACE_TESTS: E2eTest[] = [
  {
    name: 'the user switcher lists every domain user and the partner, and the sidebar shows the homepage',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      const options = (await page.getByTestId('user-select').locator('option').allInnerTexts()).join(' | ');
      for (const u of ['admin@example.com', 'alice@example.com', 'bob@example.com', 'carol@example.com', 'dave@example.com', 'eve@partner.org']) {
        expect(options.includes(`<${u}>`), `user switcher lacks ${u}: ${options}`);
      }
      await expectSidebar(page, /Signed in as alice@example\.com/, 'alice\'s homepage');
      await expectSidebar(page, /Clients/, 'alice\'s label (seeded by the demo) on the homepage');
      await switchUser(page, 'bob@example.com');
      await expectSidebar(page, /Signed in as bob@example\.com/, 'bob\'s homepage after switching');
      await switchUser(page, 'dave@example.com');
      await page.getByTestId('sidebar-error').filter({ hasText: /suspended/ }).waitFor();
    },
  },
  {
    name: 'opening a label pushes its card and back returns to the homepage',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      const home = await cardTitle(page);
      await clickControl(page, /^\s*Clients/, 'home card');
      expect((await depth(page)) === 2, `stack depth after opening a label: ${await depth(page)}`);
      expect(!(await page.getByTestId('back').isHidden()), 'no back button on a pushed card');
      await page.getByTestId('back').click();
      await idle(page);
      expect((await depth(page)) === 1 && (await cardTitle(page)) === home, `after back: depth ${await depth(page)}, card ${await cardTitle(page)}`);
      expect(await page.getByTestId('back').isHidden(), 'back button still shown on the root card');
    },
  },
  {
    name: 'the universal actions Settings and Help open from the overflow menu',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'admin@example.com');
      await universalAction(page, 'Settings');
      await expectSidebar(page, /admin@example\.com/, 'settings card');
      await universalAction(page, 'Help');
      await expectSidebar(page, /contacts|label/i, 'help card');
    },
  },
  {
    name: 'opening a message from someone runs the contextual trigger for that message',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com');
      await page.getByTestId('compose-from').fill('jan@jansenlogistiek.nl');
      await page.getByTestId('compose-cc').fill('bob@example.com');
      await page.getByTestId('compose-subject').fill('Offerte');
      await page.getByTestId('compose-open').click();
      await idle(page);
      await page.getByTestId('message-view').filter({ hasText: 'Offerte' }).waitFor();
      await page.getByTestId('sidebar-message').filter({ hasText: /Offerte/ }).waitFor();
      const runs = (await ctx.api<{ runs: Run[] }>('GET', '/api/runs')).runs;
      const last = runs[runs.length - 1];
      expect(last.fn === 'onGmailMessage' && last.ok, `last run: ${JSON.stringify(last)}`);
      await page.getByTestId('close-message').click();
      await idle(page);
      expect(await page.getByTestId('sidebar-message').isHidden(), 'message banner still shown after closing');
    },
  },
  {
    name: 'Google Contacts: create a contact in a label, edit it, take it out of the label and delete it',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'bob@example.com', 'contacts');
      const form = page.getByTestId('create-contact-form');
      await form.locator('input[name=givenName]').fill('Mila');
      await form.locator('input[name=familyName]').fill('Kovač');
      await form.locator('input[name=phone]').fill('+385 1 234 5678');
      await form.locator('select[name=group]').selectOption({ label: 'Family' });
      await form.getByRole('button', { name: 'Create contact' }).click();
      await idle(page);
      let mila = (await contactsOf(ctx, 'bob@example.com')).contacts.find((c) => c.name === 'Mila Kovač');
      expect(mila && mila.labels.includes('Family'), `created contact: ${JSON.stringify(mila)}`);
      const row = page.getByTestId('contact-row').filter({ hasText: 'Mila Kovač' });
      await row.getByTestId('edit-contact').click();
      const edit = page.getByTestId('edit-contact-form');
      await edit.locator('input[name=phone]').fill('+385 91 765 4321');
      await edit.getByTestId('save-contact').click();
      await idle(page);
      mila = (await contactsOf(ctx, 'bob@example.com')).contacts.find((c) => c.name === 'Mila Kovač');
      expect(mila?.phones[0] === '+385 91 765 4321', `edited phone: ${JSON.stringify(mila?.phones)}`);
      await page.getByTestId('contact-row').filter({ hasText: 'Mila Kovač' }).getByTestId('remove-from-label').click();
      await idle(page);
      mila = (await contactsOf(ctx, 'bob@example.com')).contacts.find((c) => c.name === 'Mila Kovač');
      expect(mila && mila.labels.length === 0, `labels after removal: ${JSON.stringify(mila?.labels)}`);
      await page.getByTestId('contact-row').filter({ hasText: 'Mila Kovač' }).getByTestId('delete-contact').click();
      await idle(page);
      mila = (await contactsOf(ctx, 'bob@example.com')).contacts.find((c) => c.name === 'Mila Kovač');
      expect(!mila, 'contact still there after delete');
      await page.getByTestId('contact-row').filter({ hasText: 'Mila Kovač' }).waitFor({ state: 'detached' });
    },
  },
  {
    name: 'Admin console: suspend and unsuspend, add to a group, revoke delegation, delete',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'admin@example.com', 'admin');
      const row = (email: string) => page.getByTestId('account-row').filter({ hasText: email });
      await row('carol@example.com').getByTestId('suspend').click();
      await idle(page);
      await row('carol@example.com').getByTestId('account-state').filter({ hasText: 'suspended' }).waitFor();
      await row('carol@example.com').getByTestId('unsuspend').click();
      await idle(page);
      await page.getByTestId('group').filter({ hasText: 'sales@example.com' }).getByTestId('add-member-input').fill('alice@example.com');
      await page.getByTestId('group').filter({ hasText: 'sales@example.com' }).getByTestId('add-member').click();
      await idle(page);
      await row('bob@example.com').getByTestId('revoke-delegation').click();
      await idle(page);
      await row('dave@example.com').getByTestId('delete-user').click();
      await idle(page);
      const s = await ctx.api<State>('GET', '/api/state');
      const acct = (e: string) => s.accounts.find((a) => a.email === e) as Account;
      expect(acct('carol@example.com').state === 'active', `carol is ${acct('carol@example.com').state}`);
      expect(s.groups.find((g) => g.email === 'sales@example.com')?.members.includes('alice@example.com'), 'alice not added to sales@');
      expect(!acct('bob@example.com').dwdAuthorized, 'bob\'s delegation not revoked');
      expect(acct('dave@example.com').state === 'deleted', `dave is ${acct('dave@example.com').state}`);
    },
  },
  {
    name: 'the clock advances by an hour and fault toggles reach the emulated services',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'alice@example.com', 'faults');
      const before = Date.parse((await ctx.api<State>('GET', '/api/state')).now);
      await advanceHour(page);
      const after = Date.parse((await ctx.api<State>('GET', '/api/state')).now);
      expect(after - before >= 3600000, `clock moved ${after - before} ms`);
      await page.getByTestId('fault-people-error429').fill('0.5');
      await page.getByTestId('fault-sheets-error500').fill('0.25');
      await page.getByTestId('apply-faults').click();
      await idle(page);
      const f = (await ctx.api<State>('GET', '/api/state')).faults as { people?: { error429?: number }; sheets?: { error500?: number } };
      expect(f.people?.error429 === 0.5 && f.sheets?.error500 === 0.25, `faults: ${JSON.stringify(f)}`);
      await page.getByTestId('clear-faults').click();
      await idle(page);
      expect(Object.keys((await ctx.api<State>('GET', '/api/state')).faults).length === 0, 'faults not cleared');
    },
  },
  {
    name: 'a scenario file opens the domain as the scenario leaves it',
    scenario: 'scenario.json',
    async run(ctx) {
      const { page } = ctx;
      await openAs(ctx, 'noah@acme.test', 'contacts');
      await page.getByTestId('contact-row').filter({ hasText: 'Zoë Adeyemi' }).getByTestId('shared-badge').waitFor();
      await page.getByTestId('contact-row').filter({ hasText: 'Own Contact' }).waitFor();
      const s = await ctx.api<State & { domain: string; notes: string[] }>('GET', '/api/state');
      expect(s.domain === 'acme.test', `domain ${s.domain}`);
      expect(s.accounts.find((a) => a.email === 'liam@acme.test')?.state === 'suspended', 'liam is not suspended');
      expect(s.notes.some((n) => /4 steps run/.test(n)), `notes: ${s.notes.join(' ')}`);
      await expectSidebar(page, /Signed in as noah@acme\.test/, 'noah\'s homepage');
      await expectSidebar(page, /Vendors/, 'the shared label among noah\'s labels');
    },
  },
  {
    name: 'the domain persists across a restart, and a reset starts clean',
    async run(ctx) {
      await ctx.api('POST', '/api/contacts/create-group', { user: 'alice@example.com', name: 'Kept across restarts' });
      await ctx.api('POST', '/api/locale', { user: 'bob@example.com', locale: 'nl' });
      await openAs(ctx, 'alice@example.com');
      await clickControl(ctx.page, /^\s*Clients/, 'home card');
      const card = await cardTitle(ctx.page);
      const clock = (await ctx.api<State>('GET', '/api/state')).now;
      await ctx.restart();
      const groups = (await contactsOf(ctx, 'alice@example.com')).groups.map((g) => g.name);
      expect(groups.includes('Kept across restarts'), `groups after restart: ${groups.join(', ')}`);
      const s = await ctx.api<State>('GET', '/api/state');
      expect(s.accounts.find((a) => a.email === 'bob@example.com')?.locale === 'nl', 'bob\'s locale lost on restart');
      expect(Date.parse(s.now) >= Date.parse(clock), `clock went back: ${s.now} < ${clock}`);
      await openAs(ctx, 'alice@example.com');
      expect((await depth(ctx.page)) === 2 && (await cardTitle(ctx.page)) === card, `alice's sidebar after restart: depth ${await depth(ctx.page)}, card ${await cardTitle(ctx.page)} (was ${card})`);
      await ctx.restart({ reset: true });
      const fresh = (await contactsOf(ctx, 'alice@example.com')).groups.map((g) => g.name);
      expect(!fresh.includes('Kept across restarts'), `reset kept ${fresh.join(', ')}`);
    },
  },
];
