// Test helpers for the Apps Script runtime: a fresh world and a runtime over a tiny hand-written script.
import { createWorld, type World } from '../../../emulator';
import { AppsScriptRuntime, type Manifest, type RunResult } from '../../../emulator/appsscript/runtime';
import type { EmulatorConfig } from '../../../emulator/core/config';

export const ALICE = 'alice@example.com';
export const BOB = 'bob@example.com';

export interface Fixture {
  world: World;
  rt: AppsScriptRuntime;
}

/** A fresh world (seed 1) and a runtime over `code`. */
export function fixture(code: string, manifest: Manifest = {}, config: Partial<EmulatorConfig> = {}): Fixture {
  const world = createWorld({ seed: 1, config });
  return { world, rt: new AppsScriptRuntime(world, code, manifest) };
}

/** The value of a run that must succeed (fails the test with the script's error otherwise). */
export function ok(r: RunResult): unknown {
  expect({ ok: r.ok, error: r.error?.message, killed: r.killed }).toEqual({ ok: true, error: undefined, killed: undefined });
  return r.value;
}
