// The Lock contract (src/core/ports/infrastructure.ts), run against the fake and Apps Script's script lock on the emulator.
import type { Lock } from '../../src/core/ports/infrastructure';
import { thrown } from '../support/errors';

export interface LockFixture {
  lock: Lock;
  /** Another execution takes the lock and keeps it until `releaseElsewhere`. */
  holdElsewhere(): void;
  releaseElsewhere(): void;
  /** Whether this execution holds the lock right now (call it inside `within`). */
  heldHere(): boolean;
  /** Runs `fn` as one execution (so the lock's state can be looked at before the platform ends it). */
  within<T>(fn: () => T): T;
}


export function lockContract(name: string, make: () => LockFixture): void {
  describe(`Lock contract: ${name}`, () => {
    it('runs the function holding the lock, returns its value and lets go afterwards', () => {
      const f = make();
      f.within(() => {
        let inside = false;
        expect(f.lock.run(1000, () => ((inside = f.heldHere()), 42))).toBe(42);
        expect(inside).toBe(true);
        expect(f.heldHere()).toBe(false);
      });
    });

    it('lets go when the function throws, and passes the error on', () => {
      const f = make();
      f.within(() => {
        expect(() =>
          f.lock.run(1000, () => {
            throw new Error('boom');
          }),
        ).toThrow('boom');
        expect(f.heldHere()).toBe(false);
      });
      f.within(() => expect(f.lock.run(0, () => 'again')).toBe('again'));
    });

    it('refuses with UNAVAILABLE, without running the function, while another execution holds the lock', () => {
      const f = make();
      f.holdElsewhere();
      let ran = false;
      const e = f.within(() => thrown(() => f.lock.run(2000, () => (ran = true))));
      expect(e.code).toBe('UNAVAILABLE');
      expect(e.message).toBe('Another change is being saved right now; try again in a moment.');
      expect(ran).toBe(false);
      f.releaseElsewhere();
      expect(f.within(() => f.lock.run(2000, () => 'mine'))).toBe('mine');
    });

    it('keeps the outer hold through a nested run', () => {
      const f = make();
      f.within(() => {
        f.lock.run(1000, () => {
          f.lock.run(1000, () => undefined);
          expect(f.heldHere()).toBe(true);
        });
        expect(f.heldHere()).toBe(false);
      });
    });
  });
}
