// The end-to-end scenarios, through the product's own sidebar screens and the simulated Google around it.
// Where a screen is not built yet the test fails with "missing screen: …", naming what to build.
import type { Page } from 'playwright-core';
import type { E2eContext, E2eTest } from './harness';
import {
  advanceHour, cardTitle, chooseOption, clickControl, contactsOf, expect, expectSidebar, fillField, idle, MissingScreen,
  openAs, showTab, sidebarText, switchUser, type ContactRow,
} from './page';

/** What the test makes through the sidebar (names unlike the demo's, so nothing clashes with it). */
const LABEL = 'Prospects';
const NORA = { given: 'Nora', family: 'Quint', email: 'nora.quint@prospect.test', phone: '+44 161 496 0123' };
const PABLO = { given: 'Pablo', family: 'Ruiz', email: 'pablo.ruiz@prospecto.es', phone: '+34 933 123 456' };

/** What the demo seeds through the product (simulator/demo-steps.json): alice's "Clients", bob viewer, carol editor. */
const DEMO_LABEL = 'Clients';
const ANN_PHONE = '+44 20 7946 0321';
const HENK_PHONE = '+31 20 765 4321';

/** The product must have been set up (hourly sync trigger) before any copy can reach anyone. */
async function requireSyncTrigger(ctx: E2eContext): Promise<void> {
  const s = await ctx.api<{ triggers: unknown[] }>('GET', '/api/state');
  if (!s.triggers.length) {
    throw new MissingScreen('product setup — no hourly sync trigger is installed: seedProduct (simulator/product-seed.ts) or the admin Settings card must install it');
  }
}

/** Fills a field that is on the card already, or that a button matching `opener` shows first. */
async function fillOrOpen(page: Page, field: RegExp, value: string, opener: RegExp, screen: string): Promise<void> {
  try {
    await fillField(page, field, value, screen, 1500);
  } catch (e) {
    if (!(e instanceof MissingScreen)) throw e;
    await clickControl(page, opener, screen);
    await fillField(page, field, value, screen);
  }
}

async function createLabel(page: Page, name: string): Promise<void> {
  await fillOrOpen(page, /label name|^\s*name/i, name, /new label|create label|add label/i, 'create a label (home card)');
  await clickControl(page, /^\s*(create|save|ok)\s*$/i, 'create a label (confirm button)');
  await expectSidebar(page, new RegExp(name), 'the new label');
}

async function openLabel(page: Page, name: string): Promise<void> {
  const title = await page.getByTestId('sidebar-card').getByTestId('card-title').first().innerText().catch(() => '');
  if (title.trim() === name) return;
  await clickControl(page, new RegExp(`^\\s*${name}`), `open label ${name} (home card)`);
}

async function addContact(page: Page, p: typeof NORA): Promise<void> {
  await fillOrOpen(page, /first name|given/i, p.given, /add (a )?(new )?contact|new contact/i, 'add a contact (label card)');
  await fillField(page, /last name|family|surname/i, p.family, 'add a contact (last name)');
  await fillField(page, /e-?mail/i, p.email, 'add a contact (email)');
  await fillField(page, /phone/i, p.phone, 'add a contact (phone)');
  await clickControl(page, /^\s*(save|add|create)\s*$/i, 'add a contact (save button)');
  await expectSidebar(page, new RegExp(`${p.given} ${p.family}`), `${p.given} in the label`);
}

async function share(page: Page, email: string, role: RegExp): Promise<void> {
  // The label card has other e-mail-ish fields (search), so the sharing screen is opened first.
  await clickControl(page, /^\s*shar(e|ing)/i, 'share the label (label card)');
  await fillField(page, /person|group|e-?mail|with|who/i, email, 'share the label (grantee input)');
  await chooseOption(page, /role|permission|access/i, role, 'share the label (role choice)');
  await clickControl(page, /^\s*(share|send|save|add)\s*$/i, 'share the label (confirm button)');
  await expectSidebar(page, new RegExp(email.replace('.', '\\.')), `grant to ${email}`);
}


/** Advances the clock an hour at a time (at most `hours`) until `done` holds; false when it never did. */
async function syncUntil(ctx: E2eContext, done: () => Promise<boolean>, hours = 3): Promise<boolean> {
  await requireSyncTrigger(ctx);
  for (let i = 0; i < hours; i++) {
    await advanceHour(ctx.page);
    if (await done()) return true;
  }
  return false;
}

const find = async (ctx: E2eContext, user: string, name: string): Promise<ContactRow | undefined> =>
  (await contactsOf(ctx, user)).contacts.find((c) => c.name === name);

