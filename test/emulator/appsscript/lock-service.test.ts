import { holdScriptLock, releaseScriptLock } from '../../../emulator/appsscript/lock-service';
import { fixture, ok, ALICE, BOB } from './runtime-fixture';

const CODE = `
function tryIt(ms) { var l = LockService.getScriptLock(); var got = l.tryLock(ms); return [got, l.hasLock()]; }
function waitIt(ms) { try { LockService.getScriptLock().waitLock(ms); return 'locked'; } catch (e) { return e.message; } }
function keep() { LockService.getScriptLock().waitLock(1000); }
function releaseEarly() { var l = LockService.getScriptLock(); l.waitLock(1000); l.releaseLock(); return l.hasLock(); }
function userLock() { return LockService.getUserLock().tryLock(0); }
function crash() { LockService.getScriptLock().waitLock(1000); throw new Error('boom'); }
`;

describe('LockService', () => {
  it('takes a free script lock at once', () => {
    const { world, rt } = fixture(CODE);
    const r = rt.run(ALICE, 'tryIt', [5000]);
    expect(r.value).toEqual([true, true]);
    expect(r.virtualMs).toBe(0);
    expect(world.appsScript.scriptLockHolder).toBeNull();
  });

  it('returns false from tryLock after waiting out the timeout when another execution holds the lock', () => {
    const { world, rt } = fixture(CODE);
    holdScriptLock(world, 'exec-other');
    const r = rt.run(ALICE, 'tryIt', [5000]);
    expect(r.value).toEqual([false, false]);
    expect(r.virtualMs).toBe(5000);
    expect(world.appsScript.scriptLockHolder).toBe('exec-other');
  });

  it('throws Apps Script\'s timeout error from waitLock when the lock stays held', () => {
    const { world, rt } = fixture(CODE);
    holdScriptLock(world, 'exec-other');
    expect(ok(rt.run(ALICE, 'waitIt', [10000]))).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('gets the lock once the other holder lets go within the wait', () => {
    const { world, rt } = fixture(CODE);
    holdScriptLock(world, 'exec-other', world.clock.now() + 3000);
    const r = rt.run(ALICE, 'waitIt', [10000]);
    expect(r.value).toBe('locked');
    expect(r.virtualMs).toBe(3000);
  });

  it('takes the lock after a test releases it', () => {
    const { world, rt } = fixture(CODE);
    holdScriptLock(world, 'exec-other');
    releaseScriptLock(world);
    expect(ok(rt.run(ALICE, 'waitIt', [0]))).toBe('locked');
  });

  it('releases the lock when the execution ends, even when it throws', () => {
    const { world, rt } = fixture(CODE);
    expect(rt.run(ALICE, 'crash').ok).toBe(false);
    expect(world.appsScript.scriptLockHolder).toBeNull();
    ok(rt.run(BOB, 'keep'));
    expect(world.appsScript.scriptLockHolder).toBeNull();
  });

  it('lets go of a released lock before the execution ends', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'releaseEarly'))).toBe(false);
  });

  it('keeps user locks per account', () => {
    const { world, rt } = fixture(CODE);
    world.appsScript.userLockHolders = { [ALICE]: 'exec-other' };
    expect(ok(rt.run(ALICE, 'userLock'))).toBe(false);
    expect(ok(rt.run(BOB, 'userLock'))).toBe(true);
    expect(world.appsScript.userLockHolders).toEqual({ [ALICE]: 'exec-other' });
  });
});
