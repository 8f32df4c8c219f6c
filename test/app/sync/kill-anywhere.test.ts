// A sync run of the deployed bundle killed after any one of its API calls (so nothing it held in memory is saved),
// then runs until idle: no account ends with two groups for a label, two copies of a master, or a contact it gave
// to the label made into two masters (DESIGN.md section 9; chaos seed 318).
import type { World } from '../../../emulator';
import { listGroups, listPersons } from '../../../emulator/people/contacts-ui';
import { runScenario } from '../../../scripts/scenario/runner';
import { parseScenario, type Step } from '../../../scripts/scenario/schema';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CAROL = 'carol@example.com';
const quiet = { noReport: true, log: () => undefined };

function scenario(tail: Step[]) {
  return parseScenario(
    JSON.stringify({
      domain: 'example.com',
      users: [{ email: 'admin@example.com' }, { email: ALICE }, { email: BOB }, { email: CAROL }],
      steps: [
        { as: ALICE, do: 'createLabel', name: 'Clients' },
        {
          as: ALICE,
          do: 'addContact',
          label: 'Clients',
          key: 'ann',
          person: { names: [{ givenName: 'Ann' }] },
        },
        {
          as: ALICE,
          do: 'addContact',
          label: 'Clients',
          key: 'ben',
          person: { names: [{ givenName: 'Ben' }] },
        },
        { as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'viewer' },
        { as: ALICE, do: 'share', label: 'Clients', with: CAROL, role: 'editor' },
        ...tail,
      ],
    }),
  );
}

const data = (x: Record<string, unknown>) =>
  (x.clientData as Array<{ key: string; value: string }> | undefined) ?? [];

function ours(world: World, user: string) {
  return {
    groups: listGroups(world, user).filter((g) => data(g).some((d) => d.key === 'sharedLabels.label')).length,
    copies: listPersons(world, user)
      .map((p) => data(p).find((d) => d.key === 'sharedLabels.master')?.value)
      .filter(Boolean).length,
  };
}

describe('a sync run killed after any call', () => {
  const { session } = runScenario(scenario([{ do: 'runSync' }]), quiet);
  const callsOfFirstRun = session.runStats![0].calls;

  it.each(Array.from({ length: callsOfFirstRun }, (_, i) => i + 1))(
    'leaves one group and one copy per master after a kill at call %i',
    (k) => {
      const { session: s } = runScenario(
        scenario([
          { do: 'faults', killAfterCalls: k },
          { do: 'runSync' },
          { do: 'faults' },
          { do: 'syncUntilIdle' },
        ]),
        quiet,
      );
      for (const user of [ALICE, BOB, CAROL]) expect(ours(s.world, user)).toEqual({ groups: 1, copies: 2 });
    },
  );
});

describe('a sync run killed while adopting a contact a user put into the label', () => {
  const adoption = (tail: Step[]) =>
    scenario([
      { do: 'syncUntilIdle' },
      {
        as: CAROL,
        do: 'google.createContact',
        key: 'cy',
        person: { names: [{ givenName: 'Cy' }] },
        label: 'Clients',
      },
      ...tail,
    ]);
  const { session } = runScenario(adoption([{ do: 'runSync' }]), quiet);
  const calls = session.runStats![session.runStats!.length - 1].calls;

  it.each(Array.from({ length: calls }, (_, i) => i + 1))(
    'makes one master of it after a kill at call %i',
    (k) => {
      const { session: s } = runScenario(
        adoption([
          { do: 'faults', killAfterCalls: k },
          { do: 'runSync' },
          { do: 'runSync' },
          { do: 'faults' },
          { do: 'syncUntilIdle' },
        ]),
        quiet,
      );
      for (const user of [ALICE, BOB, CAROL]) expect(ours(s.world, user)).toEqual({ groups: 1, copies: 3 });
    },
  );
});
