// The contact card through the built bundle: fields, labels, comments, editing against the revision shown, adding a new
// contact (validated by the command, refusals in the user's language), adopting one from my Google Contacts, removing.
import { action, actions, call, domain, follow, inputs, navigations, notification, shown, text, top } from './support/cards';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const ann = {
  names: [{ givenName: 'Ann', familyName: 'Lee' }],
  emailAddresses: [{ value: 'ann@lee.test', type: 'work' }],
  phoneNumbers: [{ value: '+39 02 1234 5678' }],
  organizations: [{ name: 'ACME', title: 'CEO' }],
};

function clients(role = 'editor', extra: object[] = [], spec: object = {}) {
  return domain({
    ...spec,
    steps: [
      { as: ALICE, do: 'createLabel', name: 'Clients' },
      { as: ALICE, do: 'addContact', label: 'Clients', key: 'ann', person: ann },
      { as: ALICE, do: 'share', label: 'Clients', with: BOB, role },
      ...extra,
    ],
  });
}

const open = (s: ReturnType<typeof clients>, user: string, locale = 'en') =>
  top(call(s, user, 'onOpenContact', { params: { contactId: s.masters.get('ann')!, labelId: s.labels.get('Clients')!, from: 'label' }, locale }));

describe('onOpenContact', () => {
  it('shows the fields, the labels with my role, and the comments with who and when', () => {
    const s = clients('viewer', [{ as: ALICE, do: 'comment', label: 'Clients', contact: 'ann', text: 'Met at the fair' }]);
    const card = open(s, BOB, 'de');
    expect(card.header).toEqual({ title: 'Ann Lee', subtitle: 'CEO, ACME' });
    const t = text(card);
    for (const line of ['E-Mail (geschäftlich)', 'ann@lee.test', '+39 02 1234 5678', 'Firma', 'In Labels', 'Clients', 'Betrachter', 'alice@example.com · 5. Jan. 2026, 10:00', 'Met at the fair']) expect(t).toContain(line);
    expect(actions(card).map((a) => a.fn)).toEqual(['onOpenLabel', 'onAddComment']);
  });

  it('adds a comment and shows it on the updated card', () => {
    const s = clients('viewer');
    const card = open(s, BOB);
    const r = follow(s, BOB, action(card, 'Post comment'), { form: { commentText: 'Called, no answer' } });
    expect(notification(r)).toBe('Comment posted.');
    expect(text(top(r))).toContain('Called, no answer');
    expect(text(top(r))).toContain('bob@example.com · ');
    const empty = follow(s, BOB, action(card, 'Post comment'), { form: { commentText: '   ' }, locale: 'it' });
    expect(notification(empty)).toBe('Scrivi qualcosa prima di pubblicare il commento.');
  });
});

describe('editing a contact', () => {
  it('prefills the form, saves only what changed, and shows the new revision', () => {
    const s = clients('editor');
    const card = open(s, BOB);
    const form = top(follow(s, BOB, action(card, 'Edit')));
    expect(inputs(form).familyName).toMatchObject({ value: 'Lee' });
    expect(inputs(form).emails).toMatchObject({ value: 'ann@lee.test' });
    const r = follow(s, BOB, action(form, 'Save'), { form: { givenName: 'Ann', familyName: 'Lee-Smith', emails: 'ann@lee.test', phones: '+39 02 1234 5678', company: 'ACME', jobTitle: 'CEO', address: '', notes: '' } });
    expect(notification(r)).toBe('Changes saved.');
    expect(navigations(r).map((n) => Object.keys(n)[0])).toEqual(['popCard', 'updateCard']);
    expect(top(r).header).toMatchObject({ title: 'Ann Lee-Smith' });
    expect(text(top(r))).toContain('Email (work)');
    expect(text(top(r))).toContain('by bob@example.com (revision 2)');
  });

  it('refuses an edit made on a form older than someone else\'s change', () => {
    const s = clients('editor');
    const form = top(follow(s, BOB, action(open(s, BOB), 'Edit')));
    follow(s, ALICE, action(top(follow(s, ALICE, action(open(s, ALICE), 'Edit'))), 'Save'), { form: { givenName: 'Anna', familyName: 'Lee', emails: 'ann@lee.test', phones: '+39 02 1234 5678', company: 'ACME', jobTitle: 'CEO' } });
    const r = follow(s, BOB, action(form, 'Save'), { form: { givenName: 'Ann', familyName: 'Lee', emails: 'ann@lee.test', phones: '+39 02 1234 5678', company: 'ACME', jobTitle: 'Chair' }, locale: 'nl' });
    expect(notification(r)).toBe('Iemand heeft dit contact gewijzigd terwijl jij het bewerkte; laad het opnieuw en breng je wijziging opnieuw aan.');
    expect(shown(r)).toEqual([]);
  });

  it('offers a viewer no edit, and the command refuses a forged one', () => {
    const s = clients('viewer');
    expect(actions(open(s, BOB)).map((a) => a.text)).not.toContain('Edit');
    const r = call(s, BOB, 'onUpdateContact', { params: { contactId: s.masters.get('ann')!, revision: '1', labelId: s.labels.get('Clients')! }, form: { givenName: 'Hacked', familyName: 'Lee', emails: 'ann@lee.test', phones: '+39 02 1234 5678', company: 'ACME', jobTitle: 'CEO' } });
    expect(notification(r)).toBe('Your role on this label (viewer) does not allow changing contacts; ask its owner for editor access.');
    expect(open(s, ALICE).header).toMatchObject({ title: 'Ann Lee' });
  });
});

