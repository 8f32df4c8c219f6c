// Test support for feeds: an in-memory domain (test/app/support/world) with a Sheets fake, a budget on the world's
// clock, and the feed import run as the sync would run it.
import { InMemorySheetValues } from '../../../src/adapters/in-memory-sheet-feed';
import { createLabel } from '../../../src/app/commands/create-label';
import type { AppContext } from '../../../src/app/context';
import { importFeeds, type FeedImportOptions, type FeedRunReport } from '../../../src/app/feeds/feed-import';
import { feedStatus, type FeedStatusOutput } from '../../../src/app/feeds/feed-status';
import { setFeed, type SetFeedOutput } from '../../../src/app/feeds/set-feed';
import type { Budget } from '../../../src/core/ports/budget';
import type { MasterContact } from '../../../src/core/model';
import { model, OWNER } from '../support/scenario';
import { makeWorld, must, type World } from '../support/world';

export { OWNER };
export const ADMIN = 'admin@example.com';

export interface FeedWorld extends World {
  sheets: InMemorySheetValues;
  /** The context of a command by `actor`, with the Sheets reader the composition root would add. */
  as(actor: string): AppContext;
  /** One feed import as a sync run would make it (5 minutes of budget unless told). */
  run(opts?: FeedImportOptions & { budgetMs?: number; reach?: 'domain' | 'self' }): FeedRunReport;
  /** Each store load and save takes this long on the world's clock (0 by default), so budgets run out. */
  storeLatencyMs: number;
  label(name?: string, owner?: string): string;
  csv(labelId: string, csv: string, extra?: Record<string, unknown>): SetFeedOutput;
  status(labelId: string, actor?: string): FeedStatusOutput;
  /** The label's live contacts, by name. */
  contacts(labelId: string): MasterContact[];
}

export function feedWorld(users: string[] = ['bob', 'carol']): FeedWorld {
  const w = makeWorld({ users });
  const sheets = new InMemorySheetValues();
  let deadline = w.clock.ms;
  const budget: Budget = {
    remainingMs: () => deadline - w.clock.ms,
    sleep: (ms) => w.clock.advance(ms),
    random: () => 0.5,
  };
  const fw = w as FeedWorld;
  fw.sheets = sheets;
  fw.storeLatencyMs = 0;
  const load = w.store.load.bind(w.store);
  const save = w.store.save.bind(w.store);
  w.store.load = (tables) => {
    w.clock.advance(fw.storeLatencyMs);
    return load(tables);
  };
  w.store.save = (base, changes, o) => {
    w.clock.advance(fw.storeLatencyMs);
    return save(base, changes, o);
  };
  fw.as = (actor) => ({ ...w.ctx(actor), sheetValues: sheets }) as AppContext;
  fw.run = (opts = {}) => {
    deadline = w.clock.ms + (opts.budgetMs ?? 5 * 60 * 1000);
    return importFeeds({ ...fw.as(ADMIN), budget, reach: opts.reach ?? 'domain', log: () => undefined }, opts);
  };
  fw.label = (name = 'Suppliers', owner = OWNER) => must(createLabel(fw.as(owner), { name })).label.id;
  fw.csv = (labelId, csv, extra = {}) => must(setFeed(fw.as(OWNER), { labelId, kind: 'csv', csv, ...extra }));
  fw.status = (labelId, actor = OWNER) => must(feedStatus(fw.as(actor), { labelId }));
  fw.contacts = (labelId) =>
    model(w)
      .contactsOf(labelId)
      .sort((a, b) => (a.person.names?.givenName ?? '').localeCompare(b.person.names?.givenName ?? ''));
  return fw;
}

export const names = (cs: MasterContact[]) => cs.map((c) => [c.person.names?.givenName, c.person.names?.familyName].filter(Boolean).join(' '));

/** A CSV of `n` people: row i is "Person<i> Tester", p<i>@client.org, with an ID column. */
export function peopleCsv(n: number, opts: { from?: number; idPrefix?: string } = {}): string {
  const lines = ['ID,First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name'];
  for (let i = opts.from ?? 0; i < (opts.from ?? 0) + n; i++) {
    lines.push(`${opts.idPrefix ?? 'r'}${i},Person${i},Tester,p${i}@client.org,+39 02 ${String(1000000 + i)},Client ${i % 50}`);
  }
  return lines.join('\n') + '\n';
}
