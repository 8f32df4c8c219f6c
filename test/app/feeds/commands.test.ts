// setFeed, removeFeed and feedStatus: who may, what is checked before anything is kept, what is stored, what it costs.
import { addContact } from '../../../src/app/commands/add-contact';
import { setEdition } from '../../../src/app/commands/set-edition';
import { share } from '../../../src/app/commands/share';
import { removeFeed } from '../../../src/app/feeds/remove-feed';
import { setFeed } from '../../../src/app/feeds/set-feed';
import { feedStatus } from '../../../src/app/feeds/feed-status';
import { COMMANDS } from '../../../src/app/commands';
import { QUERIES } from '../../../src/app/queries';
import { model } from '../support/scenario';
import { errorOf, must, person } from '../support/world';
import { ADMIN, feedWorld, names, OWNER, peopleCsv } from './support';

const CSV = 'Name,Email\nAnn Lee,ann@x.org\nBo Ode,bo@x.org\n';

describe('setFeed', () => {
  it('is registered with removeFeed and the feedStatus query', () => {
    expect(COMMANDS.setFeed).toBe(setFeed);
    expect(COMMANDS.removeFeed).toBe(removeFeed);
    expect(QUERIES.feedStatus).toBe(feedStatus);
  });

  it('keeps a CSV feed on the label in one load and one save, with a preview of what the import will bring', () => {
    const w = feedWorld();
    const L = w.label();
    const calls = w.store.calls;
    const out = must(setFeed(w.as(OWNER), { labelId: L, kind: 'csv', csv: '\ufeff' + CSV.replace(/\n/g, '\r\n') + ',nobody@x.org\r\n' }));
    expect(w.store.calls - calls).toBe(2);
    expect(out.feed).toEqual({ kind: 'csv', ref: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(out.preview).toEqual({ rows: 3, valid: 2, skipped: 1, reasons: { noName: 1 }, ignoredColumns: [] });
    expect(model(w).label(L)?.feed).toEqual(out.feed);
    // The text is kept without its BOM and with one line ending, so the same rows always hash the same.
    expect(w.store.dump().tables.feedChunks.map((r) => r.slice(0, 5))).toEqual([[`${L}|source|0`, 'chunk', L, 'source', '0']]);
    expect(w.store.dump().tables.feedChunks[0][5]).toBe(CSV + ',nobody@x.org\n');
    expect(model(w).auditOf(L).map((a) => [a.action, a.actor, a.detail.kind])).toContainEqual(['feed.set', OWNER, 'csv']);
    expect(w.config.get('feeds.present')).toBe('1');
  });

  it('changes nothing when the label already has this very feed', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, CSV);
    const data = w.store.serialize();
    expect(w.csv(L, CSV.replace(/\n/g, '\r\n')).changed).toBe(false);
    expect(w.store.serialize()).toBe(data);
  });

  it('blanks the cells of a longer text it replaces', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, peopleCsv(1500));
    const live = () => w.store.dump().tables.feedChunks.filter((r) => r[1] !== '').length;
    expect(live()).toBeGreaterThan(2);
    w.csv(L, CSV);
    expect(live()).toBe(1);
  });

  it('is for the owner alone; a label the actor cannot see is NOT_FOUND', () => {
    const w = feedWorld(['bob', 'carol', 'dan']);
    const L = w.label();
    must(share(w.as(OWNER), { labelId: L, grantee: 'bob@example.com', role: 'manager' }));
    expect(errorOf(setFeed(w.as('bob@example.com'), { labelId: L, kind: 'csv', csv: CSV }))).toMatchObject({ code: 'PERMISSION_DENIED', key: 'error.feed.ownerOnly' });
    expect(errorOf(setFeed(w.as('dan@example.com'), { labelId: L, kind: 'csv', csv: CSV })).code).toBe('NOT_FOUND');
    expect(errorOf(removeFeed(w.as('bob@example.com'), { labelId: L })).code).toBe('PERMISSION_DENIED');
  });

  it('refuses a source it cannot use before anything is kept', () => {
    const w = feedWorld();
    const L = w.label();
    const data = w.store.serialize();
    const refusal = (input: Record<string, unknown>) => errorOf(setFeed(w.as(OWNER), { labelId: L, ...input }));
    expect(refusal({ kind: 'csv', csv: 'Foo;Bar\n1;2\n' })).toMatchObject({ code: 'INVALID_ARGUMENT', key: 'error.feed.noColumns' });
    expect(refusal({ kind: 'csv', csv: 'Name,Email\n' })).toMatchObject({ code: 'INVALID_ARGUMENT', key: 'error.feed.empty' });
    expect(refusal({ kind: 'csv' })).toMatchObject({ code: 'INVALID_ARGUMENT', key: 'error.input.missing' });
    expect(refusal({ kind: 'crm', json: '{', mapping: { name: 'n' } })).toMatchObject({ code: 'INVALID_ARGUMENT', key: 'error.feed.badJson' });
    expect(refusal({ kind: 'crm', json: '[]', mapping: { surname: 'n' } })).toMatchObject({ key: 'error.feed.mappingField' });
    expect(refusal({ kind: 'sheet', spreadsheetId: 'not an id' })).toMatchObject({ key: 'error.feed.sheetId' });
    expect(refusal({ kind: 'sheet', spreadsheetId: '1nosuchsheet-abcdef' })).toMatchObject({ code: 'NOT_FOUND', key: 'error.feed.sheetNotFound' });
    expect(refusal({ kind: 'rss' }).code).toBe('INVALID_ARGUMENT');
    expect(w.store.serialize()).toBe(data);
  });

  it('refuses a label holding contacts added by hand unless told to replace them', () => {
    const w = feedWorld();
    const L = w.label();
    must(addContact(w.as(OWNER), { labelId: L, person: person('Ann', 'ann@x.org') }));
    expect(errorOf(setFeed(w.as(OWNER), { labelId: L, kind: 'csv', csv: CSV }))).toMatchObject({
      code: 'FAILED_PRECONDITION',
      key: 'error.feed.labelNotEmpty',
      message: expect.stringMatching(/holds 1 contacts/),
    });
    must(setFeed(w.as(OWNER), { labelId: L, kind: 'csv', csv: CSV, replace: true }));
  });

  it('refuses the directory feed on a shared label where the edition does not allow sharing it', () => {
    const w = feedWorld();
    const shared = w.label('Everyone');
    must(share(w.as(OWNER), { labelId: shared, grantee: 'bob@example.com', role: 'viewer' }));
    const own = w.label('Mine');
    must(setEdition(w.as(ADMIN), { edition: 'BUSINESS' }));
    expect(errorOf(setFeed(w.as(OWNER), { labelId: shared, kind: 'directory' }))).toMatchObject({ code: 'UPGRADE_REQUIRED', key: 'error.edition.directoryLabel' });
    // Unshared, the directory label is the owner's own: any edition.
    must(setFeed(w.as(OWNER), { labelId: own, kind: 'directory' }));
    // And sharing it afterwards is refused by share itself.
    expect(errorOf(share(w.as(OWNER), { labelId: own, grantee: 'bob@example.com', role: 'viewer' })).code).toBe('UPGRADE_REQUIRED');
    must(setEdition(w.as(ADMIN), { edition: 'ENTERPRISE' }));
    must(setFeed(w.as(OWNER), { labelId: shared, kind: 'directory' }));
  });
});

