// Page helpers for the e2e tests: open the page as a user, find and use controls on the add-on's current card, and fail
// with a message naming the missing screen when the product has no such control yet.
import type { Locator, Page } from 'playwright-core';
import type { E2eContext } from './harness';

/** A product screen the test needs is not there (yet): the message names it, so the failure says what to build. */
export class MissingScreen extends Error {
  constructor(message: string) {
    super(`missing screen: ${message}`);
    this.name = 'MissingScreen';
  }
}

export function expect(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Waits until no API request of the page is in flight. */
export async function idle(page: Page): Promise<void> {
  // A string, not a function: the tests compile without the DOM library.
  await page.waitForFunction('!document.body.classList.contains("busy")');
}

export async function openAs(ctx: E2eContext, user: string, tab = 'gmail'): Promise<void> {
  await ctx.page.goto(`${ctx.url}/?user=${encodeURIComponent(user)}&tab=${tab}`);
  await ctx.page.waitForSelector('body[data-ready="true"]');
  await idle(ctx.page);
}

export async function switchUser(page: Page, user: string): Promise<void> {
  await page.getByTestId('user-select').selectOption(user);
  await idle(page);
}

export async function showTab(page: Page, tab: string): Promise<void> {
  await page.getByTestId(`tab-${tab}`).click();
  await idle(page);
}

export function sidebar(page: Page): Locator {
  return page.getByTestId('sidebar');
}

/** How many cards the sidebar's stack holds. */
export async function depth(page: Page): Promise<number> {
  return Number(await page.getByTestId('sidebar').getAttribute('data-depth'));
}

export async function cardTitle(page: Page): Promise<string> {
  const t = page.getByTestId('sidebar-card').getByTestId('card-title').first();
  return (await t.count()) ? (await t.innerText()).trim() : '(no card)';
}

export async function sidebarText(page: Page): Promise<string> {
  return page.getByTestId('sidebar').innerText();
}

async function found(target: Locator, timeout: number): Promise<boolean> {
  try {
    await target.waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

/** Clicks a button or clickable row of the current card (or its footer) whose text matches `re`. */
export async function clickControl(page: Page, re: RegExp, screen: string, timeout = 4000): Promise<void> {
  const root = page.getByTestId('sidebar');
  const target = root.locator('[data-testid="sidebar-card"] button:not([disabled]), [data-testid="sidebar-card"] .decorated-text.clickable, [data-testid="sidebar-footer"] button')
    .filter({ hasText: re }).last();
  if (!(await found(target, timeout))) {
    throw new MissingScreen(`${screen} — no button or clickable row matching ${re} on the card "${await cardTitle(page)}"`);
  }
  await target.click();
  await idle(page);
}

/** Types into the current card's text input whose label matches `re`. */
export async function fillField(page: Page, re: RegExp, value: string, screen: string, timeout = 4000): Promise<void> {
  const field = page.getByTestId('sidebar-card').locator('[data-widget="textInput"]').filter({ hasText: re }).locator('input, textarea').first();
  if (!(await found(field, timeout))) {
    throw new MissingScreen(`${screen} — no text input labelled ${re} on the card "${await cardTitle(page)}"`);
  }
  await field.fill(value);
}

/** Picks the option matching `option` in the current card's selection input labelled `label` (dropdown or radio). */
export async function chooseOption(page: Page, label: RegExp, option: RegExp, screen: string, timeout = 4000): Promise<void> {
  const input = page.getByTestId('sidebar-card').locator('[data-widget="selectionInput"]').filter({ hasText: label }).first();
  if (!(await found(input, timeout))) {
    throw new MissingScreen(`${screen} — no selection input labelled ${label} on the card "${await cardTitle(page)}"`);
  }
  const select = input.locator('select');
  if (await select.count()) {
    const labels = await select.locator('option').allInnerTexts();
    const hit = labels.find((l) => option.test(l));
    if (!hit) throw new MissingScreen(`${screen} — the ${label} dropdown has no option matching ${option} (it has ${labels.join(', ')})`);
    await select.selectOption({ label: hit });
    return;
  }
  const choice = input.locator('label.choice').filter({ hasText: option }).locator('input').first();
  if (!(await found(choice, 1000))) throw new MissingScreen(`${screen} — ${label} has no choice matching ${option}`);
  await choice.check();
}

/** Waits until the sidebar's text matches `re`; fails naming `what`. */
export async function expectSidebar(page: Page, re: RegExp, what: string, timeout = 5000): Promise<void> {
  try {
    await page.getByTestId('sidebar').filter({ hasText: re }).waitFor({ timeout });
  } catch {
    const text = (await sidebarText(page)).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`${what}: the sidebar does not show ${re}; it shows "${text}"`);
  }
}

/** Opens the overflow menu and runs a universal action. */
export async function universalAction(page: Page, label: string): Promise<void> {
  await page.getByTestId('menu-button').click();
  await page.getByTestId(`universal-${label}`).click();
  await idle(page);
}

export async function advanceHour(page: Page): Promise<void> {
  await page.getByTestId('advance-hour').click();
  await idle(page);
}

export interface ContactRow {
  resourceName: string;
  name: string;
  phones: string[];
  emails: string[];
  labels: string[];
  shared: boolean;
}

export async function contactsOf(ctx: E2eContext, user: string): Promise<{ contacts: ContactRow[]; groups: Array<{ name: string; shared: boolean; resourceName: string }> }> {
  return ctx.api('GET', `/api/contacts?user=${encodeURIComponent(user)}`);
}
