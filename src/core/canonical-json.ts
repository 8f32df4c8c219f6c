// One serialisation for "same data": sorted keys, no undefined/empty values, so equality and hashes ignore key order.

/**
 * JSON with object keys sorted and `undefined`, `null`, `''`, empty arrays and empty objects dropped,
 * because a field Google omits and a field we wrote empty mean the same thing to a person.
 */
export function canonicalJson(value: unknown): string {
  const pruned = prune(value);
  return pruned === undefined ? '' : JSON.stringify(pruned);
}

function prune(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const src = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(src).sort()) {
      const v = prune(src[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return value;
}
