// The feed card through the built bundle: the last import with its numbers and skipped rows, the owner's source
// settings, and for everyone else the card without them.
import { action, call, domain, follow, notification, text, top } from './support/cards';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';
const CSV = [
  'Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Shoe size',
  'Ann,Lee,ann@lee.test,+39 02 1234 5678,38',
  'Ben,Ode,ben@ode.test,,44',
  ',,,,40',
  'Cy,Noemail,not-an-email,,41',
].join('\n');

function fed() {
  const s = domain({
    steps: [
      { as: ALICE, do: 'createLabel', name: 'Suppliers' },
      { as: ALICE, do: 'addFeed', label: 'Suppliers', feed: { kind: 'csv', csv: CSV } },
      { as: ALICE, do: 'share', label: 'Suppliers', with: BOB, role: 'viewer' },
      { do: 'syncUntilIdle' },
    ],
  });
  return { s, labelId: s.labels.get('Suppliers')! };
}

describe('the feed card', () => {
  it('shows the owner the last import: rows read, imported, skipped with reasons, and the skipped rows to copy', () => {
    const { s, labelId } = fed();
    const card = top(call(s, ALICE, 'onOpenFeed', { params: { labelId } }));
    const body = text(card);
    expect(card.header).toEqual({ title: 'Feed', subtitle: 'Suppliers' });
    expect(body).toContain('CSV file');
    expect(body).toMatch(/Rows read\n4/);
    expect(body).toMatch(/Imported\n2/);
    expect(body).toMatch(/Skipped\n2/);
    expect(body).toContain('no name');
    expect(body).toContain('invalid email address');
    expect(body).toContain('Columns not used: Shoe size');
    expect(body).toContain('Save the source');
  });

  it('shows a viewer the import but not the owner\'s settings, in their language', () => {
    const { s, labelId } = fed();
    const card = top(call(s, BOB, 'onOpenFeed', { params: { labelId }, locale: 'it' }));
    expect(card.header).toEqual(expect.objectContaining({ title: 'Origine dati' }));
    expect(text(card)).toContain('Righe lette');
    expect(text(card)).toContain('Solo il proprietario');
    expect(text(card)).not.toContain('Salva la fonte');
  });

  it('lets the owner set a new source from the form and stop the feed', () => {
    const { s, labelId } = fed();
    const card = top(call(s, ALICE, 'onOpenFeed', { params: { labelId } }));
    const saved = follow(s, ALICE, action(card, 'Save the source'), { form: { kind: 'csv', csv: 'Name,Email\nDee Fox,dee@fox.test', replace: 'true' } });
    expect(notification(saved)).toBe('Saved: the contacts are imported at the next sync.');
    expect(text(top(saved))).toContain('The contacts are imported at the next sync.');
    const removed = follow(s, ALICE, action(top(saved), 'Stop filling from the source'));
    expect(notification(removed)).toBe('The label is filled by hand again; its contacts stay.');
  });

  it('refuses a viewer who forges the owner\'s action', () => {
    const { s, labelId } = fed();
    const r = call(s, BOB, 'onSetFeed', { params: { labelId }, form: { kind: 'directory' } });
    expect(notification(r)).toMatch(/Only the owner/);
  });
});
