// Identity port: core never invents ids (no randomness, no clock), it asks an IdSource handed in by the caller.

/**
 * Adapters implement this with `Utilities.getUuid()`; tests and the simulator use a counter.
 * Ids are opaque strings that start with `prefix` (e.g. `lbl_`), so a stray id in a log says what it names.
 */
export interface IdSource {
  newId(prefix: string): string;
}

/** Deterministic ids (`prefix` + 1, 2, …) for tests and the local simulator, where repeatable runs matter. */
export function counterIdSource(start = 1): IdSource {
  let next = start;
  return {
    newId(prefix: string): string {
      const id = `${prefix}${next}`;
      next += 1;
      return id;
    },
  };
}
