// setEdition, setSeats, releaseSeats: admin only; statuses and seats re-applied at once.
import { releaseSeats } from '../../../src/app/commands/release-seats';
import { setEdition } from '../../../src/app/commands/set-edition';
import { setSeats } from '../../../src/app/commands/set-seats';
import { model, OWNER, sharedLabel, statuses } from '../support/scenario';
import { errorOf, makeWorld, must } from '../support/world';

const ADMIN = 'admin@example.com';

describe('admin commands', () => {
  it.each([
    ['setEdition', () => setEdition, { edition: 'PRO' }],
    ['setSeats', () => setSeats, { seats: 3 }],
    ['releaseSeats', () => releaseSeats, {}],
  ])('%s refuses a user who is not a Workspace admin, before touching anything', (_name, cmd, input) => {
    const w = makeWorld();
    const before = w.store.serialize();
    expect(errorOf(cmd()(w.ctx(OWNER), input)).code).toBe('PERMISSION_DENIED');
    expect(w.store.serialize()).toBe(before);
    expect(w.store.loads).toBe(0);
    expect(w.config.properties).toEqual({});
  });
});

describe('setEdition', () => {
  it('stores the edition and marks grants the new edition forbids UPGRADE_REQUIRED (and back)', () => {
    const w = makeWorld({ users: ['ann'] });
    const { label } = sharedLabel(w, { shares: { 'p@other.org': 'viewer', 'ann@example.com': 'viewer' } });
    must(setEdition(w.ctx(ADMIN), { edition: 'PRO' }));
    expect(w.config.get('edition')).toBe('PRO');
    expect(statuses(w, label.id)).toMatchObject({
      'p@other.org': 'UPGRADE_REQUIRED',
      'ann@example.com': 'SHARING',
    });
    expect(model(w).collaborator(label.id, 'p@other.org')?.detail).toMatch(/not included in the PRO edition/);
    must(setEdition(w.ctx(ADMIN), { edition: 'ENTERPRISE' }));
    expect(statuses(w, label.id)['p@other.org']).toBe('INVITED');
  });

  it('refuses an unknown edition', () => {
    const w = makeWorld();
    expect(errorOf(setEdition(w.ctx(ADMIN), { edition: 'GOLD' })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('setSeats', () => {
  it('re-assigns seats in grant order at once, and accepts digit strings from a form', () => {
    const w = makeWorld({ users: ['ann', 'bob'] });
    const { label } = sharedLabel(w, { shares: { 'ann@example.com': 'viewer' } });
    w.clock.advance(1000);
    sharedLabel(w, { name: 'B', shares: { 'bob@example.com': 'viewer' } });
    must(setSeats(w.ctx(ADMIN), { seats: '2' }));
    expect(statuses(w, label.id)).toEqual({ [OWNER]: 'SHARING', 'ann@example.com': 'SHARING' });
    expect(Object.values(model(w).collaborationsOf('bob@example.com')).map((c) => c.status)).toEqual([
      'INSUFFICIENT_LICENSES',
    ]);
    must(setSeats(w.ctx(ADMIN), { seats: 'unlimited' }));
    expect(model(w).collaborationsOf('bob@example.com')[0].status).toBe('SHARING');
  });

  it.each([[-1], [1.5], ['lots'], [2e6], [null]])('refuses %p', (seats) => {
    const w = makeWorld();
    expect(errorOf(setSeats(w.ctx(ADMIN), { seats })).code).toBe('INVALID_ARGUMENT');
  });
});

describe('releaseSeats', () => {
  it("unshares suspended and deleted accounts' direct grants everywhere and gives their seats to waiting accounts", () => {
    const w = makeWorld({ users: ['sue', 'dan', 'ann', 'wai'] });
    must(setSeats(w.ctx(ADMIN), { seats: 4 }));
    const a = sharedLabel(w, {
      name: 'A',
      shares: { 'sue@example.com': 'viewer', 'dan@example.com': 'viewer', 'ann@example.com': 'viewer' },
    });
    w.clock.advance(1000);
    const b = sharedLabel(w, {
      name: 'B',
      shares: { 'sue@example.com': 'editor', 'wai@example.com': 'viewer' },
    });
    expect(statuses(w, b.label.id)['wai@example.com']).toBe('INSUFFICIENT_LICENSES');
    w.directory.setState('sue@example.com', 'suspended');
    w.directory.setState('dan@example.com', 'deleted');

    const out = must(releaseSeats(w.ctx(ADMIN), {}));
    expect(out.released).toEqual([
      { email: 'sue@example.com', state: 'suspended', labelIds: [a.label.id, b.label.id] },
      { email: 'dan@example.com', state: 'deleted', labelIds: [a.label.id] },
    ]);
    expect(out.stillHeld).toEqual([]);
    expect(statuses(w, a.label.id)).toEqual({ [OWNER]: 'SHARING', 'ann@example.com': 'SHARING' });
    expect(statuses(w, b.label.id)).toEqual({ [OWNER]: 'SHARING', 'wai@example.com': 'SHARING' });
    expect(
      model(w)
        .auditOf(a.label.id)
        .filter((r) => r.action === 'seat.free'),
    ).toHaveLength(2);
  });

  it('lists what it cannot unshare: group members and owners', () => {
    const w = makeWorld({ users: ['sue'] });
    w.directory.addGroup('team@example.com', ['sue@example.com']);
    const a = sharedLabel(w, { shares: { 'team@example.com': 'viewer' } });
    w.directory.setState('sue@example.com', 'suspended');
    const out = must(releaseSeats(w.ctx(ADMIN), {}));
    expect(out.released).toEqual([]);
    expect(out.stillHeld).toEqual([
      { email: 'sue@example.com', state: 'suspended', via: 'group', labelId: a.label.id },
    ]);
  });
});
