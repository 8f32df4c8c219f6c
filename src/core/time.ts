// Time enters core only as a parameter (ISO string or epoch ms): core never reads a clock, so tests control time.

export type Timestamp = string | number;

/** Epoch milliseconds; an unparseable timestamp is NaN, which callers treat as "unknown, sort last". */
export function toEpochMs(t: Timestamp): number {
  return typeof t === 'number' ? t : Date.parse(t);
}

/** Ascending order with unknown (NaN) times last, so a corrupt row never jumps the queue. */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  const x = toEpochMs(a);
  const y = toEpochMs(b);
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  return x - y;
}
