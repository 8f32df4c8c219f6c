// `syncUntilIdle` stops only after a run that read every account afresh: a run that merely finished a cycle a card's
// "sync now" began leaves edits made since that cycle's reads unread (chaos seed 1727: a viewer's edit stayed).
import { listPersons } from '../../../emulator/people/contacts-ui';
import { runScenario } from '../../../scripts/scenario/runner';
import { parseScenario } from '../../../scripts/scenario/schema';

const FAY = 'fay@example.com';
const BEN = 'ben@example.com';
const ADMIN = 'admin@example.com';

describe('syncUntilIdle after a cycle split by "sync now"', () => {
  it("reads the edit made between the card's run and the trigger's, and puts a viewer's edit back", () => {
    const s = parseScenario(
      JSON.stringify({
        domain: 'example.com',
        users: [
          { email: ADMIN },
          { email: 'ann@example.com' },
          { email: BEN },
          { email: 'eli@example.com' },
          { email: FAY },
        ],
        contacts: { [ADMIN]: [{ key: 'own', person: { names: [{ givenName: 'Flo', familyName: 'Ode' }] } }] },
        steps: [
          { as: FAY, do: 'createLabel', name: 'Press' },
          {
            as: FAY,
            do: 'addContact',
            label: 'Press',
            key: 'k1',
            person: { names: [{ givenName: 'Ada', familyName: 'Smit' }] },
          },
          { as: FAY, do: 'share', label: 'Press', with: 'domain', role: 'viewer' },
          { as: FAY, do: 'share', label: 'Press', with: ADMIN, role: 'deleter', syncToMobile: false },
          { do: 'runSync' },
          {
            as: FAY,
            do: 'updateContact',
            contact: 'k1',
            set: { emailAddresses: [{ value: 'ada@press.test' }] },
          },
          { as: ADMIN, do: 'addExisting', label: 'Press', contact: 'own' },
          // The card's 20 seconds read every account but do not reach them all: the cycle goes on in the next run.
          { as: ADMIN, do: 'syncNow', label: 'Press' },
          {
            as: BEN,
            do: 'google.updateContact',
            contact: 'k1',
            set: { emailAddresses: [{ value: 'mallory@evil.test' }] },
          },
          { do: 'syncUntilIdle' },
        ],
      }),
    );
    const { session } = runScenario(s, { noReport: true, log: () => undefined });
    const copy = listPersons(session.world, BEN).find(
      (p) =>
        ((p.clientData as Array<{ key: string }> | undefined) ?? []).some(
          (d) => d.key === 'sharedLabels.master',
        ) && (p.names as Array<{ givenName: string }>)[0].givenName === 'Ada',
    );
    expect((copy?.emailAddresses as Array<{ value: string }>).map((e) => e.value)).toEqual([
      'ada@press.test',
    ]);
  });
});
