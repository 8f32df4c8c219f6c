// addContact, addExistingContact, updateContact, removeContact, deleteContact: resulting masters, history and refusals.
import { addContact } from '../../../src/app/commands/add-contact';
import { addExistingContact } from '../../../src/app/commands/add-existing-contact';
import { createLabel } from '../../../src/app/commands/create-label';
import { deleteContact } from '../../../src/app/commands/delete-contact';
import { removeContact } from '../../../src/app/commands/remove-contact';
import { share } from '../../../src/app/commands/share';
import { updateContact } from '../../../src/app/commands/update-contact';
import { transact } from '../../../src/app/store/transact';
import { ok } from '../../../src/core/errors';
import { TAG_KEYS } from '../../../src/core/ports/contacts-gateway';
import { model, OWNER, sharedLabel } from '../support/scenario';
import { errorOf, makeWorld, must, person } from '../support/world';

describe('addContact', () => {
  it('stores a validated master at revision 1 with only the synced fields', () => {
    const w = makeWorld({ users: ['ed'] });
    const { label } = sharedLabel(w, { shares: { 'ed@example.com': 'editor' } });
    const input = {
      labelId: label.id,
      person: {
        resourceName: 'people/c9',
        etag: 'x',
        metadata: { sources: [] },
        names: [{ givenName: 'Ann', familyName: 'Smith' }],
        emailAddresses: [{ value: 'ann@acme.com', type: 'work' }],
        phoneNumbers: [{ value: '+39 02 1234 5678' }],
      },
    };
    const { contact } = must(addContact(w.ctx('ed@example.com'), input));
    const stored = model(w).contact(contact.id);
    expect(stored).toMatchObject({
      labelIds: [label.id],
      revision: 1,
      createdBy: 'ed@example.com',
      deleted: false,
      adoptedFrom: null,
    });
    expect(stored?.person).toEqual({
      names: { givenName: 'Ann', familyName: 'Smith' },
      emailAddresses: [{ value: 'ann@acme.com', type: 'work' }],
      phoneNumbers: [{ value: '+39 02 1234 5678' }],
      organizations: [],
      addresses: [],
      urls: [],
      userDefined: [],
    });
    expect(
      model(w)
        .auditOf(label.id)
        .some((a) => a.action === 'contact.add' && a.actor === 'ed@example.com'),
    ).toBe(true);
  });

  it.each([
    ['an empty person', {}],
    ['a bad email', { names: [{ givenName: 'A' }], emailAddresses: [{ value: 'not-an-email' }] }],
    ['a bad phone', { names: [{ givenName: 'A' }], phoneNumbers: [{ value: 'call me' }] }],
    ['an over-long name', { names: [{ givenName: 'x'.repeat(1025) }] }],
  ])('refuses %s with INVALID_ARGUMENT, saving nothing', (_what, p) => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    const before = w.store.serialize();
    expect(errorOf(addContact(w.ctx(OWNER), { labelId: label.id, person: p })).code).toBe('INVALID_ARGUMENT');
    expect(w.store.serialize()).toBe(before);
  });

  it('refuses a label filled by a feed with FAILED_PRECONDITION', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    transact(w.ctx(OWNER), ['labels'], (m) =>
      ok(m.putLabel({ ...m.label(label.id)!, feed: { kind: 'directory' } })),
    );
    expect(errorOf(addContact(w.ctx(OWNER), { labelId: label.id, person: person('A') })).code).toBe(
      'FAILED_PRECONDITION',
    );
  });
});

