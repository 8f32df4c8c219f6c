// Delta debugging (Zeller's ddmin) over a failing scenario's steps, then over its seeded contacts: the smallest
// scenario that still breaks the same invariant, to replay with `npm run scenario` or `npm run chaos -- --replay`.
import { FINALE, type RawScenario, type RawStep } from './generate';
import { checkScenario } from './seed';
import type { ChaosOptions } from './run';

export interface ShrinkResult {
  scenario: RawScenario;
  /** Scenario runs the shrinking took. */
  tries: number;
}

/** The failure to keep: the first broken invariant and how it broke (e.g. 'convergence/not-idle'), or 'crash'. */
export function failureOf(raw: RawScenario, opts: ChaosOptions = {}): string | null {
  const r = checkScenario(raw, opts);
  if (r.crash) return 'crash';
  const v = r.violations[0];
  return v ? `${v.invariant}/${v.kind}` : null;
}

function ddmin<T>(items: T[], fails: (subset: T[]) => boolean): T[] {
  let current = items;
  let n = 2;
  while (current.length >= 2) {
    const size = Math.ceil(current.length / n);
    const chunks: T[][] = [];
    for (let i = 0; i < current.length; i += size) chunks.push(current.slice(i, i + size));
    let reduced = false;
    for (const c of chunks) {
      if (c.length < current.length && fails(c)) {
        current = c;
        n = 2;
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      for (let i = 0; i < chunks.length && !reduced; i++) {
        const complement = chunks.filter((_, j) => j !== i).flat();
        if (complement.length < current.length && fails(complement)) {
          current = complement;
          n = Math.max(n - 1, 2);
          reduced = true;
        }
      }
    }
    if (!reduced) {
      if (n >= current.length) break;
      n = Math.min(current.length, n * 2);
    }
  }
  return current;
}

/** Shrinks `raw` while it still fails with `target`; stops trying after `maxTries` runs (the result still fails). */
export function shrink(
  raw: RawScenario,
  target: string,
  opts: ChaosOptions & { maxTries?: number } = {},
): ShrinkResult {
  const maxTries = opts.maxTries ?? 400;
  let tries = 0;
  const withSteps = (body: RawStep[], base: RawScenario = raw): RawScenario => ({
    ...base,
    steps: [...body, ...FINALE],
  });
  const fails = (candidate: RawScenario) => {
    if (tries >= maxTries) return false;
    tries++;
    return failureOf(candidate, opts) === target;
  };

  const body = raw.steps.slice(0, raw.steps.length - FINALE.length);
  const steps = ddmin(body, (subset) => fails(withSteps(subset)));
  let best = withSteps(steps);
  for (const account of Object.keys(best.contacts)) {
    const { [account]: _dropped, ...rest } = best.contacts;
    const candidate = { ...best, contacts: rest };
    if (fails(candidate)) best = candidate;
  }
  return { scenario: best, tries };
}
