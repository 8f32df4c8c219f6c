// runSync on the emulator: copies reach every collaborator, roles decide what flows back, cost stays at the bound.
import { contact, contactsOf, grant, label, seedContact, syncDomain } from './harness';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CAROL = 'carol@example.com';

function clients() {
  const d = syncDomain([{ email: ALICE }, { email: BOB }, { email: CAROL }]);
  d.edit((m) => {
    m.putLabel(label('lbl_1', 'Clients', ALICE));
    m.putGrant(grant('grt_1', 'lbl_1', BOB, 'viewer'));
    m.putGrant(grant('grt_2', 'lbl_1', CAROL, 'editor'));
    m.putContact(contact('ctc_1', ['lbl_1'], { names: { givenName: 'Ann', familyName: 'Lee' }, phoneNumbers: [{ value: '+39 02 1234 5678' }] }));
    m.putContact(contact('ctc_2', ['lbl_1'], { names: { givenName: 'Ben', familyName: 'Ode' }, emailAddresses: [{ value: 'ben@ode.test' }] }));
  });
  return d;
}

describe('runSync', () => {
  it('gives every collaborator and the owner one copy per master, in the label group and myContacts', () => {
    const d = clients();
    const own = seedContact(d.world, BOB, { names: [{ givenName: 'Own' }] });
    const reports = d.syncUntilIdle();
    expect(reports[0].pending).toEqual([]);
    for (const user of [ALICE, BOB, CAROL]) {
      const copies = contactsOf(d.world, user).filter((c) => c.master);
      expect(copies.map((c) => c.master).sort()).toEqual(['ctc_1', 'ctc_2']);
    }
    const bobs = contactsOf(d.world, BOB);
    expect(bobs.find((c) => c.p.resourceName === own.resourceName)?.master).toBeNull();
    const status = d.read((m) => m.collaboratorsOf('lbl_1').map((c) => [c.email, c.status]).sort());
    expect(status).toEqual([[ALICE, 'ACTIVE'], [BOB, 'ACTIVE'], [CAROL, 'ACTIVE']]);
  });

  it('costs one list call per account and no write when nothing changed', () => {
    const d = clients();
    d.syncUntilIdle();
    const before = d.world.calls.length;
    const r = d.sync();
    const calls = d.world.calls.slice(before).filter((c) => c.service === 'people');
    expect(r.pending).toEqual([]);
    expect(calls.map((c) => c.methodId)).toEqual(Array(3).fill('people.people.connections.list'));
  });

  it('puts back a viewer\'s edit made in Google Contacts and keeps the master', () => {
    const d = clients();
    d.syncUntilIdle();
    const copy = contactsOf(d.world, BOB).find((c) => c.master === 'ctc_1')!;
    d.world.call({ service: 'people', methodId: 'people.people.updateContact', params: { resourceName: copy.p.resourceName, updatePersonFields: 'names' }, body: { etag: copy.p.etag, names: [{ givenName: 'Mallory' }] }, caller: { email: BOB, scopes: null }, via: 'advanced' });
    d.sync();
    const after = contactsOf(d.world, BOB).find((c) => c.master === 'ctc_1')!;
    expect((after.p.names as Array<{ givenName: string }>)[0].givenName).toBe('Ann');
    expect(d.read((m) => m.contact('ctc_1')!.person.names?.givenName)).toBe('Ann');
  });

  it('accepts an editor\'s phone change and spreads it to everyone in the same run', () => {
    const d = clients();
    d.syncUntilIdle();
    const copy = contactsOf(d.world, CAROL).find((c) => c.master === 'ctc_1')!;
    d.world.call({ service: 'people', methodId: 'people.people.updateContact', params: { resourceName: copy.p.resourceName, updatePersonFields: 'phoneNumbers' }, body: { etag: copy.p.etag, phoneNumbers: [{ value: '+39 333 111 2222' }] }, caller: { email: CAROL, scopes: null }, via: 'advanced' });
    const r = d.sync();
    expect(r.changesAccepted).toBe(1);
    expect(d.read((m) => m.contact('ctc_1')!.person.phoneNumbers)).toEqual([{ value: '+39 333 111 2222' }]);
    for (const user of [ALICE, BOB]) {
      const c = contactsOf(d.world, user).find((x) => x.master === 'ctc_1')!;
      expect((c.p.phoneNumbers as Array<{ value: string }>).map((p) => p.value)).toEqual(['+39 333 111 2222']);
    }
  });

  it('creates no duplicate when a run is killed in the middle and the next one continues', () => {
    const d = clients();
    d.edit((m) => {
      for (let i = 3; i < 450; i++) m.putContact(contact(`ctc_${i}`, ['lbl_1'], { names: { givenName: `N${i}` } }));
    });
    // The run dies after a few calls (mid-push); nothing of its state was saved.
    expect(() => d.sync({ killAfterCalls: 6 })).toThrow(/execution ended/);
    d.syncUntilIdle();
    for (const user of [ALICE, BOB, CAROL]) {
      const masters = contactsOf(d.world, user).map((c) => c.master).filter(Boolean);
      expect(masters.length).toBe(new Set(masters).size);
      expect(masters.length).toBe(449);
    }
  });

  it('removes every copy and the group from an account that was unshared, leaving its own contacts', () => {
    const d = clients();
    const own = seedContact(d.world, BOB, { names: [{ givenName: 'Own' }] });
    d.syncUntilIdle();
    d.edit((m) => m.removeGrant('grt_1'));
    d.syncUntilIdle();
    expect(contactsOf(d.world, BOB).map((c) => c.p.resourceName)).toEqual([own.resourceName]);
  });
});

describe('runSync lease', () => {
  it('leaves at once when another run holds an unexpired lease, and runs once it has expired', () => {
    const d = clients();
    d.config.set('sync.lease', `${d.world.clock.now() + 60000}|run_other`);
    const skipped = d.sync();
    expect(skipped.skipped).toBe(true);
    expect(contactsOf(d.world, BOB)).toEqual([]);
    d.world.clock.advance(120000);
    expect(d.sync().skipped).toBeUndefined();
    expect(contactsOf(d.world, BOB).filter((c) => c.master)).toHaveLength(2);
    expect(d.config.get('sync.lease')).toBeNull();
  });
});

describe('runSync within a card callback', () => {
  it('writes copies within the 20 seconds of "sync now", keeping a quarter for the save', () => {
    const d = clients();
    const r = d.sync({ budgetMs: 20000 });
    expect(r.pushed.length).toBeGreaterThan(0);
    expect(contactsOf(d.world, ALICE).filter((c) => c.master).length).toBe(2);
  });
});
