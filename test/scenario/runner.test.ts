// The scenario runner: the SCENARIOS.md example runs through the bundle and reports in the documented shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario } from '../../scripts/scenario/runner';
import { parseScenario } from '../../scripts/scenario/schema';

const example = parseScenario(readFileSync(join(__dirname, '../../scenarios/example.json'), 'utf8'));
const quiet = { log: () => undefined };

describe('runScenario', () => {
  const { report } = runScenario(example, quiet);

  it('reports every step, a refusal as data with its code', () => {
    expect(report.steps.map((s) => [s.do, s.ok])).toEqual([
      ['createLabel', true], ['addContact', true], ['share', true], ['share', true], ['share', false], ['syncUntilIdle', true],
    ]);
    expect(report.steps[4].error).toEqual({ code: 'PERMISSION_DENIED', message: expect.stringMatching(/owner or a manager/) });
  });

  it('reports labels with grants, statuses and a group\'s members', () => {
    expect(report.labels).toEqual([
      {
        name: 'Clients', owner: 'alice@example.com', contacts: 1,
        grants: [
          { with: 'bob@example.com', role: 'viewer', status: 'ACTIVE' },
          { with: 'sales@example.com', role: 'editor', status: 'PARTIALLY_SHARED', members: [
            { email: 'bob@example.com', status: 'ACTIVE' }, { email: 'carol@example.com', status: 'SUSPENDED' },
          ] },
        ],
      },
    ]);
  });

  it('reports each account\'s contacts with keys, labels and myContacts, own contacts included', () => {
    const bob = report.accounts['bob@example.com'].contacts;
    expect(bob.map((c) => [c.key, c.label, c.myContacts]).sort()).toEqual([['ann', ['Clients'], true], ['bob-own-1', [], true]]);
    expect(bob.find((c) => c.key === 'ann')!.person).toEqual({
      names: [expect.objectContaining({ givenName: 'Ann', familyName: 'Lee' })],
      phoneNumbers: [expect.objectContaining({ value: '+39 02 1234 5678' })],
    });
    expect(report.accounts['carol@example.com'].contacts).toEqual([]);
    expect(report.accounts['eve@partner.org'].contacts).toEqual([]);
  });

  it('reports seats and API calls by discovery method id, and the sync runs', () => {
    // alice and bob; carol was suspended before the share, and a suspended account takes no new seat.
    expect(report.seats).toEqual({ total: 50, used: 2 });
    expect(report.api.people.byMethod['people.people.batchCreateContacts']).toBeGreaterThanOrEqual(2);
    expect(report.api.people.calls).toBe(Object.values(report.api.people.byMethod).reduce((a, b) => a + b, 0));
    expect(report.api.sheets.calls).toBeGreaterThan(0);
    expect(report.runs).toBeGreaterThanOrEqual(1);
  });
});