describe('adding contacts', () => {
  it('adds a new contact from the form and returns to the updated label', () => {
    const s = clients('editor');
    const label = top(call(s, BOB, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! } }));
    const form = top(follow(s, BOB, action(label, 'New contact')));
    expect(form.header).toEqual({ title: 'New contact', subtitle: 'Clients' });
    const r = follow(s, BOB, action(form, 'Save'), { form: { givenName: 'Bea', familyName: 'Ray', emails: 'bea@ray.test', address: 'Keizersgracht 1\n1015 Amsterdam' } });
    expect(notification(r)).toBe('Bea Ray added.');
    expect(text(top(r))).toContain('2 contacts');
    expect(text(top(r))).toContain('Bea Ray');
  });

  it('shows the command\'s validation in the user\'s language and keeps the form', () => {
    const s = clients('editor');
    const form = top(call(s, BOB, 'onNewContactForm', { params: { labelId: s.labels.get('Clients')! } }));
    const bad = follow(s, BOB, action(form, 'Save'), { form: { givenName: 'Bea', emails: 'bea-at-ray' }, locale: 'it' });
    expect(notification(bad)).toBe('"bea-at-ray" non è un indirizzo email valido.');
    expect(shown(bad)).toEqual([]);
    const empty = follow(s, BOB, action(form, 'Save'), { form: {}, locale: 'de' });
    expect(notification(empty)).toBe('Geben Sie dem Kontakt einen Namen, eine E-Mail-Adresse, eine Telefonnummer oder eine Firma.');
  });

  it('adopts a contact from my own Google Contacts found by search', () => {
    const s = clients('editor', [], { contacts: { [BOB]: [{ key: 'olga', person: { names: [{ givenName: 'Olga', familyName: 'Own' }], emailAddresses: [{ value: 'olga@own.test' }] } }] } });
    const label = top(call(s, BOB, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! } }));
    const find = top(follow(s, BOB, action(label, 'From my Google Contacts')));
    expect(text(find)).toContain('Search by name, email or phone');
    const results = top(follow(s, BOB, action(find, 'Search'), { form: { q: 'olga' } }));
    expect(text(results)).toContain('Olga Own');
    expect(text(results)).toContain('olga@own.test');
    const none = top(follow(s, BOB, action(find, 'Search'), { form: { q: 'zzz' } }));
    expect(text(none)).toContain('None of your contacts matches "zzz".');
    const r = follow(s, BOB, action(results, 'Add'));
    expect(notification(r)).toBe('Olga Own added to the label.');
    expect(text(top(r))).toContain('Olga Own');
  });

  it('adopting someone else\'s contact by a forged resource name changes nothing', () => {
    const s = clients('editor', [], { contacts: { [ALICE]: [{ key: 'secret', person: { names: [{ givenName: 'Secret' }] } }] } });
    const rn = s.own.get(ALICE)!.get('secret')!;
    const r = call(s, BOB, 'onAddExisting', { params: { labelId: s.labels.get('Clients')!, resourceName: rn } });
    expect(notification(r)).toBe('This contact does not exist, was deleted, or is not in a label shared with you. Reload the card.');
    expect(text(top(call(s, BOB, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! } })))).not.toContain('Secret');
  });
});

describe('onRemoveContact', () => {
  it('removes for a deleter and returns to the updated label; a viewer is not offered it', () => {
    const s = clients('deleter');
    const card = open(s, BOB);
    const r = follow(s, BOB, action(card, 'Remove from "Clients"'));
    expect(notification(r)).toBe('Contact removed; it was in no other label, so it is deleted.');
    expect(text(top(r))).toContain('This label has no contacts yet.');
  });
});
