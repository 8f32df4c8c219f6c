// The sync state table through the deployed bundle and the Sheets store: one row per account, however many runs.
import { runScenario } from '../../../scripts/scenario/runner';
import { parseScenario } from '../../../scripts/scenario/schema';
import { runSyncTriggers } from '../../../scripts/scenario/steps';
import type { World } from '../../../emulator';

/** Data rows of a sheet of the (one) backing spreadsheet, header excluded, as the store's meta counts them. */
function storedRows(world: World, table: string): number {
  const book = Object.values(world.sheets.spreadsheets)[0];
  const meta = book.sheets.find((s) => s.title === 'meta')!;
  const row = meta.rows.find((r) => r?.[0]?.value === `rows:${table}`);
  return Number(row?.[1]?.value ?? 0);
}

describe('sync state rows', () => {
  it('keeps one syncState row per account across many runs (rows are written over, not appended)', () => {
    const s = parseScenario(
      JSON.stringify({
        domain: 'example.com',
        users: [{ email: 'admin@example.com' }, { email: 'alice@example.com' }, { email: 'bob@example.com' }],
        steps: [
          { as: 'alice@example.com', do: 'createLabel', name: 'Clients' },
          {
            as: 'alice@example.com',
            do: 'addContact',
            label: 'Clients',
            key: 'ann',
            person: { names: [{ givenName: 'Ann' }] },
          },
          { as: 'alice@example.com', do: 'share', label: 'Clients', with: 'bob@example.com', role: 'viewer' },
          { do: 'syncUntilIdle' },
        ],
      }),
    );
    const { session } = runScenario(s, { noReport: true, log: () => undefined });
    const after = storedRows(session.world, 'syncState');
    for (let i = 0; i < 5; i++) runSyncTriggers(session);
    expect(after).toBe(2);
    expect(storedRows(session.world, 'syncState')).toBe(2);
  });
});
