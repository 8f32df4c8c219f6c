// Shared by the chaos tests: a deliberately broken copy of the deployed bundle, and a small scenario that exercises
// every invariant (an allowed and a forbidden Google-side edit, an allowed and a forbidden app edit, a user's own
// contact, a kill).
import { loadBundle } from '../../scripts/scenario/domain';
import { FINALE, type RawScenario } from '../../scripts/chaos/generate';
import type { ChaosOptions } from '../../scripts/chaos/run';

/** build/Code.js with `from` replaced by `to` in each pair: an engine with one bug put in on purpose. */
export function brokenBundle(
  ...edits: Array<[from: string, to: string]>
): NonNullable<ChaosOptions['bundle']> {
  const { code, manifest } = loadBundle();
  let out = code;
  for (const [from, to] of edits) {
    if (!out.includes(from))
      throw new Error(`the bundle no longer contains ${JSON.stringify(from)}: update this break`);
    out = out.split(from).join(to);
  }
  return { code: out, manifest };
}

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CAROL = 'carol@example.com';
const DAVE = 'dave@example.com';

/** Alice shares "Clients" with a viewer, an editor and a deleter; the editor and the viewer edit copies in Google. */
export function everyInvariantScenario(): RawScenario {
  return {
    domain: 'example.com',
    admin: 'admin@example.com',
    seed: 7,
    users: ['admin@example.com', ALICE, BOB, CAROL, DAVE].map((email) => ({ email })),
    externalUsers: [],
    groups: [{ email: 'team@example.com', members: [DAVE] }],
    contacts: {
      [BOB]: [{ key: 'own-bob-0', person: { names: [{ givenName: 'Own', familyName: 'Contact' }] } }],
    },
    steps: [
      { as: ALICE, do: 'createLabel', name: 'Clients' },
      {
        as: ALICE,
        do: 'addContact',
        label: 'Clients',
        key: 'k1',
        person: { names: [{ givenName: 'Ann', familyName: 'Lee' }] },
      },
      {
        as: ALICE,
        do: 'addContact',
        label: 'Clients',
        key: 'k2',
        person: { names: [{ givenName: 'Ben', familyName: 'Ode' }] },
      },
      { as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'viewer' },
      { as: ALICE, do: 'share', label: 'Clients', with: CAROL, role: 'editor' },
      { as: ALICE, do: 'share', label: 'Clients', with: 'team@example.com', role: 'deleter' },
      { do: 'syncUntilIdle' },
      {
        as: CAROL,
        do: 'google.updateContact',
        contact: 'k1',
        set: { organizations: [{ name: 'Org t7s7' }] },
      },
      { as: BOB, do: 'google.updateContact', contact: 'k2', set: { biographies: [{ value: 'note t7s8' }] } },
      {
        as: ALICE,
        do: 'updateContact',
        contact: 'k2',
        set: { emailAddresses: [{ value: 't7s9@mail.test' }] },
      },
      { as: BOB, do: 'updateContact', contact: 'k1', set: { names: [{ givenName: 'Nt7s10' }] } },
      { do: 'faults', killAfterCalls: 12 },
      { do: 'runSync' },
      { do: 'faults' },
      ...FINALE,
    ],
  };
}
