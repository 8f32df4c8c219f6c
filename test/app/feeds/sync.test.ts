// Feeds through the sync on the emulator: the import at the start of a run, then copies for the owner and collaborators;
// copies are read-only (edits in Google put back); a changed row updates every copy in place; a row that leaves is
// deleted from every copy; an unchanged feed costs no write at all.
import { suspendUser } from '../../../emulator/directory/admin';
import { AdminDirectoryAdvanced } from '../../../src/adapters/admin-directory-advanced';
import { InMemoryActorContacts } from '../../../src/adapters/in-memory-actor-contacts';
import { setFeed } from '../../../src/app/feeds/set-feed';
import { inExecution } from '../../support/apps-script';
import { ADMIN, contactsOf, grant, label, syncDomain, type SyncDomain } from '../sync/harness';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CAROL = 'carol@example.com';

const SUPPLIERS = ['ID,First Name,Last Name,Email,Phone', 's1,Ann,Lee,ann@lee.example,+39 02 1234 5678', 's2,Bo,Ode,bo@ode.example,', 's3,Cy,Dee,,+39 333 1234567'].join('\n');

function set(d: SyncDomain, input: Record<string, unknown>) {
  const r = inExecution(d.rt, ALICE, (g) =>
    setFeed(
      {
        actor: ALICE,
        clock: { nowMs: () => d.world.clock.now() },
        ids: d.ids,
        store: d.store,
        lock: d.lock,
        config: d.config,
        directory: new AdminDirectoryAdvanced(g.AdminDirectory, { adminEmail: ADMIN }),
        mailer: { send: () => undefined },
        actorContacts: new InMemoryActorContacts(),
        addonUrl: 'https://mail.google.com/',
      },
      { labelId: 'lbl_1', ...input },
    ),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const copies = (d: SyncDomain, user: string) =>
  contactsOf(d.world, user)
    .filter((c) => c.master)
    .map((c) => ({ name: `${(c.p.names as Array<{ givenName?: string; familyName?: string }>)[0].givenName} ${(c.p.names as Array<{ familyName?: string }>)[0].familyName ?? ''}`.trim(), rn: c.p.resourceName as string, p: c.p }))
    .sort((a, b) => a.name.localeCompare(b.name));

function csvLabel(): SyncDomain {
  const d = syncDomain([{ email: ALICE }, { email: BOB }, { email: CAROL }]);
  d.edit((m) => {
    m.putLabel(label('lbl_1', 'Suppliers', ALICE));
    m.putGrant(grant('grt_1', 'lbl_1', BOB, 'editor'));
  });
  set(d, { kind: 'csv', csv: SUPPLIERS });
  return d;
}

describe('a feed label through the sync', () => {
  it('is imported by the run and reaches the owner and every collaborator', () => {
    const d = csvLabel();
    const reports = d.syncUntilIdle();
    expect(reports[0].pending).toEqual([]);
    for (const user of [ALICE, BOB]) expect(copies(d, user).map((c) => c.name)).toEqual(['Ann Lee', 'Bo Ode', 'Cy Dee']);
    expect(copies(d, CAROL)).toEqual([]);
  });

  it('puts back an edit made in Google Contacts, even an editor\'s', () => {
    const d = csvLabel();
    d.syncUntilIdle();
    const ann = copies(d, BOB)[0];
    d.world.call({ service: 'people', methodId: 'people.people.updateContact', params: { resourceName: ann.rn, updatePersonFields: 'names' }, body: { etag: ann.p.etag, names: [{ givenName: 'Mallory' }] }, caller: { email: BOB, scopes: null }, via: 'advanced' });
    d.sync();
    expect(copies(d, BOB).map((c) => c.name)).toEqual(['Ann Lee', 'Bo Ode', 'Cy Dee']);
    expect(d.read((m) => m.contactsOf('lbl_1').map((c) => c.revision))).toEqual([1, 1, 1]);
  });

  it('updates every copy in place when a row changes, and deletes the copies of a row that left', () => {
    const d = csvLabel();
    d.syncUntilIdle();
    const before = copies(d, BOB);
    set(d, { kind: 'csv', csv: ['ID,First Name,Last Name,Email,Phone', 's1,Anne,Leigh,ann@lee.example,+39 02 1234 5678', 's2,Bo,Ode,bo@ode.example,'].join('\n') });
    d.syncUntilIdle();
    const after = copies(d, BOB);
    expect(after.map((c) => c.name)).toEqual(['Anne Leigh', 'Bo Ode']);
    // The same Google contacts, updated: not deleted and recreated.
    expect(after.map((c) => c.rn)).toEqual([before[0].rn, before[1].rn]);
    expect(copies(d, ALICE).map((c) => c.name)).toEqual(['Anne Leigh', 'Bo Ode']);
  });

  it('costs one list call per account and no write when the feed did not change', () => {
    const d = csvLabel();
    d.syncUntilIdle();
    const since = d.world.calls.length;
    const feedTables = () => {
      const t = d.store.dump().tables;
      return JSON.stringify([t.contacts, t.history, t.feeds, t.feedChunks]);
    };
    const before = feedTables();
    d.sync();
    const people = d.world.calls.slice(since).filter((c) => c.service === 'people').map((c) => c.methodId);
    expect(people).toEqual(Array(2).fill('people.people.connections.list'));
    // The sync saves its own per-account state every run; the import wrote nothing.
    expect(feedTables()).toBe(before);
  });

  it('fills a directory label with the domain\'s active users and drops a suspended one', () => {
    const d = syncDomain([{ email: ALICE }, { email: BOB }, { email: CAROL }]);
    d.edit((m) => m.putLabel(label('lbl_1', 'Company', ALICE)));
    set(d, { kind: 'directory' });
    d.syncUntilIdle();
    expect(copies(d, ALICE).map((c) => c.p.emailAddresses && (c.p.emailAddresses as Array<{ value: string }>)[0].value).sort()).toEqual([ADMIN, ALICE, BOB, CAROL]);
    suspendUser(d.world, CAROL);
    d.syncUntilIdle();
    expect(copies(d, ALICE)).toHaveLength(3);
    expect(copies(d, ALICE).some((c) => JSON.stringify(c.p).includes(CAROL))).toBe(false);
  });
});
