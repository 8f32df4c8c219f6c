// The sharing card through the built bundle: who has access with role and status; sharing with a person, a group, the
// domain or an outside address (roles limited to what I may grant, the phone switch); a refused share explains itself
// in the user's language; change role, remove, leave.
import { action, actions, call, domain, follow, inputs, navigations, notification, shown, text, top } from './support/cards';

const ALICE = 'alice@example.com';
const BOB = 'bob@example.com';

function clients(spec: Record<string, unknown> = {}, extra: object[] = []) {
  return domain({
    externalUsers: [{ email: 'eve@partner.org' }],
    groups: [{ email: 'sales@example.com', members: [BOB, 'carol@example.com'] }],
    ...spec,
    steps: [{ as: ALICE, do: 'createLabel', name: 'Clients' }, ...extra],
  });
}

const sharing = (s: ReturnType<typeof clients>, user: string, locale = 'en') =>
  top(call(s, user, 'onOpenSharing', { params: { labelId: s.labels.get('Clients')! }, locale }));

describe('onShare', () => {
  it('shares with a person, a group, the domain and an outside address, each listed with role and status', () => {
    const s = clients();
    let card = sharing(s, ALICE);
    expect(inputs(card).role).toMatchObject({ type: 'DROPDOWN', items: ['viewer', 'editor', 'deleter', 'manager'].map((v) => expect.objectContaining({ value: v })) });
    expect(inputs(card).syncToMobile).toMatchObject({ selected: true, value: 'true' });
    const share = action(card, 'Share');
    let r = follow(s, ALICE, share, { form: { grantee: 'Bob <bob@example.com>', role: 'editor', syncToMobile: 'true' } });
    expect(notification(r)).toBe('Shared with bob@example.com; an invitation was sent.');
    expect(r.stateChanged).toBe(true);
    expect(s.world.appsScript.outbox.map((m) => m.to)).toContain(BOB);
    r = follow(s, ALICE, share, { form: { grantee: 'sales@example.com', role: 'viewer' } });
    expect(notification(r)).toBe('Shared with sales@example.com; an invitation was sent.');
    r = follow(s, ALICE, share, { form: { grantee: 'domain', role: 'viewer', syncToMobile: 'true' } });
    expect(notification(r)).toBe('Shared with Everyone at example.com.');
    r = follow(s, ALICE, share, { form: { grantee: 'eve@partner.org', role: 'viewer', syncToMobile: 'true' } });
    card = top(r);
    const t = text(card);
    for (const line of ['alice@example.com', 'owner', 'bob@example.com', 'editor', 'Group sales@example.com', 'not on phones', 'Everyone at example.com', 'eve@partner.org (outside your domain)', 'Invited', 'Sharing']) expect(t).toContain(line);
    expect(actions(card).filter((a) => a.fn === 'onOpenGrant')).toHaveLength(4);
  });

  it('explains a share the edition forbids, in the user\'s language', () => {
    const s = clients({ edition: 'PRO' });
    const r = follow(s, ALICE, action(sharing(s, ALICE, 'it'), 'Condividi'), { form: { grantee: 'eve@partner.org', role: 'viewer' }, locale: 'it' });
    expect(notification(r)).toBe('La condivisione con persone esterne al dominio non è inclusa nell’edizione PRO. Passa a BUSINESS, ENTERPRISE o rimuovi la condivisione.');
    expect(shown(r)).toEqual([]);
  });

  it('says when the seats run out: the grant is made and waits for a seat', () => {
    const s = clients({ seats: 2 }, [{ as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'viewer' }]);
    const r = follow(s, ALICE, action(sharing(s, ALICE, 'de'), 'Teilen'), { form: { grantee: 'carol@example.com', role: 'viewer' }, locale: 'de' });
    expect(notification(r)).toBe('Mit carol@example.com geteilt; eine Einladung wurde gesendet. 1 Konto hat noch keine freie Lizenz und erhält nichts, bis eine frei wird.');
    expect(text(top(r))).toContain('Keine freie Lizenz');
  });

  it('offers an editor no share form, and the command refuses a forged share', () => {
    const s = clients({}, [{ as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'editor' }]);
    const card = sharing(s, BOB, 'nl');
    expect(inputs(card).grantee).toBeUndefined();
    expect(text(card)).toContain('Alleen de eigenaar of een beheerder van dit label kan wijzigen met wie het gedeeld is.');
    const r = call(s, BOB, 'onShare', { params: { labelId: s.labels.get('Clients')! }, form: { grantee: 'carol@example.com', role: 'manager' }, locale: 'nl' });
    expect(notification(r)).toBe('Alleen de eigenaar of een beheerder van dit label kan wijzigen met wie het gedeeld is.');
  });

  it('refuses a forged role above what a manager may give', () => {
    const s = clients({}, [{ as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'manager' }]);
    const r = call(s, BOB, 'onShare', { params: { labelId: s.labels.get('Clients')! }, form: { grantee: 'carol@example.com', role: 'owner' } });
    expect(notification(r)).toBe('The field role must be one of viewer, editor, deleter, manager.');
  });
});

describe('a grant', () => {
  it('changes the role and removes the grant, back on the updated sharing card', () => {
    const s = clients({}, [{ as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'viewer' }]);
    const grant = top(follow(s, ALICE, action(sharing(s, ALICE), 'bob@example.com')));
    expect(grant.header).toEqual({ title: 'bob@example.com', subtitle: 'Clients · viewer' });
    expect(inputs(grant).role).toMatchObject({ items: expect.arrayContaining([{ text: 'viewer', value: 'viewer', selected: true }]) });
    const changed = follow(s, ALICE, action(grant, 'Change role'), { form: { role: 'deleter' } });
    expect(notification(changed)).toBe('Role changed.');
    expect(navigations(changed).map((n) => Object.keys(n)[0])).toEqual(['popCard', 'updateCard']);
    expect(text(top(changed))).toContain('deleter');
    const removed = follow(s, ALICE, action(grant, 'Remove access'));
    expect(notification(removed)).toBe('Access removed.');
    expect(text(top(removed))).not.toContain('bob@example.com');
  });

  it('lets a collaborator leave a label, then shows home', () => {
    const s = clients({}, [{ as: ALICE, do: 'share', label: 'Clients', with: BOB, role: 'viewer' }]);
    const grant = top(follow(s, BOB, action(sharing(s, BOB), 'bob@example.com')));
    const r = follow(s, BOB, action(grant, 'Leave this label'));
    expect(notification(r)).toBe('Access removed.');
    expect(navigations(r).map((n) => Object.keys(n)[0])).toEqual(['popToRoot', 'updateCard']);
    expect(text(top(r))).toContain('Nobody has shared a label with you yet.');
  });
});
