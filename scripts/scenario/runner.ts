// Runs a scenario end to end through the deployed bundle over the emulator, and reports (shared/SCENARIOS.md).
import type { World } from '../../emulator';
import type { AppsScriptRuntime } from '../../emulator/appsscript/runtime';
import { buildWorld, newRuntime, setUpProduct } from './domain';
import { buildReport, type Report } from './report';
import type { Scenario } from './schema';
import type { Session } from './session';
import { runStep, type StepResult } from './steps';

export interface ScenarioRun {
  report: Report;
  session: Session;
}

export interface RunOptions {
  log?: (line: string) => void;
  /** Skip the report (the simulator and the benchmark read the world themselves). */
  noReport?: boolean;
  /** Called after each step, e.g. to check invariants. */
  afterStep?: (session: Session, result: StepResult, index: number) => void;
}

/** Builds the domain, sets the product up, runs every step; a refused command is data in the report, not a failure. */
export function runScenario(s: Scenario, opts: RunOptions = {}): ScenarioRun {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const { world, own } = buildWorld(s);
  const runtime = newRuntime(world);
  const session: Session = { world, runtime, labels: new Map(), masters: new Map(), own, runs: 0, log };
  setUpProduct(session, s);
  const apiSince = world.calls.length;
  const steps: StepResult[] = [];
  s.steps.forEach((step, i) => {
    const r = runStep(session, step, i);
    steps.push(r);
    if (!r.ok) log(`step ${i} (${step.do}) refused: ${r.error?.code} ${r.error?.message}`);
    opts.afterStep?.(session, r, i);
  });
  const report = opts.noReport ? ({ steps } as Report) : buildReport(session, s, steps, apiSince);
  return { report, session };
}

export type { Session, World, AppsScriptRuntime };
