// acceptChanges: each role's changes from Google Contacts reach the master only as DESIGN.md section 2 allows.
import { acceptChanges, type AcceptInput } from '../../../src/app/sync/accept';
import type { LocalChange } from '../../../src/app/sync/classify';
import type { Role } from '../../../src/core/role';
import { label, master, person, T1, T2 } from './fixtures';

function input(role: Role | null, over: Partial<AcceptInput> = {}): AcceptInput {
  let n = 0;
  return {
    masters: new Map([['ctc_1', master('ctc_1', person('Ann', { phoneNumbers: [{ value: '+39 02 1234 5678' }] }))]]),
    labels: new Map([['lbl_1', label('lbl_1')]]),
    roleOn: (user) => (user === 'alice@example.com' ? 'owner' : role),
    historyPerson: () => null,
    now: T2,
    newId: (p) => `${p}new${++n}`,
    ...over,
  };
}

const edit = (given: string): Extract<LocalChange, { kind: 'edit' }> => ({
  kind: 'edit', user: 'bob@example.com', masterId: 'ctc_1', person: person(given, { phoneNumbers: [{ value: '+39 02 1234 5678' }] }), baseRevision: 1, at: T1, resourceName: 'people/c1',
});

describe('acceptChanges', () => {
  it.each([
    ['viewer', 'rewrite'],
    ['editor', 'accepted'],
    ['deleter', 'accepted'],
    ['manager', 'accepted'],
  ] as const)('an edit by a %s is %s', (role, outcome) => {
    const r = acceptChanges(input(role), [edit('Annie')]);
    if (outcome === 'rewrite') {
      expect(r.changed.size).toBe(0);
      expect(r.putBack).toEqual([{ user: 'bob@example.com', masterId: 'ctc_1', kind: 'rewrite' }]);
    } else {
      expect(r.changed.get('ctc_1')).toEqual(expect.objectContaining({ revision: 2, updatedBy: 'bob@example.com' }));
      expect(r.changed.get('ctc_1')!.person.names?.givenName).toBe('Annie');
      expect(r.history).toEqual([expect.objectContaining({ contactId: 'ctc_1', revision: 1, reason: 'revision' })]);
    }
  });

  it.each([
    ['viewer', false],
    ['editor', false],
    ['deleter', true],
  ] as const)('a deletion by a %s deletes the master: %s', (role, deletes) => {
    const r = acceptChanges(input(role), [{ kind: 'delete', user: 'bob@example.com', masterId: 'ctc_1', at: T1 }]);
    if (deletes) expect(r.changed.get('ctc_1')!.deleted).toBe(true);
    else expect(r.putBack).toEqual([{ user: 'bob@example.com', masterId: 'ctc_1', kind: 'recreate' }]);
  });

  it('keeps a removal from the label only for a deleter, and deletes a contact left in no label', () => {
    const c: LocalChange = { kind: 'removeFromLabel', user: 'bob@example.com', masterId: 'ctc_1', labelId: 'lbl_1', at: T1 };
    expect(acceptChanges(input('editor'), [c]).putBack).toEqual([{ user: 'bob@example.com', masterId: 'ctc_1', kind: 'regroup', labelId: 'lbl_1' }]);
    const r = acceptChanges(input('deleter'), [c]);
    expect(r.changed.get('ctc_1')).toEqual(expect.objectContaining({ labelIds: [], deleted: true }));
  });

  it('adopts an untagged contact an editor put into the label group, and leaves a viewer\'s alone', () => {
    const c: LocalChange = { kind: 'newInLabel', user: 'bob@example.com', labelId: 'lbl_1', resourceName: 'people/c9', etag: 'e9', person: person('Zed'), at: T1 };
    expect(acceptChanges(input('viewer'), [c])).toEqual(expect.objectContaining({ putBack: [], adopted: [] }));
    const r = acceptChanges(input('editor'), [c]);
    expect(r.adopted).toEqual([{ user: 'bob@example.com', masterId: 'ctc_new1', resourceName: 'people/c9', etag: 'e9' }]);
    expect(r.changed.get('ctc_new1')).toEqual(expect.objectContaining({ labelIds: ['lbl_1'], adoptedFrom: { account: 'bob@example.com', resourceName: 'people/c9' } }));
  });

  it('merges two editors field by field against the base; the later wins a clash and the loser is kept in history', () => {
    const base = person('Ann', { phoneNumbers: [{ value: '+39 02 1234 5678' }] });
    const m2 = master('ctc_1', person('Ann', { phoneNumbers: [{ value: '+39 02 9999 0000' }] }), { revision: 2, updatedAt: T1, updatedBy: 'carol@example.com' });
    const i = input('editor', { masters: new Map([['ctc_1', m2]]), historyPerson: (_id, rev) => (rev === 1 ? base : null) });
    // Bob (base revision 1) changed the name only: carol's phone survives, bob's name lands.
    const r = acceptChanges(i, [{ ...edit('Annie'), at: T2 }]);
    const merged = r.changed.get('ctc_1')!;
    expect(merged.person.names?.givenName).toBe('Annie');
    expect(merged.person.phoneNumbers).toEqual([{ value: '+39 02 9999 0000' }]);
    expect(r.history.filter((h) => h.reason === 'conflict')).toEqual([]);
    // Both changed the phone: the later (bob, at T2) wins and carol's value is kept as a conflict.
    const clash = acceptChanges(i, [{ ...edit('Ann'), person: person('Ann', { phoneNumbers: [{ value: '+39 333 000 1111' }] }), at: T2 }]);
    expect(clash.changed.get('ctc_1')!.person.phoneNumbers).toEqual([{ value: '+39 333 000 1111' }]);
    expect(clash.history.filter((h) => h.reason === 'conflict').map((h) => h.person.phoneNumbers)).toEqual([[{ value: '+39 02 9999 0000' }]]);
  });

  it('puts back every edit of a feed-filled contact, whatever the role', () => {
    const i = input('manager', { labels: new Map([['lbl_1', label('lbl_1', { feed: { kind: 'directory' } })]]) });
    expect(acceptChanges(i, [edit('Annie')]).putBack.map((p) => p.kind)).toEqual(['rewrite']);
  });

  it('ignores a change from a user with no role on any label of the contact', () => {
    const r = acceptChanges(input(null), [edit('Mallory')]);
    expect(r.changed.size).toBe(0);
  });
});
