// A push refused because the user changed the copy after the run read it (a stale etag) makes the account be read
// again; before, a cycle split over runs retried the same stale write forever (chaos seed 1727).
import { contact, contactsOf, grant, label, syncDomain } from './harness';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

describe('a write refused for a stale etag', () => {
  it('gets the account read again, so the cycle finishes and the copy converges', () => {
    const d = syncDomain([{ email: ALICE }, { email: BOB }]);
    d.edit((m) => {
      m.putLabel(label('lbl_1', 'Clients', ALICE));
      m.putGrant(grant('grt_1', 'lbl_1', BOB, 'viewer'));
      m.putContact(contact('ctc_1', ['lbl_1'], { names: { givenName: 'Ann', familyName: 'Lee' } }));
    });
    d.syncUntilIdle();
    // The owner changes the master: both copies need an update.
    d.edit((m) =>
      m.putContact({
        ...m.contact('ctc_1')!,
        revision: 2,
        person: { ...m.contact('ctc_1')!.person, biographies: 'v2' },
      }),
    );
    // A run with just enough time to read everyone and update alice: bob's update is left for the next run.
    const first = d.sync({ budgetMs: 3000 });
    expect(first.pending).toEqual([BOB]);
    // Bob edits his copy in Google before that next run: the etag the cycle holds for it is stale now.
    const copy = contactsOf(d.world, BOB).find((c) => c.master === 'ctc_1')!;
    d.world.call({
      service: 'people',
      methodId: 'people.people.updateContact',
      params: { resourceName: copy.p.resourceName, updatePersonFields: 'names' },
      body: { etag: copy.p.etag, names: [{ givenName: 'Mallory' }] },
      caller: { email: BOB, scopes: null },
      via: 'advanced',
    });

    const reports = Array.from({ length: 6 }, () => d.sync());
    expect(reports[reports.length - 1].pending).toEqual([]);
    const after = contactsOf(d.world, BOB).find((c) => c.master === 'ctc_1')!.p;
    expect([
      (after.names as Array<{ givenName: string }>)[0].givenName,
      (after.biographies as Array<{ value: string }>)[0].value,
    ]).toEqual(['Ann', 'v2']);
  });
});
