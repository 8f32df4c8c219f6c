// createLabel, renameLabel, deleteLabel, transferLabel: the resulting store state and their refusals.
import { addContact } from '../../../src/app/commands/add-contact';
import { createLabel } from '../../../src/app/commands/create-label';
import { deleteLabel } from '../../../src/app/commands/delete-label';
import { renameLabel } from '../../../src/app/commands/rename-label';
import { share } from '../../../src/app/commands/share';
import { setSeats } from '../../../src/app/commands/set-seats';
import { transferLabel } from '../../../src/app/commands/transfer-label';
import { transact } from '../../../src/app/store/transact';
import { ok, unavailable } from '../../../src/core/errors';
import { collaborators, model, OWNER, sharedLabel, statuses } from '../support/scenario';
import { errorOf, makeWorld, must, person } from '../support/world';

describe('createLabel', () => {
  it('creates a label owned by the actor, with the owner as its first collaborator and an audit row', () => {
    const w = makeWorld();
    const { label } = must(createLabel(w.ctx(OWNER), { name: '  Clients  ', owner: 'someone@example.com' }));
    const m = model(w);
    expect(m.label(label.id)).toMatchObject({ name: 'Clients', owner: OWNER, deleted: false, feed: null });
    expect(collaborators(w, label.id)).toEqual({ [OWNER]: { status: 'SHARING', seated: true } });
    expect(m.auditOf(label.id).map((a) => [a.action, a.actor])).toEqual([['label.create', OWNER]]);
  });

  it('refuses a second label of the same name (case and spaces ignored) with ALREADY_EXISTS', () => {
    const w = makeWorld();
    must(createLabel(w.ctx(OWNER), { name: 'Clients' }));
    expect(errorOf(createLabel(w.ctx(OWNER), { name: ' clients ' })).code).toBe('ALREADY_EXISTS');
    // Another owner may use the name.
    w.directory.addUser({ email: 'b@example.com' });
    expect(createLabel(w.ctx('b@example.com'), { name: 'Clients' }).ok).toBe(true);
  });

  it.each([[''], ['My Contacts'], ['x'.repeat(101)], ['a\u0007b']])(
    'refuses the name %p with INVALID_ARGUMENT',
    (name) => {
      const w = makeWorld();
      expect(errorOf(createLabel(w.ctx(OWNER), { name })).code).toBe('INVALID_ARGUMENT');
      expect(w.store.saves).toBe(0);
    },
  );

  it('answers a Directory outage before the unit of work as an error Result, not a throw', () => {
    const w = makeWorld();
    w.directory.domains = () => {
      throw unavailable('error.directory.unavailable', 'The directory is not answering.');
    };
    expect(errorOf(createLabel(w.ctx(OWNER), { name: 'Clients' })).code).toBe('UNAVAILABLE');
    expect(w.store.loads).toBe(0);
  });

  it('refuses an actor from outside the domain', () => {
    const w = makeWorld();
    expect(errorOf(createLabel(w.ctx('x@other.org'), { name: 'Mine' })).code).toBe('PERMISSION_DENIED');
  });
});

describe('renameLabel', () => {
  it('renames and audits the old name', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    must(renameLabel(w.ctx(OWNER), { labelId: label.id, name: 'Suppliers' }));
    const m = model(w);
    expect(m.label(label.id)?.name).toBe('Suppliers');
    expect(m.auditOf(label.id).find((a) => a.action === 'label.rename')?.detail).toEqual({ from: 'Clients' });
  });

  it('refuses a name the owner already uses', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    must(createLabel(w.ctx(OWNER), { name: 'Suppliers' }));
    expect(errorOf(renameLabel(w.ctx(OWNER), { labelId: label.id, name: 'SUPPLIERS' })).code).toBe(
      'ALREADY_EXISTS',
    );
  });

  it('saves nothing when the name does not change', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    const saves = w.store.saves;
    must(renameLabel(w.ctx(OWNER), { labelId: label.id, name: 'Clients' }));
    expect(w.store.saves).toBe(saves);
  });
});

