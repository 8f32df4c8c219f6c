// Bench scenario (f): a 20,000-row CSV feed filling a label shared with 10 collaborators (issue 8, item 5). The feed is
// set through the product (the scenario's addFeed step); what is measured is every sync run from the import to idle:
// the import at the start of the first runs, then the copies written to the owner and the ten collaborators.
import { runScenario } from '../scenario/runner';
import { parseScenario, type Scenario } from '../scenario/schema';
import { command } from '../scenario/session';
import { ADMIN, collaborator, DOMAIN, OWNER } from './domain';
import { measureRuns, settle } from './measure';
import type { BenchScenario, ScenarioResult } from './types';

export const FEED_ROWS = 20000;
export const FEED_COLLABORATORS = 10;
const LABEL = 'Suppliers';
const CREATES_PER_CALL = 200;

/** A supplier list as a CSV export: an id, names, a work address and phone, a company. */
export function feedCsv(rows: number): string {
  const lines = ['ID,First Name,Last Name,E-mail 1 - Value,Phone 1 - Value,Organization Name,Organization Title'];
  for (let i = 0; i < rows; i++) {
    lines.push(`s${i},Given${i},Family${i},person${i}@supplier${i % 97}.test,+39 02 ${1000000 + i},Supplier ${i % 97},${i % 3 === 0 ? 'Buyer' : 'Manager'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The scenario file: the admin, the owner and `collaborators` users; the owner creates the label, fills it from a CSV of
 * `rows` rows and shares it with every collaborator; with `sync`, a syncUntilIdle step ends it.
 */
export function feedScenarioFile(rows = FEED_ROWS, collaborators = FEED_COLLABORATORS, sync = true): Scenario {
  const users = [{ email: ADMIN }, { email: OWNER }, ...Array.from({ length: collaborators }, (_, i) => ({ email: collaborator(i + 1) }))];
  const steps: Array<Record<string, unknown>> = [
    { as: OWNER, do: 'createLabel', name: LABEL },
    { as: OWNER, do: 'addFeed', label: LABEL, feed: { kind: 'csv', csv: feedCsv(rows) } },
    ...Array.from({ length: collaborators }, (_, i) => ({ as: OWNER, do: 'share', label: LABEL, with: collaborator(i + 1), role: 'viewer' })),
  ];
  if (sync) steps.push({ do: 'syncUntilIdle', maxRuns: 100 });
  return parseScenario(JSON.stringify({ domain: DOMAIN, admin: ADMIN, users, steps }));
}

export const feedScenario: BenchScenario = {
  id: 'f',
  title: `${FEED_ROWS.toLocaleString('en-US')}-row CSV feed to ${FEED_COLLABORATORS} collaborators`,
  run(fixtures, log): ScenarioResult {
    fixtures.clear();
    const { session, report } = runScenario(feedScenarioFile(FEED_ROWS, FEED_COLLABORATORS, false), { noReport: true, log });
    const refused = report.steps.find((s) => !s.ok);
    if (refused) throw new Error(`the feed bench setup was refused at step ${refused.index} (${refused.do}): ${refused.error?.message}`);
    const measured = measureRuns(session, { until: 'idle', maxRuns: 100 });
    const next = measureRuns(session, { until: 'once' }).peopleCalls;
    const accounts = FEED_COLLABORATORS + 1;
    settle(session, accounts);
    const labelId = session.labels.get(LABEL) ?? '';
    const status = command(session, OWNER, 'feedStatus', { labelId });
    const last = status.ok ? (status.value as { last: { read: number; imported: number; runs: number } | null }).last : null;
    // Every account starts empty: one list page, one group, and N/200 creates each.
    const bound = accounts * (1 + 1 + Math.ceil(FEED_ROWS / CREATES_PER_CALL));
    return {
      measured,
      peopleLowerBound: bound,
      nextRunPeopleCalls: next,
      targets: [
        { target: `all ${FEED_ROWS} rows imported`, met: last?.imported === FEED_ROWS },
        { target: 'People calls ≤ 1.05 × lower bound', met: measured.peopleCalls <= 1.05 * bound },
        { target: `no run over 5 virtual minutes (longest ${(measured.longestRunMs / 60000).toFixed(2)})`, met: measured.longestRunMs <= 5 * 60 * 1000 },
        { target: 'reaches idle', met: measured.idle },
      ],
      notes: [`import: ${last?.read ?? '?'} rows read, ${last?.imported ?? '?'} imported over ${last?.runs ?? '?'} run(s); Sheets calls include the import's loads and saves`],
    };
  },
};
