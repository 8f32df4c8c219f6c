// Concurrent edits of one contact, as the chaos suite found them: two collaborators edit different fields in Google
// before one run (the master takes both, and every copy ends up with both: seed 41 left an editor's copy behind), and
// an edit that loses every field to a later change (its value is kept in history: seed 157 lost it).
import { acceptChanges, type AcceptInput } from '../../../src/app/sync/accept';
import type { LocalChange } from '../../../src/app/sync/classify';
import { contact, contactsOf, grant, label, syncDomain } from './harness';
import { master, person, T0, T1, T2 } from './fixtures';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CAROL = 'carol@example.com';

describe('two edits of one contact in one cycle', () => {
  it("marks the first editor's copy current only at the revision their edit made", () => {
    const m = master('ctc_1', person('Ann'));
    const input: AcceptInput = {
      masters: new Map([[m.id, m]]),
      labels: new Map([['lbl_1', label('lbl_1', 'Clients', ALICE)]]),
      roleOn: () => 'editor',
      historyPerson: () => m.person,
      now: T2,
      newId: (p) => `${p}1`,
    };
    const edits: LocalChange[] = [
      {
        kind: 'edit',
        user: BOB,
        masterId: 'ctc_1',
        person: person('Annie'),
        baseRevision: 1,
        at: T1,
        resourceName: 'people/c1',
      },
      {
        kind: 'edit',
        user: CAROL,
        masterId: 'ctc_1',
        person: person('Ann', { biographies: 'met at the fair' }),
        baseRevision: 1,
        at: T2,
        resourceName: 'people/c2',
      },
    ];
    const r = acceptChanges(input, edits);
    expect(r.changed.get('ctc_1')).toEqual(expect.objectContaining({ revision: 3 }));
    expect(r.current).toEqual([{ user: BOB, masterId: 'ctc_1', revision: 2 }]);
  });

  it('merges the second edit against the revision it was made from, even one this same cycle replaced', () => {
    const m = master('ctc_1', person('Ann'), { updatedAt: T0 });
    const input: AcceptInput = {
      masters: new Map([[m.id, m]]),
      labels: new Map([['lbl_1', label('lbl_1', 'Clients', ALICE)]]),
      roleOn: () => 'editor',
      // Revision 1 was never replaced before this cycle: the stored history has no entry for it.
      historyPerson: () => null,
      now: T2,
      newId: (p) => `${p}1`,
    };
    const r = acceptChanges(input, [
      {
        kind: 'edit',
        user: BOB,
        masterId: 'ctc_1',
        person: person('Annie'),
        baseRevision: 1,
        at: T1,
        resourceName: 'people/c1',
      },
      {
        kind: 'edit',
        user: CAROL,
        masterId: 'ctc_1',
        person: person('Ann', { biographies: 'met at the fair' }),
        baseRevision: 1,
        at: T2,
        resourceName: 'people/c2',
      },
    ]);
    const merged = r.changed.get('ctc_1')!.person;
    expect([merged.names?.givenName, merged.biographies]).toEqual(['Annie', 'met at the fair']);
    expect(r.history.filter((h) => h.reason === 'conflict')).toEqual([]);
  });

  it("brings both editors' copies to the merged master", () => {
    const d = syncDomain([{ email: ALICE }, { email: BOB }, { email: CAROL }]);
    d.edit((mdl) => {
      mdl.putLabel(label('lbl_1', 'Clients', ALICE));
      mdl.putGrant(grant('grt_1', 'lbl_1', BOB, 'editor'));
      mdl.putGrant(grant('grt_2', 'lbl_1', CAROL, 'editor'));
      mdl.putContact(contact('ctc_1', ['lbl_1'], { names: { givenName: 'Ann', familyName: 'Lee' } }));
    });
    d.syncUntilIdle();
    const edit = (user: string, fields: string, body: Record<string, unknown>) => {
      const copy = contactsOf(d.world, user).find((c) => c.master === 'ctc_1')!;
      d.world.call({
        service: 'people',
        methodId: 'people.people.updateContact',
        params: { resourceName: copy.p.resourceName, updatePersonFields: fields },
        body: { etag: copy.p.etag, ...body },
        caller: { email: user, scopes: null },
        via: 'advanced',
      });
    };
    edit(BOB, 'names', { names: [{ givenName: 'Annie', familyName: 'Lee' }] });
    d.world.clock.advance(60000);
    edit(CAROL, 'biographies', { biographies: [{ value: 'met at the fair' }] });
    d.syncUntilIdle();
    for (const user of [ALICE, BOB, CAROL]) {
      const copy = contactsOf(d.world, user).find((c) => c.master === 'ctc_1')!.p;
      expect([
        (copy.names as Array<{ givenName: string }>)[0].givenName,
        (copy.biographies as Array<{ value: string }> | undefined)?.[0]?.value,
      ]).toEqual(['Annie', 'met at the fair']);
    }
  });
});

describe('an edit that loses every field it changed', () => {
  it('keeps the losing value in history although the master does not change', () => {
    // The copy was made at revision 1; since then the owner changed the same field, later than the user's edit.
    const m = master('ctc_1', person('Ann', { organizations: [{ name: 'Owner Co' }] }), {
      revision: 2,
      updatedAt: T2,
      updatedBy: ALICE,
    });
    const input: AcceptInput = {
      masters: new Map([[m.id, m]]),
      labels: new Map([['lbl_1', label('lbl_1', 'Clients', ALICE)]]),
      roleOn: () => 'editor',
      historyPerson: (_id, rev) =>
        rev === 1 ? person('Ann', { organizations: [{ name: 'Old Co' }] }) : null,
      now: T2,
      newId: (p) => `${p}1`,
    };
    const r = acceptChanges(input, [
      {
        kind: 'edit',
        user: BOB,
        masterId: 'ctc_1',
        person: person('Ann', { organizations: [{ name: 'Bob Co' }] }),
        baseRevision: 1,
        at: T1,
        resourceName: 'people/c1',
      },
    ]);
    expect(r.changed.size).toBe(0);
    expect(r.putBack).toEqual([{ user: BOB, masterId: 'ctc_1', kind: 'rewrite' }]);
    expect(r.history).toEqual([
      expect.objectContaining({
        contactId: 'ctc_1',
        reason: 'conflict',
        by: BOB,
        person: expect.objectContaining({ organizations: [{ name: 'Bob Co' }] }),
      }),
    ]);
  });
});
