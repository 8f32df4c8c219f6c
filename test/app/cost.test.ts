// What each command and query costs: store loads and saves (one Sheets call each), Directory calls, mails.
// The numbers are pinned here because cost is the point; docs/commands.md carries the same table.
import { COMMANDS } from '../../src/app/commands';
import type { AppContext } from '../../src/app/context';
import { QUERIES } from '../../src/app/queries';
import type { Result } from '../../src/core/errors';
import { OWNER, Shared, sharedLabel } from './support/scenario';
import { makeWorld, World } from './support/world';

interface Cost {
  loads: number;
  saves: number;
  revisionReads: number;
  directory: number;
  mails: number;
}

type Run = (ctx: (actor: string) => AppContext, s: Shared, w: World) => Result<unknown>;

const ADMIN = 'admin@example.com';

/** A label shared with a user, a 3-member group and an external, with two contacts; each row runs one successful call. */
const CASES: ReadonlyArray<[string, Run, Cost]> = [
  [
    'createLabel',
    (c) => COMMANDS.createLabel(c(OWNER), { name: 'New' }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 1, mails: 0 },
  ],
  [
    'renameLabel',
    (c, s) => COMMANDS.renameLabel(c(OWNER), { labelId: s.label.id, name: 'X' }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'deleteLabel',
    (c, s) => COMMANDS.deleteLabel(c(OWNER), { labelId: s.label.id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'transferLabel',
    (c, s) => COMMANDS.transferLabel(c(OWNER), { labelId: s.label.id, newOwner: 'ann@example.com' }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 7, mails: 1 },
  ],
  [
    'addContact',
    (c, s) =>
      COMMANDS.addContact(c('ed@example.com'), {
        labelId: s.label.id,
        person: { names: [{ givenName: 'A' }] },
      }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'addExistingContact',
    (c, s, w) =>
      COMMANDS.addExistingContact(c(OWNER), {
        labelId: s.label.id,
        resourceName: w.contactsOf(OWNER).add({ names: [{ givenName: 'Mine' }] }).resourceName,
      }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'updateContact',
    (c, s) =>
      COMMANDS.updateContact(c('ed@example.com'), {
        contactId: s.contacts[0].id,
        person: { names: [{ givenName: 'B' }] },
      }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'removeContact',
    (c, s) => COMMANDS.removeContact(c(OWNER), { labelId: s.label.id, contactId: s.contacts[0].id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'deleteContact',
    (c, s) => COMMANDS.deleteContact(c(OWNER), { contactId: s.contacts[0].id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'share (a user)',
    (c, s) => COMMANDS.share(c(OWNER), { labelId: s.label.id, grantee: 'bob@example.com', role: 'viewer' }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 8, mails: 1 },
  ],
  [
    'changeRole',
    (c, s) =>
      COMMANDS.changeRole(c(OWNER), {
        labelId: s.label.id,
        grantId: s.grants['ed@example.com'].id,
        role: 'deleter',
      }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 6, mails: 0 },
  ],
  [
    'unshare',
    (c, s) => COMMANDS.unshare(c(OWNER), { labelId: s.label.id, grantId: s.grants['ed@example.com'].id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 5, mails: 0 },
  ],
  [
    'comment',
    (c, s) =>
      COMMANDS.comment(c('ed@example.com'), { labelId: s.label.id, contactId: s.contacts[0].id, text: 'hi' }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'acceptInvitation',
    (c, s) => COMMANDS.acceptInvitation(c('p@other.org'), { labelId: s.label.id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 7, mails: 0 },
  ],
  [
    'resendInvitation',
    (c, s) =>
      COMMANDS.resendInvitation(c(OWNER), { labelId: s.label.id, grantId: s.grants['p@other.org'].id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 1 },
  ],
  [
    'syncNow',
    (c, s) => COMMANDS.syncNow(c('ed@example.com'), { labelId: s.label.id }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'setEdition',
    (c) => COMMANDS.setEdition(c(ADMIN), { edition: 'PRO' }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 1, mails: 0 },
  ],
  [
    'setSeats',
    (c) => COMMANDS.setSeats(c(ADMIN), { seats: 3 }),
    { loads: 1, saves: 1, revisionReads: 0, directory: 1, mails: 0 },
  ],
  [
    'releaseSeats (one suspended user)',
    (c, _s, w) => {
      w.directory.setState('ed@example.com', 'suspended');
      return COMMANDS.releaseSeats(c(ADMIN), {});
    },
    { loads: 1, saves: 1, revisionReads: 0, directory: 4, mails: 0 },
  ],
  [
    'myLabels',
    (c) => QUERIES.myLabels(c(OWNER), {}),
    { loads: 1, saves: 0, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'sharedWithMe',
    (c) => QUERIES.sharedWithMe(c('ann@example.com'), {}),
    { loads: 1, saves: 0, revisionReads: 0, directory: 1, mails: 0 },
  ],
  [
    'labelDetail (a group member)',
    (c, s) => QUERIES.labelDetail(c('ann@example.com'), { labelId: s.label.id }),
    { loads: 1, saves: 0, revisionReads: 0, directory: 1, mails: 0 },
  ],
  [
    'contactDetail',
    (c, s) => QUERIES.contactDetail(c('ed@example.com'), { contactId: s.contacts[0].id }),
    { loads: 1, saves: 0, revisionReads: 0, directory: 0, mails: 0 },
  ],
  [
    'seats',
    (c) => QUERIES.seats(c(ADMIN), {}),
    { loads: 1, saves: 0, revisionReads: 0, directory: 3, mails: 0 },
  ],
  [
    'labelAudit',
    (c, s) => QUERIES.labelAudit(c(OWNER), { labelId: s.label.id }),
    { loads: 1, saves: 0, revisionReads: 0, directory: 0, mails: 0 },
  ],
];

function directoryCalls(w: World): number {
  return Object.values(w.directory.calls).reduce((n, x) => n + x, 0);
}

describe('cost per command (store requests, Directory calls, mails)', () => {
  it.each(CASES)('%s', (_name, run, expected) => {
    const w = makeWorld({ users: ['ed', 'ann', 'bob', 'cat', 'dan'] });
    w.directory.addGroup('team@example.com', ['ann@example.com', 'cat@example.com', 'dan@example.com']);
    const s = sharedLabel(w, {
      shares: { 'ed@example.com': 'editor', 'team@example.com': 'viewer', 'p@other.org': 'viewer' },
      contacts: 2,
    });
    w.clock.advance(3600 * 1000);
    const start = {
      loads: w.store.loads,
      saves: w.store.saves,
      revisionReads: w.store.revisionReads,
      directory: directoryCalls(w),
      mails: w.mailer.sent.length,
    };
    const result = run((a) => w.ctx(a), s, w);
    expect(result).toMatchObject({ ok: true });
    expect({
      loads: w.store.loads - start.loads,
      saves: w.store.saves - start.saves,
      revisionReads: w.store.revisionReads - start.revisionReads,
      directory: directoryCalls(w) - start.directory,
      mails: w.mailer.sent.length - start.mails,
    }).toEqual(expected);
  });

  it('a refused command costs at most its one load and saves nothing', () => {
    const w = makeWorld({ users: ['ed'] });
    const s = sharedLabel(w, { shares: { 'ed@example.com': 'viewer' } });
    const loads = w.store.loads;
    const saves = w.store.saves;
    expect(COMMANDS.renameLabel(w.ctx('ed@example.com'), { labelId: s.label.id, name: 'X' }).ok).toBe(false);
    expect(COMMANDS.renameLabel(w.ctx('ed@example.com'), { labelId: s.label.id, name: '' }).ok).toBe(false);
    expect([w.store.loads - loads, w.store.saves - saves]).toEqual([1, 0]);
  });
});
