// The sync through the deployed bundle: adoption in place, name clashes, renames and deletions, statuses that calls
// reveal, and an outside collaborator synced by their own trigger.
import { runScenario } from '../../scripts/scenario/runner';
import { parseScenario, type Step } from '../../scripts/scenario/schema';
import { listGroups } from '../../emulator/people/contacts-ui';

const quiet = { log: () => undefined };
const A = 'alice@example.com';
const B = 'bob@example.com';

function run(steps: Step[], extra: Record<string, unknown> = {}) {
  const file = {
    domain: 'example.com',
    admin: 'admin@example.com',
    users: [{ email: 'admin@example.com' }, { email: A }, { email: B }, { email: 'carol@example.com' }],
    contacts: {
      [A]: [{ key: 'alice-own', person: { names: [{ givenName: 'Zoe', familyName: 'Own' }], emailAddresses: [{ value: 'zoe@own.test' }] } }],
      [B]: [{ key: 'bob-own', person: { names: [{ givenName: 'Bob', familyName: 'Private' }] } }],
    },
    ...extra,
    steps: [
      { as: A, do: 'createLabel', name: 'Clients' },
      { as: A, do: 'addContact', label: 'Clients', key: 'ann', person: { names: [{ givenName: 'Ann', familyName: 'Lee' }] } },
      ...steps,
    ],
  };
  return runScenario(parseScenario(JSON.stringify(file)), quiet);
}

const keysOf = (report: ReturnType<typeof run>['report'], user: string) =>
  report.accounts[user].contacts.map((c) => `${c.key}:${c.label.join('+')}`).sort();

describe('the sync through the bundle', () => {
  it('makes the owner\'s existing contact a copy in place, never a duplicate', () => {
    const { report } = run([
      { as: A, do: 'addExisting', label: 'Clients', contact: 'alice-own' },
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'syncUntilIdle' },
    ]);
    expect(keysOf(report, A)).toEqual(['alice-own:Clients', 'ann:Clients']);
    expect(keysOf(report, B)).toEqual(['alice-own:Clients', 'ann:Clients', 'bob-own:']);
  });

  it('names the shared group apart when the user has an own group of that name, and leaves theirs alone', () => {
    const { report, session } = run([
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'syncUntilIdle' },
    ], {
      contacts: { [B]: [{ key: 'bob-own', person: { names: [{ givenName: 'Bob', familyName: 'Private' }] }, groups: ['Clients'] }] },
    });
    const groups = (listGroups(session.world, B) as Array<{ name: string; groupType: string; memberCount?: number }>)
      .filter((g) => g.groupType === 'USER_CONTACT_GROUP')
      .map((g) => [g.name, g.memberCount ?? 0]);
    expect(groups).toHaveLength(2);
    expect(groups).toEqual(expect.arrayContaining([['Clients', 1], ['Clients (shared)', 1]]));
    expect(keysOf(report, B)).toEqual(['ann:Clients', 'bob-own:']);
  });

  it('renames the label\'s group everywhere and removes it, with its copies, when the label is deleted', () => {
    const renamed = run([
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'syncUntilIdle' },
      { as: A, do: 'renameLabel', label: 'Clients', name: 'Key clients' },
      { do: 'syncUntilIdle' },
    ]);
    expect(keysOf(renamed.report, B)).toEqual(['ann:Key clients', 'bob-own:']);
    const deleted = run([
      { as: A, do: 'addExisting', label: 'Clients', contact: 'alice-own' },
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'syncUntilIdle' },
      { as: A, do: 'deleteLabel', label: 'Clients' },
      { do: 'syncUntilIdle' },
    ]);
    expect(keysOf(deleted.report, B)).toEqual(['bob-own:']);
    // alice's own contact was adopted into the label: it stays hers, out of the deleted label.
    expect(keysOf(deleted.report, A)).toEqual(['alice-own:']);
  });

  it('shows SUSPENDED for a suspended collaborator and ACTIVE again once unsuspended', () => {
    const { report } = run([
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'syncUntilIdle' },
      { do: 'directory.suspend', user: B },
      { do: 'syncUntilIdle' },
    ]);
    expect(report.labels[0].grants).toEqual([expect.objectContaining({ with: B, status: 'SUSPENDED' })]);
    const back = run([
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'directory.suspend', user: B },
      { do: 'syncUntilIdle' },
      { do: 'directory.unsuspend', user: B },
      { do: 'syncUntilIdle' },
    ]);
    expect(back.report.labels[0].grants).toEqual([expect.objectContaining({ with: B, status: 'ACTIVE' })]);
    expect(keysOf(back.report, B)).toEqual(['ann:Clients', 'bob-own:']);
  });

  it('shows REVOKED when delegation is withdrawn for the collaborator', () => {
    const { report } = run([
      { as: A, do: 'share', label: 'Clients', with: B, role: 'viewer' },
      { do: 'directory.revokeDelegation', user: B },
      { do: 'syncUntilIdle' },
    ]);
    expect(report.labels[0].grants).toEqual([expect.objectContaining({ with: B, status: 'REVOKED' })]);
    expect(keysOf(report, B)).toEqual(['bob-own:']);
  });

  it('shows OVER_QUOTA before writing anything when the copies would not fit', () => {
    const more: Step[] = Array.from({ length: 4 }, (_, i) => ({ as: A, do: 'addContact', label: 'Clients', key: `c${i}`, person: { names: [{ givenName: `C${i}` }] } }));
    const { report } = run([...more, { as: A, do: 'share', label: 'Clients', with: 'carol@example.com', role: 'viewer' }, { do: 'syncUntilIdle' }], {
      users: [{ email: 'admin@example.com' }, { email: A }, { email: B }, { email: 'carol@example.com', contactLimit: 3 }],
    });
    expect(report.labels[0].grants).toEqual([expect.objectContaining({ with: 'carol@example.com', status: 'OVER_QUOTA' })]);
    expect(report.accounts['carol@example.com'].contacts).toEqual([]);
  });

  it('syncs an outside collaborator through their own trigger once they accept', () => {
    const { report, session } = run([
      { as: A, do: 'share', label: 'Clients', with: 'eve@partner.org', role: 'viewer' },
      { do: 'syncUntilIdle' },
    ], { externalUsers: [{ email: 'eve@partner.org' }] });
    expect(report.labels[0].grants).toEqual([expect.objectContaining({ with: 'eve@partner.org', status: 'INVITED' })]);
    expect(report.accounts['eve@partner.org'].contacts).toEqual([]);
    void session;
    const accepted = run([
      { as: A, do: 'share', label: 'Clients', with: 'eve@partner.org', role: 'viewer' },
      { as: 'eve@partner.org', do: 'acceptInvitation' },
      { do: 'syncUntilIdle' },
    ], { externalUsers: [{ email: 'eve@partner.org' }] });
    expect(accepted.session.world.appsScript.triggers.map((t) => t.owner).sort()).toEqual(['admin@example.com', 'eve@partner.org']);
    expect(keysOf(accepted.report, 'eve@partner.org')).toEqual(['ann:Clients']);
    expect(accepted.report.labels[0].grants).toEqual([expect.objectContaining({ with: 'eve@partner.org', status: 'ACTIVE' })]);
  });
});
