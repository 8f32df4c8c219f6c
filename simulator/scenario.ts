// `npm start -- --scenario FILE`: the domain as a scenario file (SCENARIOS.md) leaves it, built and run by the scenario
// runner (scripts/scenario/) through the product exactly as `npm run scenario` runs it.
import { readFileSync } from 'node:fs';
import type { World } from '../emulator';
import { runScenario } from '../scripts/scenario/runner';
import { parseScenario, ScenarioError } from '../scripts/scenario/schema';

export interface ScenarioOutcome {
  world: World;
  notes: string[];
}

/** Runs the file's scenario; a bad file throws one line naming the file and the problem. */
export function worldFromScenario(file: string, log: (line: string) => void): ScenarioOutcome {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    (e as Error).message = `cannot read ${file}: ${(e as Error).message}`;
    throw e;
  }
  try {
    const scenario = parseScenario(text);
    const { report, session } = runScenario(scenario, { noReport: true, log });
    const refused = report.steps.filter((s) => !s.ok);
    const notes = [`Scenario ${file}: ${report.steps.length} steps run${refused.length ? `, ${refused.length} refused (${refused.map((s) => `step ${s.index} ${s.do}: ${s.error?.code}`).join('; ')})` : ''}.`];
    return { world: session.world, notes };
  } catch (e) {
    if (e instanceof ScenarioError) e.message = `${file}: ${e.message}`;
    throw e;
  }
}
