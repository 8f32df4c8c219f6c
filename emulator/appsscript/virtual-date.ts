// Makes the sandbox's `Date` read the world's virtual clock, so `new Date()` and `Date.now()` in the script agree
// with every timestamp the emulated services hand out and with the execution deadline.
import * as vm from 'node:vm';

const INSTALL = `(function (nowFn) {
  var RealDate = Date;
  function Date_(a, b, c, d, e, f, g) {
    if (!new.target) return new RealDate(nowFn()).toString();
    var args = arguments.length === 0 ? [nowFn()] : Array.prototype.slice.call(arguments);
    return Reflect.construct(RealDate, args, new.target);
  }
  Object.defineProperty(Date_, 'name', { value: 'Date' });
  Object.defineProperty(Date_, 'length', { value: 7 });
  Date_.prototype = RealDate.prototype;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date_, writable: true, configurable: true });
  Date_.now = function now() { return nowFn(); };
  Date_.parse = RealDate.parse;
  Date_.UTC = RealDate.UTC;
  Object.defineProperty(globalThis, 'Date', { value: Date_, writable: true, configurable: true, enumerable: false });
})`;

export function installVirtualDate(ctx: vm.Context, now: () => number): void {
  (vm.runInContext(INSTALL, ctx) as (fn: () => number) => void)(now);
}

/**
 * Makes the sandbox's `Math.random` draw from the world's seeded generator: retry jitter and anything else random in
 * the script replay identically for a seed, which the chaos suite needs to reproduce a failure.
 */
export function installSeededRandom(ctx: vm.Context, next: () => number): void {
  (vm.runInContext('(function (next) { Math.random = function random() { return next(); }; })', ctx) as (fn: () => number) => void)(next);
}