describe('addExistingContact', () => {
  it("adopts the actor's own contact (recording where it came from), and links it when added to a second label", () => {
    const w = makeWorld();
    const { label: a } = sharedLabel(w, { name: 'A' });
    const { label: b } = sharedLabel(w, { name: 'B' });
    const own = w
      .contactsOf(OWNER)
      .add({ names: [{ givenName: 'Zed' }], emailAddresses: [{ value: 'zed@z.com' }] });
    const first = must(addExistingContact(w.ctx(OWNER), { labelId: a.id, resourceName: own.resourceName }));
    expect(first.outcome).toBe('adopted');
    expect(first.contact.adoptedFrom).toEqual({ account: OWNER, resourceName: own.resourceName });
    const second = must(addExistingContact(w.ctx(OWNER), { labelId: b.id, resourceName: own.resourceName }));
    expect(second).toMatchObject({
      outcome: 'linked',
      contact: { id: first.contact.id, labelIds: [a.id, b.id] },
    });
    expect(
      model(w)
        .contactsOf(b.id)
        .map((c) => c.id),
    ).toEqual([first.contact.id]);
    expect(
      errorOf(addExistingContact(w.ctx(OWNER), { labelId: b.id, resourceName: own.resourceName })).code,
    ).toBe('ALREADY_EXISTS');
  });

  it('links a synced copy to its master instead of making a second master', () => {
    const w = makeWorld({ users: ['ed'] });
    const a = sharedLabel(w, { name: 'A', shares: { 'ed@example.com': 'viewer' }, contacts: 1 });
    const { label: mine } = must(createLabel(w.ctx('ed@example.com'), { name: 'Mine' }));
    const copy = w.contactsOf('ed@example.com').add({
      names: [{ givenName: 'Person0' }],
      clientData: [{ key: TAG_KEYS.master, value: a.contacts[0].id }],
    });
    const out = must(
      addExistingContact(w.ctx('ed@example.com'), { labelId: mine.id, resourceName: copy.resourceName }),
    );
    expect(out).toMatchObject({
      outcome: 'linked',
      contact: { id: a.contacts[0].id, labelIds: [a.label.id, mine.id] },
    });
  });

  it('does not follow a forged tag to a master the actor cannot see: it adopts the contact as a new master', () => {
    const w = makeWorld({ users: ['ed'] });
    const secret = sharedLabel(w, { name: 'Secret', contacts: 1 });
    const { label: mine } = must(createLabel(w.ctx('ed@example.com'), { name: 'Mine' }));
    const forged = w.contactsOf('ed@example.com').add({
      names: [{ givenName: 'Me' }],
      clientData: [{ key: TAG_KEYS.master, value: secret.contacts[0].id }],
    });
    const out = must(
      addExistingContact(w.ctx('ed@example.com'), { labelId: mine.id, resourceName: forged.resourceName }),
    );
    expect(out.outcome).toBe('adopted');
    expect(out.contact.id).not.toBe(secret.contacts[0].id);
    expect(model(w).contact(secret.contacts[0].id)?.labelIds).toEqual([secret.label.id]);
  });

  it('answers NOT_FOUND for a resource name the actor does not have, and INVALID_ARGUMENT for a malformed one', () => {
    const w = makeWorld();
    const { label } = sharedLabel(w);
    expect(
      errorOf(addExistingContact(w.ctx(OWNER), { labelId: label.id, resourceName: 'people/c404' })).code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf(addExistingContact(w.ctx(OWNER), { labelId: label.id, resourceName: '../people/c1' })).code,
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('updateContact', () => {
  it('replaces exactly the listed fields, keeps the previous revision in history, and adds 1 to the revision', () => {
    const w = makeWorld({ users: ['ed'] });
    const s = sharedLabel(w, { shares: { 'ed@example.com': 'editor' }, contacts: 1 });
    const c = s.contacts[0];
    const out = must(
      updateContact(w.ctx('ed@example.com'), {
        contactId: c.id,
        person: { phoneNumbers: [{ value: '+31 20 123 4567' }], biographies: [] },
        expectedRevision: 1,
      }),
    );
    expect(out.changed).toEqual(['phoneNumbers']);
    const m = model(w);
    expect(m.contact(c.id)).toMatchObject({ revision: 2, updatedBy: 'ed@example.com' });
    expect(m.contact(c.id)?.person.emailAddresses).toEqual(c.person.emailAddresses);
    expect(m.contact(c.id)?.person.phoneNumbers).toEqual([{ value: '+31 20 123 4567' }]);
    expect(m.historyOf(c.id).map((h) => [h.revision, h.reason, h.person])).toEqual([
      [1, 'revision', c.person],
    ]);
  });

  it('clears a listed field given empty', () => {
    const w = makeWorld();
    const s = sharedLabel(w, { contacts: 1 });
    must(updateContact(w.ctx(OWNER), { contactId: s.contacts[0].id, person: { emailAddresses: [] } }));
    expect(model(w).contact(s.contacts[0].id)?.person.emailAddresses).toEqual([]);
  });

  it('saves nothing when the fields are the same to a person (case, spacing)', () => {
    const w = makeWorld();
    const s = sharedLabel(w, { contacts: 1 });
    const before = w.store.serialize();
    const out = must(
      updateContact(w.ctx(OWNER), {
        contactId: s.contacts[0].id,
        person: { emailAddresses: [{ value: ' P0@Client.org ', type: 'work' }] },
      }),
    );
    expect(out.changed).toEqual([]);
    expect(w.store.serialize()).toBe(before);
  });

  it('refuses a stale expected revision with FAILED_PRECONDITION', () => {
    const w = makeWorld();
    const s = sharedLabel(w, { contacts: 1 });
    must(
      updateContact(w.ctx(OWNER), { contactId: s.contacts[0].id, person: { names: [{ givenName: 'New' }] } }),
    );
    expect(
      errorOf(
        updateContact(w.ctx(OWNER), {
          contactId: s.contacts[0].id,
          person: { names: [{ givenName: 'Mine' }] },
          expectedRevision: 1,
        }),
      ).code,
    ).toBe('FAILED_PRECONDITION');
  });

  it('refuses an update naming no field, and one that would leave the contact unidentifiable', () => {
    const w = makeWorld();
    const s = sharedLabel(w, { contacts: 1 });
    expect(
      errorOf(updateContact(w.ctx(OWNER), { contactId: s.contacts[0].id, person: { nickname: 'x' } })).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      errorOf(
        updateContact(w.ctx(OWNER), {
          contactId: s.contacts[0].id,
          person: { names: [], emailAddresses: [] },
        }),
      ).code,
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('removeContact', () => {
  it('takes the contact out of the label and deletes it when no label is left', () => {
    const w = makeWorld({ users: ['del'] });
    const s = sharedLabel(w, { shares: { 'del@example.com': 'deleter' }, contacts: 1 });
    const out = must(
      removeContact(w.ctx('del@example.com'), { labelId: s.label.id, contactId: s.contacts[0].id }),
    );
    expect(out.deleted).toBe(true);
    const m = model(w);
    expect(m.contact(s.contacts[0].id)).toMatchObject({ deleted: true, revision: 1 });
    expect(m.historyOf(s.contacts[0].id).map((h) => h.reason)).toEqual(['deleted']);
    expect(m.contactsOf(s.label.id)).toEqual([]);
  });

  it('keeps a contact that another label still carries', () => {
    const w = makeWorld();
    const a = sharedLabel(w, { name: 'A' });
    const b = sharedLabel(w, { name: 'B' });
    const own = w.contactsOf(OWNER).add({ names: [{ givenName: 'Zed' }] });
    must(addExistingContact(w.ctx(OWNER), { labelId: a.label.id, resourceName: own.resourceName }));
    const { contact } = must(
      addExistingContact(w.ctx(OWNER), { labelId: b.label.id, resourceName: own.resourceName }),
    );
    expect(must(removeContact(w.ctx(OWNER), { labelId: a.label.id, contactId: contact.id })).deleted).toBe(
      false,
    );
    expect(model(w).contact(contact.id)).toMatchObject({ deleted: false, labelIds: [b.label.id] });
  });
});

describe('deleteContact', () => {
  it('deletes the contact everywhere when the actor may delete in every label carrying it', () => {
    const w = makeWorld({ users: ['del'] });
    const s = sharedLabel(w, { shares: { 'del@example.com': 'deleter' }, contacts: 1 });
    must(deleteContact(w.ctx('del@example.com'), { contactId: s.contacts[0].id }));
    expect(model(w).contact(s.contacts[0].id)?.deleted).toBe(true);
  });

  it('refuses when the contact is also in a label where the actor may not delete (no escalation)', () => {
    const w = makeWorld({ users: ['del'] });
    const a = sharedLabel(w, { name: 'A', shares: { 'del@example.com': 'deleter' } });
    const b = sharedLabel(w, { name: 'B', shares: { 'del@example.com': 'viewer' } });
    const own = w.contactsOf(OWNER).add({ names: [{ givenName: 'Zed' }] });
    must(addExistingContact(w.ctx(OWNER), { labelId: a.label.id, resourceName: own.resourceName }));
    const { contact } = must(
      addExistingContact(w.ctx(OWNER), { labelId: b.label.id, resourceName: own.resourceName }),
    );
    const before = w.store.serialize();
    expect(errorOf(deleteContact(w.ctx('del@example.com'), { contactId: contact.id })).code).toBe(
      'PERMISSION_DENIED',
    );
    expect(w.store.serialize()).toBe(before);
    // Removing it from their own label is the way.
    expect(removeContact(w.ctx('del@example.com'), { labelId: a.label.id, contactId: contact.id }).ok).toBe(
      true,
    );
  });
});

describe('sharing keeps contacts reachable', () => {
  it('lets a new editor add to a label shared after the contacts were added', () => {
    const w = makeWorld({ users: ['ed'] });
    const s = sharedLabel(w, { contacts: 2 });
    must(share(w.ctx(OWNER), { labelId: s.label.id, grantee: 'ed@example.com', role: 'editor' }));
    expect(addContact(w.ctx('ed@example.com'), { labelId: s.label.id, person: person('New') }).ok).toBe(true);
  });
});
