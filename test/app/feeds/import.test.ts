// The feed import as each sync run starts it: contacts created, updated only when their row changed, matched across
// runs by key (renames update), removed when their row leaves, skipped rows reported; checkpointed over several runs.
import { removeFeed } from '../../../src/app/feeds/remove-feed';
import { setFeed } from '../../../src/app/feeds/set-feed';
import { updateContact } from '../../../src/app/commands/update-contact';
import { addContact } from '../../../src/app/commands/add-contact';
import { deleteLabel } from '../../../src/app/commands/delete-label';
import { share } from '../../../src/app/commands/share';
import { unavailable } from '../../../src/core/errors';
import { parseCsv } from '../../../src/core/feed/csv';
import { model } from '../support/scenario';
import { errorOf, must, person } from '../support/world';
import { ADMIN, feedWorld, names, OWNER, peopleCsv } from './support';

const SUPPLIERS = ['ID,Name,Email,Phone', 's1,Ann Lee,ann@lee.example,+39 02 1234 5678', 's2,Bo Ode,bo@ode.example,', 's3,Cy Dee,,+39 333 1234567'].join('\n');

describe('importFeeds', () => {
  it('fills the label from the CSV at the next run: one contact per row, keyed per label, the result recorded', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS + '\ns4,,nobody@x.org,\n');
    expect(w.contacts(L)).toEqual([]);
    expect(w.status(L).phase).toBe('waiting');
    const r = w.run();
    expect(r.pending).toEqual([]);
    const cs = w.contacts(L);
    expect(names(cs)).toEqual(['Ann Lee', 'Bo Ode', 'Cy Dee']);
    expect(cs.map((c) => c.feedKey).sort()).toEqual([`${L}|id:s1`, `${L}|id:s2`, `${L}|id:s3`]);
    expect(cs[0]).toMatchObject({ revision: 1, labelIds: [L], createdBy: 'feed:csv', deleted: false });
    const s = w.status(L);
    expect(s.phase).toBe('upToDate');
    expect(s.last).toMatchObject({ read: 4, imported: 3, updated: 0, removed: 0, skipped: 1, reasons: { noName: 1 }, runs: 1 });
    expect(s.last?.sample).toEqual([{ row: 5, reason: 'noName', message: 'The row has no name (First Name, Last Name or Name).' }]);
    expect(parseCsv(s.skippedCsv ?? '').rows.slice(0, 2)).toEqual([
      ['Row', 'Reason', 'ID', 'Name', 'Email', 'Phone'],
      ['5', 'The row has no name (First Name, Last Name or Name).', 's4', '', 'nobody@x.org', ''],
    ]);
  });

  it('costs nothing when the source did not change: one read of the feed state, no chunk read, no write', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    w.run();
    const before = { loads: w.store.loads, saves: w.store.saves, data: w.store.serialize() };
    expect(w.run()).toEqual({ pending: [], imported: [], failed: [] });
    expect(w.store.loads - before.loads).toBe(1);
    expect(w.store.saves).toBe(before.saves);
    expect(w.store.serialize()).toBe(before.data);
  });

  it('spends nothing at all while no feed was ever set', () => {
    const w = feedWorld();
    w.label();
    const loads = w.store.loads;
    w.run();
    expect(w.store.loads).toBe(loads);
  });

  it('updates a changed row in place (same contact, revision + 1, old version in history) and leaves the others untouched', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    w.run();
    const [ann, bo, cy] = w.contacts(L);
    // s1 renamed, s2 unchanged, s3 gets an email.
    w.csv(L, ['ID,Name,Email,Phone', 's1,Anne Leigh,ann@lee.example,+39 02 1234 5678', 's2,Bo Ode,bo@ode.example,', 's3,Cy Dee,cy@dee.example,+39 333 1234567'].join('\n'));
    w.run();
    const after = w.contacts(L);
    expect(after.map((c) => c.id)).toEqual([ann.id, bo.id, cy.id]);
    expect(after.map((c) => c.revision)).toEqual([2, 1, 2]);
    expect(after[0].person.names).toEqual({ givenName: 'Anne', familyName: 'Leigh' });
    expect(after[1]).toEqual(bo);
    expect(model(w).historyOf(ann.id)).toEqual([expect.objectContaining({ revision: 1, reason: 'revision', by: 'feed:csv', person: ann.person })]);
    expect(w.status(L).last).toMatchObject({ read: 3, imported: 0, updated: 2, unchanged: 1, removed: 0 });
  });

  it('keeps a contact whose key changed when the row still answers to the old key (a new first address, an id column added)', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, 'Name,Email\nAnn Lee,ann@old.example\nBo Ode,bo@ode.example\n');
    w.run();
    const [ann, bo] = w.contacts(L);
    w.csv(L, 'ID,Name,Email,Email 2\nx1,Ann Lee,ann@new.example,ann@old.example\nx2,Bo Ode,bo@ode.example,\n');
    w.run();
    const after = w.contacts(L);
    expect(after.map((c) => [c.id, c.feedKey])).toEqual([
      [ann.id, `${L}|id:x1`],
      [bo.id, `${L}|id:x2`],
    ]);
    expect(w.status(L).last).toMatchObject({ imported: 0, removed: 0 });
  });

  it('removes the contact of a row that left the source, deleting it when no other label carries it', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    w.run();
    const [ann] = w.contacts(L);
    w.csv(L, SUPPLIERS.split('\n').filter((l) => !l.startsWith('s1,')).join('\n'));
    w.run();
    expect(names(w.contacts(L))).toEqual(['Bo Ode', 'Cy Dee']);
    expect(model(w).contact(ann.id)).toMatchObject({ deleted: true });
    expect(model(w).historyOf(ann.id).map((h) => h.reason)).toEqual(['deleted']);
    expect(w.status(L).last).toMatchObject({ removed: 1 });
  });

  it('keeps the contact of a row that is now skipped (a typo must not take a person off everyone\'s phone)', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    w.run();
    const before = w.contacts(L);
    w.csv(L, SUPPLIERS.replace('bo@ode.example', 'bo@@ode'));
    w.run();
    expect(w.contacts(L)).toEqual(before);
    expect(w.status(L).last).toMatchObject({ skipped: 1, removed: 0, reasons: { badEmail: 1 } });
  });

  it('continues a feed larger than one run from its checkpoint, without duplicates', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, peopleCsv(100));
    w.storeLatencyMs = 20000;
    const reports = [];
    for (let i = 0; i < 20; i++) {
      const r = w.run({ batchWrites: 10 });
      reports.push(r);
      if (r.pending.length === 0) break;
      // Between runs a pass under way shows its progress.
      const s = w.status(L);
      expect(s.phase).toBe('importing');
      expect(s.progress?.total).toBe(100);
    }
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.slice(0, -1).every((r) => r.pending[0] === `feed:${L}`)).toBe(true);
    const cs = w.contacts(L);
    expect(cs).toHaveLength(100);
    expect(new Set(cs.map((c) => c.feedKey)).size).toBe(100);
    expect(w.status(L).last).toMatchObject({ read: 100, imported: 100, runs: reports.length });
  });

  it('drops a pass under way when the owner sets another source, and imports the new one afresh', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, peopleCsv(30));
    w.storeLatencyMs = 60000;
    expect(w.run({ batchWrites: 10 }).pending).toEqual([`feed:${L}`]);
    w.storeLatencyMs = 0;
    w.csv(L, peopleCsv(5, { from: 100 }));
    expect(w.status(L).phase).toBe('waiting');
    w.run({ batchWrites: 10 });
    expect(names(w.contacts(L))).toEqual(['Person100 Tester', 'Person101 Tester', 'Person102 Tester', 'Person103 Tester', 'Person104 Tester']);
  });

  it('restarts a pass whose Sheet changed between runs', () => {
    const w = feedWorld();
    const L = w.label();
    const rows = (n: number, from = 0) => [['ID', 'Name', 'Email'], ...Array.from({ length: n }, (_, i) => [`k${from + i}`, `P${from + i} Q`, `p${from + i}@x.org`])];
    w.sheets.put('1sheet-suppliers-abcdef', OWNER, rows(30));
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'sheet', spreadsheetId: '1sheet-suppliers-abcdef' }));
    w.storeLatencyMs = 60000;
    expect(w.run({ batchWrites: 10 }).pending).toEqual([`feed:${L}`]);
    expect(w.status(L).progress).toEqual({ done: 10, total: 30, runs: 1 });
    w.storeLatencyMs = 0;
    w.sheets.put('1sheet-suppliers-abcdef', OWNER, rows(3, 5));
    w.run({ batchWrites: 10 });
    expect(w.contacts(L).map((c) => c.feedKey).sort()).toEqual([`${L}|id:k5`, `${L}|id:k6`, `${L}|id:k7`]);
    expect(w.status(L).last).toMatchObject({ read: 3, runs: 1, removed: 7, unchanged: 3 });
  });

  it('loses nothing and duplicates nothing when a save fails mid-pass: the next run goes on from the checkpoint', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, peopleCsv(25));
    w.storeLatencyMs = 60000;
    w.run({ batchWrites: 10 });
    const done = w.status(L).progress?.done ?? 0;
    expect(done).toBeGreaterThan(0);
    w.storeLatencyMs = 0;
    // The first unit of work of the next run is refused by the store (Sheets busy): its checkpoint is not moved.
    let failed = false;
    const save = w.store.save.bind(w.store);
    w.store.save = (base, changes, o) => {
      if (!failed && changes.put.contacts) {
        failed = true;
        throw new Error('busy');
      }
      return save(base, changes, o);
    };
    expect(() => w.run({ batchWrites: 10 })).toThrow('busy');
    expect(w.status(L).progress?.done).toBe(done);
    w.store.save = save;
    while (w.run({ batchWrites: 10 }).pending.length > 0);
    const cs = w.contacts(L);
    expect(cs).toHaveLength(25);
    expect(new Set(cs.map((c) => c.feedKey)).size).toBe(25);
  });

  it('leaves everything as it was when the source cannot be read, and says why once', () => {
    const w = feedWorld();
    const L = w.label();
    w.sheets.put('1sheet-suppliers-abcdef', OWNER, [['Name', 'Email'], ['Ann Lee', 'ann@x.org']]);
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'sheet', spreadsheetId: '1sheet-suppliers-abcdef' }));
    w.run();
    expect(names(w.contacts(L))).toEqual(['Ann Lee']);
    // Someone clears the sheet: nothing is removed.
    w.sheets.put('1sheet-suppliers-abcdef', OWNER, []);
    const r = w.run();
    expect(r.failed).toEqual([{ labelId: L, message: expect.stringMatching(/holds no contacts/) }]);
    expect(names(w.contacts(L))).toEqual(['Ann Lee']);
    const s = w.status(L);
    expect(s.phase).toBe('failed');
    expect(s.error?.key).toBe('error.feed.empty');
    const saves = w.store.saves;
    w.run();
    expect(w.store.saves).toBe(saves);
  });

  it('reads a Sheet as the label\'s owner: a sheet the owner may not open fails with PERMISSION_DENIED', () => {
    const w = feedWorld();
    const L = w.label();
    w.sheets.put('1sheet-of-carol-abcdef', 'carol@example.com', [['Name', 'Email'], ['Ann Lee', 'ann@x.org']]);
    const e = errorOf(setFeed(w.as(OWNER), { labelId: L, kind: 'sheet', spreadsheetId: '1sheet-of-carol-abcdef', range: 'Sheet1!A:B' }));
    expect(e.code).toBe('PERMISSION_DENIED');
    w.sheets.share('1sheet-of-carol-abcdef', OWNER);
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'sheet', spreadsheetId: '1sheet-of-carol-abcdef', range: 'Sheet1!A:B' }));
    w.run();
    expect(names(w.contacts(L))).toEqual(['Ann Lee']);
    // The sheet changes: the next run sees it with its one values.get.
    w.sheets.put('1sheet-of-carol-abcdef', 'carol@example.com', [['Name', 'Email'], ['Ann Lee', 'ann@x.org'], ['Bo Ode', 'bo@x.org']]);
    const reads = w.sheets.reads;
    w.run();
    expect(w.sheets.reads - reads).toBe(1);
    expect(names(w.contacts(L))).toEqual(['Ann Lee', 'Bo Ode']);
  });

  it('imports a CRM export through its mapping', () => {
    const w = feedWorld();
    const L = w.label('CRM');
    const json = JSON.stringify({ data: [{ id: 7, first_name: 'Ann', last_name: 'Lee', emails: [{ email: 'ann@x.org' }], company: { name: 'Lee Ltd', telephones: [{ number: '+39 02 1234 5678' }] } }] });
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'crm', json, mapping: { id: 'id', givenName: 'first_name', familyName: 'last_name', email: 'emails[0].email', company: 'company.name', companyPhone: 'company.telephones[0].number' } }));
    w.run();
    expect(w.contacts(L).map((c) => [c.feedKey, c.person.organizations, c.person.phoneNumbers])).toEqual([
      [`${L}|id:7`, [{ name: 'Lee Ltd' }], [{ value: '+39 02 1234 5678', type: 'main' }]],
    ]);
  });

  it('fills a directory label with the active users; a suspended user leaves it, a renamed one keeps their contact', () => {
    const w = feedWorld([]);
    w.directory.addUser({ email: 'ann@example.com', givenName: 'Ann', familyName: 'Lee', phones: [{ value: '+39 02 1234 5678', type: 'work' }], title: 'Buyer' });
    w.directory.addUser({ email: 'bo@example.com', givenName: 'Bo', familyName: 'Ode' });
    const L = w.label('Company');
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'directory' }));
    w.run();
    // Every active user, the admin and the owner included (the fake Directory names them by their address).
    expect(names(w.contacts(L))).toEqual(['admin', 'Ann Lee', 'Bo Ode', 'owner']);
    const ann = w.contacts(L).find((c) => c.person.names?.givenName === 'Ann')!;
    w.directory.setState('bo@example.com', 'suspended');
    // Ann's primary address changes; the old one stays an alias, as Google keeps it.
    w.directory.setState('ann@example.com', 'deleted');
    w.directory.addUser({ email: 'ann.lee@example.com', givenName: 'Ann', familyName: 'Lee', aliases: ['ann@example.com'], title: 'Head buyer' });
    w.run();
    expect(names(w.contacts(L))).toEqual(['admin', 'Ann Lee', 'owner']);
    const after = w.contacts(L).find((c) => c.person.names?.givenName === 'Ann')!;
    expect(after.id).toBe(ann.id);
    expect(after.person.organizations).toEqual([{ title: 'Head buyer' }]);
  });

  it('takes over the label\'s own contacts when set with replace: matched by address, the others leave', () => {
    const w = feedWorld();
    const L = w.label();
    const kept = must(addContact(w.as(OWNER), { labelId: L, person: person('Ann', 'ann@lee.example') })).contact;
    const gone = must(addContact(w.as(OWNER), { labelId: L, person: person('Zed', 'zed@x.org') })).contact;
    expect(errorOf(setFeed(w.as(OWNER), { labelId: L, kind: 'csv', csv: SUPPLIERS })).key).toBe('error.feed.labelNotEmpty');
    w.csv(L, SUPPLIERS, { replace: true });
    w.run();
    const cs = w.contacts(L);
    expect(names(cs)).toEqual(['Ann Lee', 'Bo Ode', 'Cy Dee']);
    expect(cs[0].id).toBe(kept.id);
    expect(cs[0].feedKey).toBe(`${L}|id:s1`);
    expect(model(w).contact(gone.id)?.deleted).toBe(true);
  });

  it('makes feed contacts read-only by hand, and ordinary again when the feed is removed', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    w.run();
    const [ann] = w.contacts(L);
    expect(errorOf(updateContact(w.as(OWNER), { contactId: ann.id, person: { names: [{ givenName: 'X' }] } })).code).toBe('FAILED_PRECONDITION');
    must(removeFeed(w.as(OWNER), { labelId: L }));
    expect(w.contacts(L).every((c) => c.feedKey === null)).toBe(true);
    must(updateContact(w.as(OWNER), { contactId: ann.id, person: { names: [{ givenName: 'X' }] } }));
    expect(w.status(L).phase).toBe('none');
    // No feed is left: the next run reads nothing and forgets the flag.
    w.run();
    expect(w.config.get('feeds.present')).toBeNull();
  });

  it('forgets the feed rows of a deleted label at the next run', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    w.run();
    must(deleteLabel(w.as(OWNER), { labelId: L }));
    w.run();
    const live = (t: 'feeds' | 'feedChunks') => w.store.dump().tables[t].filter((r) => r[1] !== '');
    expect([live('feeds'), live('feedChunks')]).toEqual([[], []]);
    expect(w.config.get('feeds.present')).toBeNull();
  });

  it('does not import in a card\'s short "sync now" budget, nor on an outside collaborator\'s trigger', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    expect(w.run({ budgetMs: 20000 })).toEqual({ pending: [], imported: [], failed: [] });
    expect(w.run({ reach: 'self' })).toEqual({ pending: [], imported: [], failed: [] });
    expect(w.contacts(L)).toEqual([]);
  });

  it('waits for the next run when the store is busy, at the start or in a unit of work', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, SUPPLIERS);
    const busy = () => unavailable('error.store.busy', 'Google Sheets is busy right now (HTTP 503); try again in a moment.');
    w.store.failNext(busy());
    expect(w.run()).toEqual({ pending: [], imported: [], failed: [] });
    const save = w.store.save.bind(w.store);
    w.store.save = () => {
      w.store.save = save;
      throw busy();
    };
    expect(w.run()).toEqual({ pending: [`feed:${L}`], imported: [], failed: [{ labelId: L, message: expect.stringMatching(/busy/) }] });
    expect(w.contacts(L)).toEqual([]);
    expect(w.run().imported).toHaveLength(1);
    expect(w.contacts(L)).toHaveLength(3);
  });

  it('imports into a shared label without touching its grants', () => {
    const w = feedWorld();
    const L = w.label();
    must(share(w.as(OWNER), { labelId: L, grantee: 'bob@example.com', role: 'editor' }));
    w.csv(L, SUPPLIERS);
    w.run();
    expect(model(w).grantsOf(L)).toHaveLength(1);
    expect(w.contacts(L)).toHaveLength(3);
    expect(ADMIN).toBe('admin@example.com');
  });
});
