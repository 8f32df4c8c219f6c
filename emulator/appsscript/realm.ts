// The bridge between Node and the sandbox realm: values the services hand to the script are rebuilt with the
// sandbox's own Object/Array/Error, so `e instanceof Error` and `x instanceof Array` hold inside the script as in Apps Script.
import * as vm from 'node:vm';

interface Intrinsics {
  Object: ObjectConstructor;
  Array: ArrayConstructor;
  Error: ErrorConstructor;
  JSON: JSON;
}

/** Whether `v` is an object literal or array made on the Node side (not a class instance, not a sandbox value). */
const isHostPlain = (v: object) => {
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === Array.prototype;
};

export class Realm {
  private readonly intrinsics: Intrinsics;
  private readonly guarded = new WeakMap<object, unknown>();

  /** `onCall` runs before every service method the script calls (the runtime counts service use with it). */
  constructor(
    readonly context: vm.Context,
    private readonly onCall: () => void = () => undefined,
  ) {
    this.intrinsics = vm.runInContext('({ Object: Object, Array: Array, Error: Error, JSON: JSON })', context) as Intrinsics;
  }

  /** An error made in the sandbox. Apps Script names service failures `Exception` (String(e) is `Exception: <message>`). */
  error(message: string, name = 'Exception', extra: Record<string, unknown> = {}): Error {
    const e = new this.intrinsics.Error(message);
    Object.defineProperty(e, 'name', { value: name, writable: true, configurable: true, enumerable: false });
    // Only the script's own frames, as Apps Script shows them; the emulator's frames would only mislead.
    const frames = String(e.stack ?? '')
      .split('\n')
      .filter((l) => /^\s+at .*Code\.js:\d+/.test(l));
    e.stack = [`${name}: ${message}`, ...frames].join('\n');
    Object.assign(e, extra);
    return e;
  }

  /** A copy of JSON-plain data made of sandbox objects. */
  json(value: unknown): unknown {
    if (value === undefined) return undefined;
    return this.intrinsics.JSON.parse(JSON.stringify(value));
  }

  /** A sandbox array of signed bytes (Apps Script's Byte[]: -128..127). */
  bytes(data: Uint8Array | number[]): number[] {
    return this.intrinsics.Array.from(data, (b) => ((b & 0xff) << 24) >> 24);
  }

  /**
   * Rebuilds a service's return value in the sandbox: host object literals and arrays become sandbox ones,
   * their functions become guarded methods. Class instances and sandbox values pass through untouched.
   */
  fromHost(value: unknown): unknown {
    if (typeof value === 'function') return this.guard(value as (...args: unknown[]) => unknown);
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Error) return this.convertError(value);
    if (!isHostPlain(value)) return value;
    if (Array.isArray(value)) return this.intrinsics.Array.from(value, (x) => this.fromHost(x));
    const out = new this.intrinsics.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = this.fromHost(v);
    return out;
  }

  /** Wraps a host function for the script: counts the call, converts its result and any host error it throws. */
  guard<F extends (...args: unknown[]) => unknown>(fn: F): F {
    const known = this.guarded.get(fn);
    if (known) return known as F;
    const wrapped = ((...args: unknown[]) => {
      this.onCall();
      let out: unknown;
      try {
        out = fn(...args);
      } catch (e) {
        throw this.convertError(e);
      }
      return this.fromHost(out);
    }) as F;
    Object.defineProperty(wrapped, 'name', { value: fn.name });
    this.guarded.set(fn, wrapped);
    this.guarded.set(wrapped, wrapped);
    return wrapped;
  }

  /** Converts a whole service object (e.g. `PropertiesService`) for installation as a global. */
  expose(service: Record<string, unknown>): Record<string, unknown> {
    return this.fromHost(service) as Record<string, unknown>;
  }

  private convertError(e: unknown): unknown {
    if (!(e instanceof Error)) return e;
    const extra: Record<string, unknown> = {};
    const details = (e as { details?: unknown }).details;
    if (details !== undefined) extra.details = this.json(details);
    const err = this.error(e.message, e.name, extra);
    return err;
  }
}
