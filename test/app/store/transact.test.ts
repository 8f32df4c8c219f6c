// The unit of work: one load and one save under the lock, nothing saved on refusal or throw, lock-free reads.
import { Model } from '../../../src/app/store/model';
import { read, transact } from '../../../src/app/store/transact';
import { fail, failedPrecondition, invalidArgument, ok, unavailable } from '../../../src/core/errors';
import type { Label } from '../../../src/core/model';
import { makeWorld } from '../support/world';

const label = (id: string, name = id): Label => ({
  id,
  name,
  owner: 'owner@example.com',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  feed: null,
});

describe('transact', () => {
  it('loads once, saves once, under the lock, and the next load sees the change', () => {
    const w = makeWorld();
    const r = transact(w.ctx('owner@example.com'), ['labels'], (m) => {
      expect(w.lock.held).toBe(true);
      m.putLabel(label('lbl_a'));
      return ok('done');
    });
    expect(r).toEqual({ ok: true, value: 'done' });
    expect([w.store.loads, w.store.saves, w.store.revisionReads, w.lock.acquisitions]).toEqual([1, 1, 0, 1]);
    expect(new Model(w.store.load(['labels'])).label('lbl_a')?.name).toBe('lbl_a');
  });

  it('saves nothing when fn changes nothing', () => {
    const w = makeWorld();
    transact(w.ctx('owner@example.com'), ['labels'], () => ok(1));
    expect(w.store.saves).toBe(0);
  });

  it('saves nothing when fn returns an error Result, and returns that error', () => {
    const w = makeWorld();
    const before = w.store.serialize();
    const r = transact(w.ctx('owner@example.com'), ['labels'], (m) => {
      m.putLabel(label('lbl_a'));
      return fail(invalidArgument('k', 'no'));
    });
    expect(r.ok).toBe(false);
    expect(w.store.serialize()).toBe(before);
  });

  it('turns a thrown AppError into an error Result and saves nothing', () => {
    const w = makeWorld();
    const before = w.store.serialize();
    const r = transact(w.ctx('owner@example.com'), ['labels'], (m) => {
      m.putLabel(label('lbl_a'));
      throw failedPrecondition('k', 'stop');
    });
    expect(r.ok || r.error.code).toBe('FAILED_PRECONDITION');
    expect(w.store.serialize()).toBe(before);
    expect(w.lock.held).toBe(false);
  });

  it('lets a non-AppError (a bug) propagate, saving nothing', () => {
    const w = makeWorld();
    const before = w.store.serialize();
    expect(() =>
      transact(w.ctx('owner@example.com'), ['labels'], (m) => {
        m.putLabel(label('lbl_a'));
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
    expect(w.store.serialize()).toBe(before);
  });

  it('answers UNAVAILABLE without loading when another execution holds the lock', () => {
    const w = makeWorld();
    w.lock.holdElsewhere();
    const r = transact(w.ctx('owner@example.com'), ['labels'], () => ok(1));
    expect(r.ok || r.error.code).toBe('UNAVAILABLE');
    expect(w.store.loads).toBe(0);
  });

  it('answers the store fault as an error Result (e.g. the store is down)', () => {
    const w = makeWorld();
    w.store.failNext(unavailable('k', 'down'));
    expect(transact(w.ctx('owner@example.com'), ['labels'], () => ok(1)).ok).toBe(false);
  });

  it('refuses to replace rows of a table it did not load (a programming error)', () => {
    const w = makeWorld();
    expect(() => transact(w.ctx('owner@example.com'), ['grants'], (m) => ok(m.putLabel(label('x'))))).toThrow(
      /not loaded/,
    );
  });

  it('appends to append-only tables without loading them', () => {
    const w = makeWorld();
    transact(w.ctx('owner@example.com'), ['labels'], (m) => {
      m.addAudit({
        key: 'aud_1',
        at: 't',
        actor: 'owner@example.com',
        action: 'label.create',
        label: 'l',
        detail: {},
      });
      return ok(null);
    });
    expect(w.store.dump().tables.audit).toHaveLength(1);
  });
});

describe('read', () => {
  it('is one load and no lock', () => {
    const w = makeWorld();
    const r = read(w.ctx('owner@example.com'), ['labels', 'grants'], (m) => ok(m.labels().length));
    expect(r).toEqual({ ok: true, value: 0 });
    expect([w.store.loads, w.store.saves, w.lock.acquisitions]).toEqual([1, 0, 0]);
  });
});

describe('Model', () => {
  it('keeps lookups current as records change, and writes each changed row once', () => {
    const w = makeWorld();
    const m = new Model(w.store.load(['labels', 'grants', 'contacts', 'collaborators']));
    m.putLabel(label('l1'));
    m.putGrant({
      id: 'g1',
      labelId: 'l1',
      grantee: { kind: 'user', email: 'a@example.com' },
      role: 'viewer',
      grantedBy: 'o',
      grantedAt: 't',
      syncToMobile: true,
      acceptedAt: null,
      invitedAt: null,
    });
    expect(m.grantsOf('l1').map((g) => g.id)).toEqual(['g1']);
    m.putGrant({ ...m.grant('g1')!, labelId: 'l2' });
    expect(m.grantsOf('l1')).toEqual([]);
    expect(m.grantsOf('l2').map((g) => g.id)).toEqual(['g1']);
    m.removeGrant('g1');
    expect(m.grantsOf('l2')).toEqual([]);
    expect(m.changes().put.grants).toEqual([['g1', '', '', '', '', '', '', '', '', '']]);
  });

  it('sees a record changed in place and put again as a change', () => {
    const w = makeWorld();
    transact(w.ctx('o'), ['labels'], (m) => ok(m.putLabel(label('l1'))));
    const m = new Model(w.store.load(['labels']));
    const l = m.label('l1')!;
    l.name = 'renamed';
    m.putLabel(l);
    expect(m.hasChanges()).toBe(true);
  });

  it('does not count writing an identical record as a change', () => {
    const w = makeWorld();
    transact(w.ctx('o'), ['labels'], (m) => ok(m.putLabel(label('l1'))));
    const m = new Model(w.store.load(['labels']));
    m.putLabel({ ...m.label('l1')! });
    expect(m.hasChanges()).toBe(false);
  });

  it('lets a later row of a key replace an earlier one, and a tombstone remove it', () => {
    const m = new Model({
      revision: 1,
      schemaVersion: 1,
      tables: {
        labels: [
          ['l1', 'first', 'o@x.com', 't', 't', 'FALSE', ''],
          ['l1', 'second', 'o@x.com', 't', 't', 'FALSE', ''],
          ['l2', 'gone', 'o@x.com', 't', 't', 'FALSE', ''],
          ['l2', '', '', '', '', '', ''],
        ],
      },
    });
    expect(m.labels().map((l) => l.name)).toEqual(['second']);
  });
});