describe('removeFeed', () => {
  it('turns the feed\'s contacts into ordinary ones by default, and forgets the feed\'s state and text', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, CSV);
    w.run();
    const out = must(removeFeed(w.as(OWNER), { labelId: L }));
    expect(out).toMatchObject({ kept: 2, removed: 0, label: { feed: null } });
    expect(w.contacts(L).map((c) => c.feedKey)).toEqual([null, null]);
    const live = (t: 'feeds' | 'feedChunks') => w.store.dump().tables[t].filter((r) => r[1] !== '');
    expect(live('feeds')).toEqual([]);
    expect(live('feedChunks')).toEqual([]);
    must(addContact(w.as(OWNER), { labelId: L, person: person('Cy', 'cy@x.org') }));
    expect(errorOf(removeFeed(w.as(OWNER), { labelId: L })).key).toBe('error.feed.none');
  });

  it('takes the contacts out of the label with the feed when asked', () => {
    const w = feedWorld();
    const L = w.label();
    w.csv(L, CSV);
    w.run();
    const ids = w.contacts(L).map((c) => c.id);
    expect(must(removeFeed(w.as(OWNER), { labelId: L, keepContacts: false }))).toMatchObject({ kept: 0, removed: 2 });
    expect(w.contacts(L)).toEqual([]);
    expect(ids.map((id) => model(w).contact(id)?.deleted)).toEqual([true, true]);
  });
});

describe('feedStatus', () => {
  it('tells a viewer how the feed is doing, and only the owner and managers get the skipped rows', () => {
    const w = feedWorld();
    const L = w.label();
    must(share(w.as(OWNER), { labelId: L, grantee: 'bob@example.com', role: 'viewer' }));
    must(share(w.as(OWNER), { labelId: L, grantee: 'carol@example.com', role: 'manager' }));
    w.csv(L, CSV + ',nobody@x.org\n');
    w.run();
    const viewer = w.status(L, 'bob@example.com');
    expect(viewer).toMatchObject({ phase: 'upToDate', source: 'a CSV file', last: { skipped: 1 }, skippedCsv: null });
    expect(w.status(L, 'carol@example.com').skippedCsv).toMatch(/^Row,Reason,Name,Email\r\n4,/);
    expect(errorOf(feedStatus(w.as('admin@example.com'), { labelId: L })).code).toBe('NOT_FOUND');
  });

  it('says a hand-filled label has no feed', () => {
    const w = feedWorld();
    const L = w.label();
    expect(w.status(L)).toMatchObject({ phase: 'none', feed: null, last: null, skippedCsv: null });
    expect(names(w.contacts(L))).toEqual([]);
  });
});
