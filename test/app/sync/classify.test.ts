// classifyRead: what a user changed in Google Contacts, recognised by our tag and never by content.
import { classifyRead } from '../../../src/app/sync/classify';
import { master, person, remoteCopy, stateWith, T1 } from './fixtures';

const ann = master('ctc_1', person('Ann'));
const G = 'contactGroups/g1';

describe('classifyRead', () => {
  it('reports nothing when the read shows our own write unchanged', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const r = classifyRead({ people: [remoteCopy(ann, 'people/c1', [G])], nextSyncToken: 't2', full: false }, before, T1);
    expect(r.changes).toEqual([]);
    expect(r.state.syncToken).toBe('t2');
    expect(r.state.copies.ctc_1.etag).toBe('etag-people/c1-1');
  });

  it('reports an edit of the synced fields with the base revision from the tag', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const edited = remoteCopy(ann, 'people/c1', [G], person('Annie'));
    const r = classifyRead({ people: [edited], nextSyncToken: 't2', full: false }, before, T1);
    expect(r.changes).toEqual([
      expect.objectContaining({ kind: 'edit', user: 'bob@example.com', masterId: 'ctc_1', baseRevision: 1, resourceName: 'people/c1' }),
    ]);
    expect(r.changes[0].kind === 'edit' && r.changes[0].person.names?.givenName).toBe('Annie');
  });

  it('reports a deletion from an incremental read', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const gone = { ...remoteCopy(ann, 'people/c1', []), deleted: true, tag: null, person: {} };
    const r = classifyRead({ people: [gone], nextSyncToken: 't2', full: false }, before, T1);
    expect(r.changes).toEqual([{ kind: 'delete', user: 'bob@example.com', masterId: 'ctc_1', at: T1 }]);
    expect(r.state.copies.ctc_1).toBeUndefined();
  });

  it('reports a copy missing from a full read as deleted', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const r = classifyRead({ people: [], nextSyncToken: 't2', full: true }, before, T1);
    expect(r.changes.map((c) => c.kind)).toEqual(['delete']);
  });

  it('reports a copy taken out of the label group', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const r = classifyRead({ people: [remoteCopy(ann, 'people/c1', ['contactGroups/myContacts'])], nextSyncToken: 't2', full: false }, before, T1);
    expect(r.changes).toEqual([{ kind: 'removeFromLabel', user: 'bob@example.com', masterId: 'ctc_1', labelId: 'lbl_1', at: T1 }]);
  });

  it('reports an untagged contact the user put into a label group as new, and ignores the user\'s other contacts', () => {
    const before = stateWith('bob@example.com', {});
    const own = { resourceName: 'people/c9', etag: 'e9', deleted: false, person: { names: [{ givenName: 'Own' }] }, groups: ['contactGroups/myContacts'], tag: null, updateTime: T1 };
    const added = { ...own, resourceName: 'people/c10', groups: [G] };
    const r = classifyRead({ people: [own, added], nextSyncToken: 't2', full: false }, before, T1);
    expect(r.changes).toEqual([expect.objectContaining({ kind: 'newInLabel', labelId: 'lbl_1', resourceName: 'people/c10' })]);
  });

  it('marks a second tagged copy of the same master as a duplicate to delete, keeping the known one', () => {
    const before = stateWith('bob@example.com', { ctc_1: { rn: 'people/c1', revision: 1, groups: [G] } });
    const r = classifyRead(
      { people: [remoteCopy(ann, 'people/c1', [G]), remoteCopy(ann, 'people/c2', [G])], nextSyncToken: 't2', full: true },
      before,
      T1,
    );
    expect(r.duplicates).toEqual(['people/c2']);
    expect(r.state.copies.ctc_1.resourceName).toBe('people/c1');
  });

  it('rebuilds the copy map from tags after state was lost (a killed run), so nothing is created twice', () => {
    const before = stateWith('bob@example.com', {});
    const r = classifyRead({ people: [remoteCopy(ann, 'people/c1', [G])], nextSyncToken: 't2', full: true }, before, T1);
    expect(r.changes).toEqual([]);
    expect(r.state.copies.ctc_1).toEqual(expect.objectContaining({ resourceName: 'people/c1', revision: 1, groups: [G] }));
  });
});