describe('deleteLabel', () => {
  it('keeps a tombstone, deletes contacts left in no label, keeps contacts of other labels, and drops collaborators', () => {
    const w = makeWorld({ users: ['ann'] });
    const a = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' }, contacts: 2 });
    const { label: b } = must(createLabel(w.ctx(OWNER), { name: 'Other' }));
    // The first contact is also in label b.
    const shared = a.contacts[0];
    transact(w.ctx(OWNER), ['contacts'], (m) =>
      ok(m.putContact({ ...m.contact(shared.id)!, labelIds: [a.label.id, b.id] })),
    );
    const { contact: onlyB } = must(addContact(w.ctx(OWNER), { labelId: b.id, person: person('B') }));

    const out = must(deleteLabel(w.ctx(OWNER), { labelId: a.label.id }));
    expect(out.deletedContacts).toBe(1);
    const m = model(w);
    expect(m.label(a.label.id)?.deleted).toBe(true);
    expect(m.contact(shared.id)).toMatchObject({ deleted: false, labelIds: [b.id] });
    expect(m.contact(a.contacts[1].id)?.deleted).toBe(true);
    expect(m.contact(onlyB.id)?.deleted).toBe(false);
    expect(m.collaboratorsOf(a.label.id)).toEqual([]);
    expect(m.historyOf(a.contacts[1].id).map((h) => h.reason)).toEqual(['deleted']);
    expect(errorOf(renameLabel(w.ctx(OWNER), { labelId: a.label.id, name: 'Back' })).code).toBe('NOT_FOUND');
  });

  it('frees the seats its collaborators held for accounts waiting on other labels', () => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    must(setSeats(w.ctx('admin@example.com'), { seats: 2 }));
    const a = sharedLabel(w, { name: 'A', shares: { 'ann@example.com': 'viewer' } });
    w.clock.advance(1000);
    const b = sharedLabel(w, { name: 'B', shares: { 'bob@example.com': 'viewer' } });
    expect(statuses(w, b.label.id)['bob@example.com']).toBe('INSUFFICIENT_LICENSES');
    must(deleteLabel(w.ctx(OWNER), { labelId: a.label.id }));
    expect(statuses(w, b.label.id)['bob@example.com']).toBe('SHARING');
  });
});

describe('transferLabel', () => {
  it("makes the new owner own it, keeps the old owner as manager, removes the new owner's grant, and notifies them", () => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w, { shares: { 'ann@example.com': 'editor' } });
    const out = must(transferLabel(w.ctx(OWNER), { labelId: label.id, newOwner: 'ANN@example.com' }));
    expect(out.notice).toBe('sent');
    const m = model(w);
    expect(m.label(label.id)?.owner).toBe('ann@example.com');
    expect(m.grantsOf(label.id).map((g) => [g.grantee, g.role])).toEqual([
      [{ kind: 'user', email: OWNER }, 'manager'],
    ]);
    expect(collaborators(w, label.id)).toMatchObject({
      'ann@example.com': { seated: true },
      [OWNER]: { seated: true },
    });
    expect(w.mailer.sent.at(-1)).toMatchObject({
      to: 'ann@example.com',
      subject: 'You now own the label "Clients"',
    });
    // The old owner can no longer rename, the new one can.
    expect(errorOf(renameLabel(w.ctx(OWNER), { labelId: label.id, name: 'X' })).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(renameLabel(w.ctx('ann@example.com'), { labelId: label.id, name: 'X' }).ok).toBe(true);
  });

  it.each([
    ['someone outside the domain', 'x@other.org', 'INVALID_ARGUMENT'],
    ['an unknown user', 'nobody@example.com', 'NOT_FOUND'],
    ['the owner', OWNER, 'INVALID_ARGUMENT'],
    ['not an address', 'ann', 'INVALID_ARGUMENT'],
  ])('refuses %s', (_what, newOwner, code) => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w);
    const before = w.store.serialize();
    expect(errorOf(transferLabel(w.ctx(OWNER), { labelId: label.id, newOwner })).code).toBe(code);
    expect(w.store.serialize()).toBe(before);
  });

  it('refuses a suspended user, and one who already has a label of that name', () => {
    const w = makeWorld({ users: ['ann', 'sue'] });
    w.directory.setState('sue@example.com', 'suspended');
    const { label } = sharedLabel(w);
    expect(
      errorOf(transferLabel(w.ctx(OWNER), { labelId: label.id, newOwner: 'sue@example.com' })).code,
    ).toBe('FAILED_PRECONDITION');
    must(createLabel(w.ctx('ann@example.com'), { name: 'clients' }));
    expect(
      errorOf(transferLabel(w.ctx(OWNER), { labelId: label.id, newOwner: 'ann@example.com' })).code,
    ).toBe('ALREADY_EXISTS');
  });

  it('stands when the notice cannot be mailed', () => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w);
    w.mailer.failing = new Error('quota');
    expect(must(transferLabel(w.ctx(OWNER), { labelId: label.id, newOwner: 'ann@example.com' })).notice).toBe(
      'failed',
    );
    expect(model(w).label(label.id)?.owner).toBe('ann@example.com');
  });
});

describe('share then createLabel order', () => {
  it('is unaffected by labels of other owners', () => {
    const w = makeWorld({ users: ['ann'] });
    must(createLabel(w.ctx('ann@example.com'), { name: 'Clients' }));
    const { label } = sharedLabel(w);
    expect(share(w.ctx(OWNER), { labelId: label.id, grantee: 'ann@example.com', role: 'viewer' }).ok).toBe(
      true,
    );
  });
});
