// The first slice's cards show the user's labels with counts, and open a label through a typed action.
import { helpCard, homeCard, labelCard } from '../../src/ui/home-card';
import { translator } from '../../src/ui/i18n';

const t = translator('en');

describe('homeCard', () => {
  it('lists each label with its contact count and an action that opens it', () => {
    const card = homeCard(
      { actor: 'alice@example.com', labels: [{ resourceName: 'contactGroups/abc', name: 'Clients', memberCount: 12 }] },
      t,
    );
    expect(card.header).toEqual({ title: 'Shared Labels', subtitle: 'Signed in as alice@example.com' });
    expect(card.sections[0].widgets).toEqual([
      {
        kind: 'decorated',
        text: 'Clients',
        bottom: '12 contacts',
        onClick: { fn: 'onOpenLabel', params: { group: 'contactGroups/abc' } },
      },
    ]);
  });

  it('explains where labels come from when there are none', () => {
    const card = homeCard({ actor: 'bob@example.com', labels: [] }, translator('it'));
    expect(card.sections[0].header).toBe('Le mie etichette');
    expect(card.sections[0].widgets).toEqual([{ kind: 'text', text: expect.stringContaining('Non hai ancora etichette') }]);
  });
});

describe('labelCard', () => {
  it('lists members by name and email', () => {
    const card = labelCard(
      {
        group: { resourceName: 'contactGroups/x', name: 'Suppliers', memberCount: 1 },
        members: [{ resourceName: 'people/c1', displayName: 'Ann Lee', email: 'ann@lee.test' }],
      },
      t,
    );
    expect(card.header.title).toBe('Suppliers');
    expect(card.sections[0].widgets).toEqual([{ kind: 'decorated', text: 'Ann Lee', bottom: 'ann@lee.test' }]);
  });
});

describe('helpCard', () => {
  it('explains roles in the user language', () => {
    const texts = helpCard(translator('nl')).sections[0].widgets.map((w) => (w.kind === 'text' ? w.text : ''));
    expect(texts.join(' ')).toMatch(/Rollen: lezers/);
  });
});