export const SHARING_TESTS: E2eTest[] = [
  {
    name: 'alice creates a label, adds contacts and shares it with bob as viewer; after the clock advances bob\'s Google Contacts show them',
    async run(ctx) {
      await openAs(ctx, 'alice@example.com');
      await createLabel(ctx.page, LABEL);
      await openLabel(ctx.page, LABEL);
      await addContact(ctx.page, NORA);
      await addContact(ctx.page, PABLO);
      await share(ctx.page, 'bob@example.com', /viewer/i);
      const arrived = await syncUntil(ctx, async () => Boolean(await find(ctx, 'bob@example.com', 'Nora Quint')));
      expect(arrived, 'Nora Quint never reached bob\'s Google Contacts after 3 hours of syncs');
      await switchUser(ctx.page, 'bob@example.com');
      await showTab(ctx.page, 'contacts');
      const rows = ctx.page.getByTestId('contact-row');
      for (const name of ['Nora Quint', 'Pablo Ruiz']) await rows.filter({ hasText: name }).getByTestId('shared-badge').waitFor();
      const group = (await contactsOf(ctx, 'bob@example.com')).groups.find((g) => g.name.startsWith(LABEL));
      expect(group?.shared, `bob has no shared group for ${LABEL}: ${JSON.stringify(group)}`);
    },
  },
  {
    name: 'bob (viewer) edits a shared contact in Google Contacts and the next sync puts it back',
    async run(ctx) {
      await openAs(ctx, 'bob@example.com', 'contacts');
      const row = ctx.page.getByTestId('contact-row').filter({ hasText: 'Ann Lee' });
      await row.getByTestId('shared-badge').waitFor();
      await row.getByTestId('edit-contact').click();
      await ctx.page.getByTestId('edit-contact-form').locator('input[name=phone]').fill('+31 6 0000 0000');
      await ctx.page.getByTestId('save-contact').click();
      await idle(ctx.page);
      expect((await find(ctx, 'bob@example.com', 'Ann Lee'))?.phones[0] === '+31 6 0000 0000', 'bob\'s edit did not land in Google Contacts');
      const restored = await syncUntil(ctx, async () => (await find(ctx, 'bob@example.com', 'Ann Lee'))?.phones[0] === ANN_PHONE, 2);
      expect(restored, `bob's copy still has ${(await find(ctx, 'bob@example.com', 'Ann Lee'))?.phones[0]} after the next syncs (a viewer's edit must be put back)`);
      await ctx.page.getByTestId('contact-row').filter({ hasText: 'Ann Lee' }).getByTestId('contact-phone').filter({ hasText: ANN_PHONE }).waitFor();
      expect((await find(ctx, 'alice@example.com', 'Ann Lee'))?.phones[0] === ANN_PHONE, 'the viewer\'s edit reached alice');
    },
  },
  {
    name: 'carol (editor) changes a phone in Google Contacts and alice sees it',
    async run(ctx) {
      await openAs(ctx, 'carol@example.com', 'contacts');
      const row = ctx.page.getByTestId('contact-row').filter({ hasText: 'Henk Bakker' });
      await row.getByTestId('shared-badge').waitFor();
      expect((await find(ctx, 'carol@example.com', 'Henk Bakker'))?.phones[0] === HENK_PHONE, 'carol\'s copy of Henk before the edit');
      await row.getByTestId('edit-contact').click();
      await ctx.page.getByTestId('edit-contact-form').locator('input[name=phone]').fill('+31 6 1111 2222');
      await ctx.page.getByTestId('save-contact').click();
      await idle(ctx.page);
      const seen = await syncUntil(ctx, async () => (await find(ctx, 'alice@example.com', 'Henk Bakker'))?.phones[0] === '+31 6 1111 2222', 2);
      expect(seen, `alice's copy of Henk has ${(await find(ctx, 'alice@example.com', 'Henk Bakker'))?.phones.join(', ') ?? 'nothing'}`);
      await switchUser(ctx.page, 'alice@example.com');
      await ctx.page.getByTestId('contact-row').filter({ hasText: 'Henk Bakker' }).getByTestId('contact-phone').filter({ hasText: '+31 6 1111 2222' }).waitFor();
      expect((await find(ctx, 'bob@example.com', 'Henk Bakker'))?.phones[0] === '+31 6 1111 2222', 'the editor\'s change did not reach bob too');
    },
  },
  {
    name: 'a suspended collaborator shows SUSPENDED with its fix',
    async run(ctx) {
      await openAs(ctx, 'admin@example.com', 'admin');
      await ctx.page.getByTestId('account-row').filter({ hasText: 'bob@example.com' }).getByTestId('suspend').click();
      await idle(ctx.page);
      await syncUntil(ctx, async () => true, 1);
      await switchUser(ctx.page, 'alice@example.com');
      await openLabel(ctx.page, DEMO_LABEL);
      if (!/bob@example\.com/.test(await sidebarText(ctx.page))) {
        // The label card may list its collaborators itself, or lead to them.
        await clickControl(ctx.page, /shar(e|ing|ed with)|collaborators|people|access/i, 'sharing status of a label (label card)');
      }
      if (!/bob@example\.com/.test(await sidebarText(ctx.page))) {
        throw new MissingScreen(`sharing status of a label — the card "${await cardTitle(ctx.page)}" lists no collaborator (bob@example.com)`);
      }
      await expectSidebar(ctx.page, /suspended/i, 'bob\'s status (collaborator list)');
      const FIX = /unsuspend|restore .*admin console/i;
      // The fix may sit on the collaborator's own card.
      if (!FIX.test(await sidebarText(ctx.page))) await clickControl(ctx.page, /bob@example\.com/, 'a collaborator\'s status and fix (sharing card)');
      await expectSidebar(ctx.page, FIX, 'the fix offered for a suspended collaborator (DESIGN.md section 6)');
    },
  },
  {
    name: 'switching bob\'s locale to Italian shows the sidebar in Italian',
    async run(ctx) {
      await openAs(ctx, 'bob@example.com');
      await expectSidebar(ctx.page, /My labels/, 'bob\'s English homepage');
      await ctx.page.getByTestId('locale-select').selectOption('it');
      await idle(ctx.page);
      await expectSidebar(ctx.page, /Le mie etichette/, 'bob\'s homepage in Italian');
      await expectSidebar(ctx.page, /Accesso come bob@example\.com/, 'bob\'s Italian subtitle');
      const s = await ctx.api<{ accounts: Array<{ email: string; locale: string }> }>('GET', '/api/state');
      expect(s.accounts.find((a) => a.email === 'bob@example.com')?.locale === 'it', 'locale not saved');
    },
  },
];
