// Every status of DESIGN.md section 6, produced end to end (shares, the Directory, seats, edition, the sync) and read
// on the grant or member card through the built bundle, with its explanation and its fixes — and the fix buttons work.
import type { Session } from '../../scripts/scenario/runner';
import { action, actions, call, domain, follow, notification, text, top } from './support/cards';

const ALICE = 'alice@example.com';
const ADMIN = 'admin@example.com';
const users = ['admin', 'alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina', 'hank'].map((u) => ({ email: `${u}@example.com`, ...(u === 'hank' ? { contactLimit: 1 } : {}) }));
const contact = (name: string) => ({ names: [{ givenName: name }], emailAddresses: [{ value: `${name.toLowerCase()}@client.test` }] });
const share = (who: string) => ({ as: ALICE, do: 'share', label: 'Clients', with: who, role: 'viewer' });

/** One label whose collaborators show, between them, eleven statuses (UPGRADE_REQUIRED needs an edition of its own). */
function everyStatus(): Session {
  return domain({
    users,
    seats: 8,
    externalUsers: [{ email: 'eve@partner.org' }],
    groups: [{ email: 'sales@example.com', members: ['bob@example.com', 'carol@example.com'] }],
    steps: [
      { as: ALICE, do: 'createLabel', name: 'Clients' },
      { as: ALICE, do: 'addContact', label: 'Clients', key: 'ann', person: contact('Ann') },
      { as: ALICE, do: 'addContact', label: 'Clients', key: 'bo', person: contact('Bo') },
      ...['eve@partner.org', 'sales@example.com', 'dave@example.com', 'erin@example.com', 'frank@example.com', 'hank@example.com', 'gina@example.com', 'nosuch@example.com'].map(share),
      { do: 'directory.suspend', user: 'carol@example.com' },
      { do: 'directory.revokeDelegation', user: 'dave@example.com' },
      { do: 'directory.ban', user: 'frank@example.com' },
      { do: 'syncUntilIdle' },
      { do: 'directory.delete', user: 'erin@example.com' },
      { do: 'syncUntilIdle' },
      { as: 'admin@example.com', do: 'createLabel', name: 'Later' },
    ],
  });
}

function grantCard(s: Session, user: string, who: RegExp, locale = 'en') {
  const sharing = top(call(s, user, 'onOpenSharing', { params: { labelId: s.labels.get('Clients')! }, locale }));
  return top(follow(s, user, action(sharing, who), { locale }));
}

