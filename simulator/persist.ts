// The local simulator's disk state: the World's plain-data slices as JSON, so a restart opens the same domain.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld, type World } from '../emulator';
import type { Faults } from '../emulator/core/world';

const WORLD_FILE = 'world.json';
const FORMAT = 1;

/** What `world.json` holds: every state slice, the clock and the random state, so ids keep coming out fresh. */
export interface SavedWorld {
  format: number;
  clockMs: number;
  rngState: number;
  faults: Faults;
  directory: World['directory'];
  externals: World['externals'];
  people: World['people'];
  sheets: World['sheets'];
  oauth: World['oauth'];
  appsScript: World['appsScript'];
}

/** Writes beside and renames into place, so a crash mid-write never leaves a half file behind. */
export function writeJsonAtomically(file: string, value: unknown): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function snapshot(world: World): SavedWorld {
  return {
    format: FORMAT,
    clockMs: world.clock.now(),
    rngState: world.rng.seedState,
    faults: world.faults,
    directory: world.directory,
    externals: world.externals,
    people: world.people,
    sheets: world.sheets,
    oauth: world.oauth,
    appsScript: world.appsScript,
  };
}

export function saveWorld(world: World, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeJsonAtomically(join(dir, WORLD_FILE), snapshot(world));
}

/** A World rebuilt from a snapshot: same slices, same virtual time, the random sequence continuing where it stopped. */
export function restore(saved: SavedWorld): World {
  if (saved.format !== FORMAT) throw new Error(`world.json has format ${saved.format}; this simulator reads ${FORMAT}`);
  const world = createWorld({
    seed: saved.rngState,
    startMs: saved.clockMs,
    customerId: saved.directory.customerId,
    primaryDomain: saved.directory.primaryDomain,
    secondaryDomains: saved.directory.secondaryDomains,
  });
  world.directory = saved.directory;
  world.externals = saved.externals;
  world.people = saved.people;
  world.sheets = saved.sheets;
  world.oauth = saved.oauth;
  world.appsScript = saved.appsScript;
  world.setFaults(saved.faults ?? {});
  return world;
}

/** The World saved in `dir`, or null when there is none. */
export function loadWorld(dir: string): World | null {
  const file = join(dir, WORLD_FILE);
  if (!existsSync(file)) return null;
  return restore(readJson(file) as SavedWorld);
}

/** Forgets the saved state (only the simulator's own files, never the whole folder a user pointed us at). */
export function clearSaved(dir: string, files: string[]): void {
  for (const f of [WORLD_FILE, ...files]) rmSync(join(dir, f), { force: true });
}
