import { addUser } from '../../../emulator/directory/admin';
import { fixture, ok, ALICE } from './runtime-fixture';

const CODE = `
function long() { for (var i = 0; i < 3; i++) Utilities.sleep(150000); return 'done'; }
function swallow() { try { long(); } catch (e) { return 'caught ' + e.name; } }
function groups(n) { var out = 0; for (var i = 0; i < n; i++) { People.ContactGroups.list(); out++; } return out; }
function lockThenDie() { LockService.getScriptLock().waitLock(100); for (;;) Utilities.sleep(300000); }
`;

describe('execution limits', () => {
  it('ends an execution that sleeps past 6 minutes', () => {
    const { world, rt } = fixture(CODE);
    const r = rt.run(ALICE, 'long');
    expect(r).toMatchObject({ ok: false, killed: 'Exceeded maximum execution time' });
    expect(r.value).toBeUndefined();
    expect(world.execution).toBeNull();
  });

  it('still reports the kill when the script swallows the error', () => {
    const { rt } = fixture(CODE);
    const r = rt.run(ALICE, 'swallow');
    expect(r).toMatchObject({ ok: false, killed: 'Exceeded maximum execution time' });
  });

  it('gives card callbacks 30 seconds', () => {
    const { rt } = fixture(`function f() { Utilities.sleep(29000); Utilities.sleep(2000); return 1; }`);
    expect(rt.run(ALICE, 'f', [], { kind: 'card' }).killed).toBe('Exceeded maximum execution time');
    expect(rt.run(ALICE, 'f', [], { kind: 'other' }).ok).toBe(true);
  });

  it('honours a deadline given in the run options', () => {
    const { rt } = fixture(CODE);
    expect(rt.run(ALICE, 'long', [], { deadlineMs: 3600 * 1000 }).value).toBe('done');
  });

  it('kills an execution after N API calls when asked', () => {
    const { world, rt } = fixture(CODE);
    addUser(world, { email: ALICE });
    const r = rt.run(ALICE, 'groups', [5], { killAfterCalls: 2 });
    expect(r).toMatchObject({ ok: false, calls: 2, killed: 'killed after 2 API calls (fault injection)' });
    expect(world.calls).toHaveLength(2);
  });

  it('applies the world\'s killAfterCalls fault to later executions', () => {
    const { world, rt } = fixture(CODE);
    addUser(world, { email: ALICE });
    world.setFaults({ killAfterCalls: 1 });
    expect(rt.run(ALICE, 'groups', [3]).calls).toBe(1);
    world.setFaults({});
    expect(ok(rt.run(ALICE, 'groups', [3]))).toBe(3);
  });

  it('releases the script lock of a killed execution', () => {
    const { world, rt } = fixture(CODE);
    expect(rt.run(ALICE, 'lockThenDie').killed).toBe('Exceeded maximum execution time');
    expect(world.appsScript.scriptLockHolder).toBeNull();
  });
});
