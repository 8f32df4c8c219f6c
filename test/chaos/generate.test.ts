// The chaos generator: the same seed gives the same valid scenario file, and over many seeds every kind of operation,
// role and fault appears; and the chaos runner is the scenario runner (a repro file replays exactly what failed).
import { FINALE, generate } from '../../scripts/chaos/generate';
import { runChaos } from '../../scripts/chaos/run';
import { runScenario } from '../../scripts/scenario/runner';
import { parseScenario } from '../../scripts/scenario/schema';

const seeds = Array.from({ length: 300 }, (_, i) => i + 1);

describe('generate', () => {
  it('gives the same scenario for the same seed, and a different one for another', () => {
    expect(generate(42)).toEqual(generate(42));
    expect(generate(42)).not.toEqual(generate(43));
  });

  it('writes valid scenario files: 3–8 users, a group, faults off and syncUntilIdle at the end', () => {
    for (const seed of seeds) {
      const s = parseScenario(JSON.stringify(generate(seed)));
      expect(s.users.length).toBeGreaterThanOrEqual(3);
      expect(s.users.length).toBeLessThanOrEqual(8);
      expect(s.groups).toHaveLength(1);
      expect(s.steps.slice(-2)).toEqual(FINALE);
    }
  });

  it('covers every role, app and Google-side verb, suspensions, outside users, faults and kills', () => {
    const all = seeds.map(generate);
    const verbs = new Set(all.flatMap((s) => s.steps.map((x) => x.do)));
    for (const v of [
      'createLabel',
      'renameLabel',
      'deleteLabel',
      'transferLabel',
      'addContact',
      'addExisting',
      'updateContact',
      'removeContact',
      'deleteContact',
      'share',
      'changeRole',
      'unshare',
      'acceptInvitation',
      'syncNow',
      'google.createContact',
      'google.updateContact',
      'google.deleteContact',
      'google.removeFromLabel',
      'directory.suspend',
      'directory.unsuspend',
      'directory.addMember',
      'directory.removeMember',
      'runSync',
      'faults',
    ]) {
      expect(verbs).toContain(v);
    }
    const roles = new Set(all.flatMap((s) => s.steps.filter((x) => x.do === 'share').map((x) => x.role)));
    expect([...roles].sort()).toEqual(['deleter', 'editor', 'manager', 'viewer']);
    expect(all.some((s) => s.externalUsers.length > 0)).toBe(true);
    expect(
      all.some((s) => s.steps.some((x) => x.do === 'faults' && typeof x.killAfterCalls === 'number')),
    ).toBe(true);
    expect(
      all.some((s) =>
        s.steps.some((x) => x.do === 'faults' && (x.people as { error500?: number } | undefined)?.error500),
      ),
    ).toBe(true);
  });
});

describe('runChaos', () => {
  it('leaves the world exactly as runScenario does, faults and kills included', () => {
    const seed = seeds.find((s) => generate(s).steps.some((x) => typeof x.killAfterCalls === 'number'))!;
    const scenario = parseScenario(JSON.stringify(generate(seed)));
    const a = runChaos(scenario).session.world;
    const b = runScenario(scenario, { noReport: true, log: () => undefined }).session.world;
    expect(JSON.stringify(a.people)).toEqual(JSON.stringify(b.people));
    expect(JSON.stringify(a.sheets)).toEqual(JSON.stringify(b.sheets));
    expect(a.clock.now()).toBe(b.clock.now());
  });
});
