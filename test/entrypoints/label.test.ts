// The label card through the built bundle: contacts 20 a page with search, sync now with the last sync, and the
// owner's rename, transfer and delete; everyone else is refused by the commands, whatever the card parameters say.
import { action, call, domain, follow, inputs, navigations, notification, shown, text, top } from './support/cards';

const ALICE = 'alice@example.com';
const person = (i: number) => ({ names: [{ givenName: `Person`, familyName: String(i).padStart(3, '0') }], emailAddresses: [{ value: `p${i}@client.test` }] });

function withContacts(n: number, extra: object[] = []) {
  const steps = [
    { as: ALICE, do: 'createLabel', name: 'Clients' },
    ...Array.from({ length: n }, (_, i) => ({ as: ALICE, do: 'addContact', label: 'Clients', key: `p${i}`, person: person(i) })),
    ...extra,
  ];
  return domain({ steps });
}

describe('onOpenLabel', () => {
  it('shows the contacts 20 a page, Next and Previous updating the card', () => {
    const s = withContacts(45);
    const label = top(call(s, ALICE, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! } }));
    expect(label.header).toEqual({ title: 'Clients', subtitle: 'Your role: owner' });
    expect(text(label)).toContain('45 contacts');
    expect(text(label)).toContain('Showing 1–20 of 45');
    expect(text(label)).toContain('Person 019');
    expect(text(label)).not.toContain('Person 020');
    const next = follow(s, ALICE, action(label, 'Next'));
    expect(Object.keys(navigations(next)[0])).toEqual(['updateCard']);
    expect(text(top(next))).toContain('Showing 21–40 of 45');
    const last = follow(s, ALICE, action(top(next), 'Next'));
    expect(text(top(last))).toContain('Showing 41–45 of 45');
    expect(text(top(follow(s, ALICE, action(top(last), 'Previous'))))).toContain('Person 039');
  });

  it('searches the label from its search field and clears the search', () => {
    const s = withContacts(25);
    const label = top(call(s, ALICE, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! } }));
    expect(inputs(label).q).toMatchObject({ name: 'q', label: 'Name, company, email or phone' });
    const found = top(follow(s, ALICE, action(label, 'Search'), { form: { q: 'p7@' } }));
    expect(text(found)).toContain('1 matching "p7@"');
    expect(text(found)).toContain('Person 007');
    expect(text(found)).not.toContain('Person 017');
    const all = top(follow(s, ALICE, action(found, 'Show all')));
    expect(text(all)).toContain('25 contacts');
  });

  it('refuses a label the user cannot see, in their language', () => {
    const s = withContacts(1);
    const r = call(s, 'bob@example.com', 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! }, locale: 'it' });
    expect(notification(r)).toBe('Questa etichetta non esiste o non è condivisa con te. Ricarica la scheda.');
    expect(shown(r)).toEqual([]);
  });
});

describe('onSyncNow', () => {
  it('requests a sync, runs what fits in the callback, and says so; the card shows the last sync time', () => {
    const s = withContacts(2, [{ as: ALICE, do: 'share', label: 'Clients', with: 'bob@example.com', role: 'viewer' }, { do: 'syncUntilIdle' }]);
    const label = top(call(s, ALICE, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! }, timeZone: { id: 'Europe/Amsterdam', offset: 3600000 }, locale: 'nl' }));
    expect(text(label)).toMatch(/Laatst gesynchroniseerd\n\d+ jan 2026 \d\d:\d\d/);
    expect(text(label)).toContain('Iedereen is bijgewerkt');
    const r = follow(s, ALICE, action(label, 'Nu synchroniseren'), { locale: 'nl' });
    expect(notification(r)).toMatch(/^(Synchronisatie gestart|Gesynchroniseerd)/);
    expect(r.stateChanged).toBe(true);
    expect(text(top(r))).toContain('Clients');
  });
});

describe('managing a label', () => {
  it('renames: back on the label card, renamed', () => {
    const s = withContacts(0);
    const label = top(call(s, ALICE, 'onOpenLabel', { params: { labelId: s.labels.get('Clients')! } }));
    const manage = top(follow(s, ALICE, action(label, 'Rename, transfer or delete')));
    expect(inputs(manage).labelName).toMatchObject({ value: 'Clients' });
    const r = follow(s, ALICE, action(manage, 'Rename'), { form: { labelName: 'Customers' } });
    expect(notification(r)).toBe('Label renamed.');
    expect(navigations(r).map((n) => Object.keys(n)[0])).toEqual(['popCard', 'updateCard']);
    expect(top(r).header).toMatchObject({ title: 'Customers' });
  });

  it('transfers to a colleague, who becomes the owner while I stay manager', () => {
    const s = withContacts(0);
    const manage = top(call(s, ALICE, 'onManageLabel', { params: { labelId: s.labels.get('Clients')! } }));
    const r = follow(s, ALICE, action(manage, 'Transfer'), { form: { newOwner: 'bob@example.com' } });
    expect(notification(r)).toBe('The label now belongs to bob@example.com; you are a manager of it.');
    expect(top(r).header).toEqual({ title: 'Clients', subtitle: 'Your role: manager · owned by bob@example.com' });
    const bobHome = call(s, 'bob@example.com', 'onHomepage');
    expect(text(bobHome)).toContain('Clients');
  });

  it('deletes only after confirming, then goes home', () => {
    const s = withContacts(3);
    const manage = top(call(s, ALICE, 'onManageLabel', { params: { labelId: s.labels.get('Clients')! } }));
    const confirm = top(follow(s, ALICE, action(manage, 'Delete label…')));
    expect(text(confirm)).toContain('The label and its 3 contacts disappear');
    expect(text(call(s, ALICE, 'onHomepage'))).toContain('Clients');
    const r = follow(s, ALICE, action(confirm, 'Delete'));
    expect(notification(r)).toBe('Label deleted.');
    expect(navigations(r).map((n) => Object.keys(n)[0])).toEqual(['popToRoot', 'updateCard']);
    expect(text(top(r))).not.toContain('Clients');
    const cancel = follow(s, ALICE, action(confirm, 'Cancel'));
    expect(navigations(cancel)).toEqual([{ popCard: true }]);
  });

  it('offers a manager no management, and refuses a forged rename by the command', () => {
    const s = withContacts(0, [{ as: ALICE, do: 'share', label: 'Clients', with: 'bob@example.com', role: 'manager' }]);
    const id = s.labels.get('Clients')!;
    expect(notification(call(s, 'bob@example.com', 'onManageLabel', { params: { labelId: id } }))).toBe('Only the owner of this label can rename, transfer or delete it.');
    const forged = call(s, 'bob@example.com', 'onRenameLabel', { params: { labelId: id }, form: { labelName: 'Mine' }, locale: 'de' });
    expect(notification(forged)).toBe('Nur der Eigentümer dieses Labels kann es umbenennen.');
    expect(text(top(call(s, ALICE, 'onOpenLabel', { params: { labelId: id } })))).toContain('Clients');
    const del = call(s, 'bob@example.com', 'onDeleteLabel', { params: { labelId: id, confirm: 'yes' } });
    expect(notification(del)).toBe('Only the owner of this label can delete it.');
  });
});
