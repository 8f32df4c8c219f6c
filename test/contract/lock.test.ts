// Runs the Lock contract against InMemoryLock and ScriptLock over the emulator's LockService.
import { createWorld } from '../../emulator';
import { holdScriptLock, releaseScriptLock } from '../../emulator/appsscript/lock-service';
import { InMemoryLock } from '../../src/adapters/in-memory-lock';
import { ScriptLock } from '../../src/adapters/script-lock';
import { harnessRuntime, inExecution } from '../support/apps-script';
import { lockContract, type LockFixture } from './lock.contract';

const inMemory = (): LockFixture => {
  const lock = new InMemoryLock();
  return {
    lock,
    holdElsewhere: () => lock.holdElsewhere(),
    releaseElsewhere: () => lock.release(),
    heldHere: () => lock.held,
    within: (fn) => fn(),
  };
};

const scriptLock = (): LockFixture => {
  const world = createWorld();
  const rt = harnessRuntime(world);
  const user = 'admin@example.com';
  const lock = inExecution(rt, user, (g) => new ScriptLock(g.LockService));
  return {
    lock,
    holdElsewhere: () => holdScriptLock(world, 'exec-elsewhere'),
    releaseElsewhere: () => releaseScriptLock(world),
    heldHere: () => world.execution !== null && world.appsScript.scriptLockHolder === world.execution.id,
    within: (fn) => inExecution(rt, user, fn),
  };
};

describe.each([
  ['InMemoryLock', inMemory],
  ['ScriptLock on the emulator', scriptLock],
])('%s', (name, make) => {
  lockContract(name, make);
});

describe('ScriptLock', () => {
  it('waits up to the timeout for a holder that lets go, then runs', () => {
    const world = createWorld();
    const rt = harnessRuntime(world);
    holdScriptLock(world, 'exec-elsewhere', world.clock.now() + 3000);
    const start = world.clock.now();
    const out = inExecution(rt, 'admin@example.com', (g) =>
      new ScriptLock(g.LockService).run(10000, () => 'ran'),
    );
    expect(out).toBe('ran');
    expect(world.clock.now() - start).toBe(3000);
  });
});

describe('InMemoryLock', () => {
  it('counts acquisitions, not nested runs', () => {
    const lock = new InMemoryLock();
    lock.run(0, () => lock.run(0, () => undefined));
    lock.run(0, () => undefined);
    expect(lock.acquisitions).toBe(2);
  });
});