describe('statuses end to end', () => {
  let s: Session;
  beforeEach(() => {
    s = everyStatus();
  });
  const fns = (card: Record<string, unknown>) => actions(card).map((a) => a.fn);

  it('INVITED: resend invitation and copy the invitation link', () => {
    const card = grantCard(s, ALICE, /eve@partner\.org/);
    expect(text(card)).toContain('Invited');
    expect(text(card)).toContain('eve@partner.org has not accepted yet');
    expect(fns(card)).toEqual(expect.arrayContaining(['onResendInvitation', 'onCopyInviteLink']));
    const link = top(follow(s, ALICE, action(card, 'Copy invitation link')));
    expect(text(link)).toContain('https://mail.google.com/mail/u/0/');
    expect(text(link)).toContain('Send this link to eve@partner.org');
  });

  it('PARTIALLY_SHARED: open the group members, each with its own status', () => {
    const card = grantCard(s, ALICE, /sales@example\.com/);
    expect(text(card)).toContain('Partly shared');
    const members = top(follow(s, ALICE, action(card, 'Open group members')));
    expect(text(members)).toContain('bob@example.com\nUp to date');
    expect(text(members)).toContain('carol@example.com\nSuspended');
    const bob = top(follow(s, ALICE, action(members, 'bob@example.com')));
    expect(text(bob)).toContain('Every contact of the label is in the Google Contacts of bob@example.com');
    expect(text(bob)).toContain('Nothing to do: everything works.');
    const carol = top(follow(s, ALICE, action(members, 'carol@example.com')));
    expect(text(carol)).toContain('Ask admin@example.com to restore the account carol@example.com in the Admin console.');
    expect(text(carol)).toContain('carol@example.com receives the label through sales@example.com');
  });

  it('REVOKED: resend the invitation, and ask the admin to authorise the app', () => {
    const card = grantCard(s, ALICE, /dave@example\.com/);
    expect(text(card)).toContain('Access withdrawn');
    expect(fns(card)).toContain('onResendInvitation');
    expect(text(card)).toContain('Ask admin@example.com to authorise Shared Labels for dave@example.com');
  });

  it('DELETED: unshare to free the seat', () => {
    const card = grantCard(s, ALICE, /erin@example\.com/);
    expect(text(card)).toContain('Deleted account');
    const r = follow(s, ALICE, action(card, 'Unshare to free the seat'));
    expect(notification(r)).toBe('Access removed.');
    expect(text(top(r))).not.toContain('erin@example.com');
  });

  it('BANNED: ask the admin to contact Google support', () => {
    const card = grantCard(s, ALICE, /frank@example\.com/);
    expect(text(card)).toContain('Disabled by Google');
    expect(text(card)).toContain('Ask admin@example.com to contact Google Workspace support about the account frank@example.com.');
  });

  it('OVER_QUOTA: ask the user to clean up, and sync now', () => {
    const card = grantCard(s, ALICE, /hank@example\.com/);
    expect(text(card)).toContain('Contacts full');
    expect(text(card)).toContain('Ask hank@example.com to delete contacts they no longer need');
    const r = follow(s, ALICE, action(card, 'Sync now'));
    expect(notification(r)).toMatch(/^(Sync started|Synced)/);
  });

  it('INSUFFICIENT_LICENSES: the admin is told how to free seats, others whom to ask; sync now', () => {
    const forAlice = grantCard(s, ALICE, /gina@example\.com/);
    expect(text(forAlice)).toContain('No free seat');
    expect(text(forAlice)).toContain('Ask admin@example.com to release the seats of departed colleagues');
    expect(text(forAlice)).toContain('Ask admin@example.com to buy more seats for Shared Labels.');
    expect(fns(forAlice)).toContain('onSyncNow');
  });

  it('UNKNOWN: check the spelling, remove the grant', () => {
    const card = grantCard(s, ALICE, /nosuch@example\.com/, 'it');
    expect(text(card)).toContain('Indirizzo sconosciuto');
    expect(text(card)).toContain('Controlla come è scritto nosuch@example.com');
    expect(fns(card)).toContain('onUnshare');
  });

  it('SUSPENDED: the admin\'s settings list the account holding a seat, and releasing explains what it cannot free', () => {
    const settings = top(call(s, ADMIN, 'onOpenSettings'));
    expect(text(settings)).toContain('carol@example.com\nsuspended: still holds a seat');
    const r = follow(s, ADMIN, action(settings, 'Release their seats'));
    expect(notification(r)).toMatch(/reached through a group or own/);
  });
});

describe('ACTIVE and SHARING end to end', () => {
  it('a new grant is sharing until the sync writes its copies, then up to date', () => {
    const s = domain({ steps: [{ as: ALICE, do: 'createLabel', name: 'Clients' }, { as: ALICE, do: 'addContact', label: 'Clients', key: 'ann', person: contact('Ann') }, share('bob@example.com')] });
    let card = grantCard(s, ALICE, /bob@example\.com/);
    expect(text(card)).toContain('Sharing');
    expect(text(card)).toContain('The copies for bob@example.com are being written');
    expect(actions(card).map((a) => a.fn)).toContain('onSyncNow');
    expect(text(card)).toContain('Or simply wait');
    s.runtime.advance(61 * 60 * 1000);
    card = grantCard(s, ALICE, /bob@example\.com/);
    expect(text(card)).toContain('Up to date');
    expect(text(card)).toContain('Nothing to do: everything works.');
  });
});

describe('UPGRADE_REQUIRED end to end', () => {
  it('shows a grant the edition no longer allows, with upgrade (ask the admin) and remove', () => {
    const s = domain({
      externalUsers: [{ email: 'eve@partner.org' }],
      steps: [
        { as: ALICE, do: 'createLabel', name: 'Clients' },
        share('eve@partner.org'),
        { as: 'admin@example.com', do: 'setEdition', edition: 'BASIC' },
      ],
    });
    const card = grantCard(s, ALICE, /eve@partner\.org/, 'nl');
    expect(text(card)).toContain('Upgrade nodig');
    expect(text(card)).toContain('Vraag admin@example.com om de Shared Labels-editie te upgraden');
    expect(action(card, 'Deze deling verwijderen').fn).toBe('onUnshare');
  });
});
