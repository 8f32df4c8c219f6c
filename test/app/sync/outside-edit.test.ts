// An outside editor's change in their own Google Contacts is accepted by their own trigger, which cannot reach the
// domain's accounts: its run reports them pending, so `syncUntilIdle` runs the admin's trigger again and every copy
// converges (chaos seed 100 stopped with the domain's copies one revision behind).
import { listPersons } from '../../../emulator/people/contacts-ui';
import { runScenario } from '../../../scripts/scenario/runner';
import { parseScenario } from '../../../scripts/scenario/schema';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const PAT = 'pat@partner.test';

describe("an outside editor's edit in Google", () => {
  it('reaches every domain copy before the sync is idle', () => {
    const s = parseScenario(
      JSON.stringify({
        domain: 'example.com',
        users: [{ email: 'admin@example.com' }, { email: ALICE }, { email: BOB }],
        externalUsers: [{ email: PAT }],
        steps: [
          { as: ALICE, do: 'createLabel', name: 'Partners' },
          {
            as: ALICE,
            do: 'addContact',
            label: 'Partners',
            key: 'ann',
            person: { names: [{ givenName: 'Ann', familyName: 'Lee' }] },
          },
          { as: ALICE, do: 'share', label: 'Partners', with: BOB, role: 'viewer' },
          { as: ALICE, do: 'share', label: 'Partners', with: PAT, role: 'editor' },
          { as: PAT, do: 'acceptInvitation' },
          { do: 'syncUntilIdle' },
          {
            as: PAT,
            do: 'google.updateContact',
            contact: 'ann',
            set: { biographies: [{ value: 'met in Milan' }] },
          },
          { do: 'syncUntilIdle' },
        ],
      }),
    );
    const { report, session } = runScenario(s, { noReport: true, log: () => undefined });
    expect(report.steps.map((x) => x.ok)).toEqual(Array(8).fill(true));
    for (const user of [ALICE, BOB, PAT]) {
      const copy = listPersons(session.world, user).find((p) =>
        ((p.clientData as Array<{ key: string }> | undefined) ?? []).some(
          (d) => d.key === 'sharedLabels.master',
        ),
      );
      expect((copy?.biographies as Array<{ value: string }> | undefined)?.[0]?.value).toBe('met in Milan');
    }
  });
});
