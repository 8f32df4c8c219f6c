// Opens the local Workspace: the saved one in the data folder, or a fresh demo domain, or the domain a scenario leaves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld } from '../emulator';
import type { Manifest } from '../emulator/appsscript/runtime';
import { DEMO_ADMIN, DEMO_MESSAGES, seedDemoDomain } from './demo-domain';
import { seedProduct } from './product-seed';
import { worldFromScenario } from './scenario';
import { emptyState, Simulator } from './simulator';

export interface OpenOptions {
  /** Folder of world.json and simulator.json. */
  dataDir: string;
  /** Start clean, forgetting the saved state. */
  reset?: boolean;
  /** A scenario file (SCENARIOS.md): the domain as it leaves it, replacing any saved state. */
  scenario?: string;
  code: string;
  manifest: Manifest;
  /** Where the scenario runner's and seeding's log lines go (default: nowhere). */
  log?: (line: string) => void;
}

export interface Opened {
  sim: Simulator;
  /** How the state came about: 'saved', 'demo' or 'scenario'. */
  origin: 'saved' | 'demo' | 'scenario';
}

export function openSimulator(o: OpenOptions): Opened {
  if (o.reset || o.scenario) Simulator.clear(o.dataDir);
  else {
    let saved: Simulator | null;
    try {
      saved = Simulator.load(o.dataDir, o.code, o.manifest);
    } catch (e) {
      (e as Error).message = `cannot open the saved state in ${o.dataDir} (${(e as Error).message}); start clean with --reset`;
      throw e;
    }
    if (saved) return { sim: saved, origin: 'saved' };
  }
  const log = o.log ?? (() => undefined);
  if (o.scenario) {
    const { world, notes } = worldFromScenario(o.scenario, log);
    const sim = new Simulator(world, o.code, o.manifest, { ...emptyState(), notes }, o.dataDir);
    sim.save();
    return { sim, origin: 'scenario' };
  }
  const world = createWorld({ seed: 1 });
  seedDemoDomain(world);
  const sim = new Simulator(world, o.code, o.manifest, emptyState(), o.dataDir);
  // Backdated a little each, so the inbox reads like a morning's mail.
  DEMO_MESSAGES.forEach((m, i) => sim.addMessage(m, world.clock.now() - (DEMO_MESSAGES.length - i) * 47 * 60000));
  const steps = (JSON.parse(readFileSync(join(__dirname, 'demo-steps.json'), 'utf8')) as { steps: unknown[] }).steps;
  const product = seedProduct(sim.runtime, { world, admin: DEMO_ADMIN, steps, log });
  sim.state.notes.push(...product.notes);
  sim.save();
  return { sim, origin: 'demo' };
}
