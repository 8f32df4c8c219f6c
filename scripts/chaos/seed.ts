// One chaos seed end to end: generate its scenario, run it through the bundle, check the invariants.
import { parseScenario } from '../scenario/schema';
import { reuseGeneratedKeys } from './fast-keys';
import { generate, type RawScenario } from './generate';
import { checkInvariants, type Violation } from './invariants';
import { runChaos, type ChaosOptions } from './run';

export interface SeedOutcome {
  seed: number;
  violations: Violation[];
  /** The run crashed (a bug of the harness or an uncaught product error): reported like a violation. */
  crash?: string;
  ms: number;
  steps: number;
}

/** Runs a scenario (a generated one or a file) and returns what broke; never throws. */
export function checkScenario(
  raw: RawScenario,
  opts: ChaosOptions = {},
): { violations: Violation[]; crash?: string } {
  reuseGeneratedKeys();
  try {
    const run = runChaos(parseScenario(JSON.stringify(raw)), opts);
    return { violations: checkInvariants(run) };
  } catch (e) {
    return { violations: [], crash: (e as Error).stack ?? String(e) };
  }
}

export function checkSeed(seed: number, opts: ChaosOptions = {}): SeedOutcome {
  const started = Date.now();
  let raw: RawScenario;
  try {
    raw = generate(seed);
  } catch (e) {
    return {
      seed,
      violations: [],
      crash: `the generator failed: ${(e as Error).stack ?? String(e)}`,
      ms: Date.now() - started,
      steps: 0,
    };
  }
  const r = checkScenario(raw, opts);
  return { seed, ...r, ms: Date.now() - started, steps: raw.steps.length };
}
