// The product's own setup in the demo domain, through the product's own commands as the scenario runner does it
// (scripts/scenario/): the admin pastes a service-account key, creates the backing spreadsheet and installs the hourly
// sync trigger; then the demo's steps (demo-steps.json) make and share a few labels.
import type { World } from '../emulator';
import type { AppsScriptRuntime } from '../emulator/appsscript/runtime';
import { setUpProduct } from '../scripts/scenario/domain';
import { parseScenario, type Step } from '../scripts/scenario/schema';
import type { Session } from '../scripts/scenario/session';
import { runStep } from '../scripts/scenario/steps';

export interface ProductSeedContext {
  world: World;
  /** The domain admin who sets the product up and owns the sync trigger. */
  admin: string;
  /** Steps in the scenario format of SCENARIOS.md. */
  steps: unknown[];
  log: (line: string) => void;
}

export interface ProductSeedResult {
  done: boolean;
  notes: string[];
}

/** Sets the product up and runs the demo steps through `runtime`, so every change is the product acting, as in production. */
export function seedProduct(runtime: AppsScriptRuntime, ctx: ProductSeedContext): ProductSeedResult {
  const { world } = ctx;
  try {
    const scenario = parseScenario(JSON.stringify({
      domain: world.directory.primaryDomain,
      admin: ctx.admin,
      users: Object.keys(world.directory.users).map((email) => ({ email })),
      steps: ctx.steps,
    }));
    const session: Session = { world, runtime, labels: new Map(), masters: new Map(), own: new Map(), runs: 0, log: ctx.log };
    setUpProduct(session, scenario);
    const refused: string[] = [];
    scenario.steps.forEach((step: Step, i: number) => {
      const r = runStep(session, step, i);
      if (!r.ok) refused.push(`step ${i} (${step.do}): ${r.error?.code} ${r.error?.message}`);
    });
    return { done: true, notes: refused.length ? [`Demo steps refused: ${refused.join('; ')}`] : [] };
  } catch (e) {
    return { done: false, notes: [`Product setup not seeded: ${e instanceof Error ? e.message : String(e)}`] };
  }
}
