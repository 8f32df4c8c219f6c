// Shrinking a failing scenario: fewer steps, the same invariant still broken, and the file replays with the runner.
import { shrink, failureOf } from '../../scripts/chaos/shrink';
import { FINALE } from '../../scripts/chaos/generate';
import { runScenario } from '../../scripts/scenario/runner';
import { parseScenario } from '../../scripts/scenario/schema';
import { brokenBundle, everyInvariantScenario } from './support';

describe('shrink', () => {
  it('cuts a scenario down to the steps that still break the invariant', () => {
    const bundle = brokenBundle([
      'if (readOnly(m, input2.labels) || !allowed(role, "editContact")) {',
      'if (readOnly(m, input2.labels)) {',
    ]);
    const base = everyInvariantScenario();
    const noise = [
      { as: 'dave@example.com', do: 'createLabel', name: 'Press' },
      {
        as: 'dave@example.com',
        do: 'addContact',
        label: 'Press',
        key: 'p1',
        person: { names: [{ givenName: 'Pia' }] },
      },
      { as: 'carol@example.com', do: 'comment', label: 'Clients', contact: 'k1', text: 'hello' },
      { do: 'runSync' },
    ];
    const body = base.steps.slice(0, base.steps.length - FINALE.length);
    const raw = { ...base, steps: [...noise, ...body, ...FINALE] };
    expect(failureOf(raw, { bundle })).toBe('noEscalation/edit-leaked');

    const { scenario } = shrink(raw, 'noEscalation/edit-leaked', { bundle, maxTries: 120 });
    expect(scenario.steps.length).toBeLessThan(raw.steps.length - 4);
    expect(scenario.steps.slice(-2)).toEqual(FINALE);
    expect(scenario.steps.map((s) => s.do)).toEqual(
      expect.arrayContaining(['createLabel', 'share', 'google.updateContact']),
    );
    expect(failureOf(scenario, { bundle })).toBe('noEscalation/edit-leaked');
    expect(() =>
      runScenario(parseScenario(JSON.stringify(scenario)), { noReport: true, log: () => undefined }),
    ).not.toThrow();
  }, 120000);
});
