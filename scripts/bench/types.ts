// The benchmark's vocabulary: a scenario (set up unmeasured, then measured sync runs), what a measurement holds, and a
// row of the table / of `--json`.
import type { Session } from '../scenario/session';

/** What the measured sync executions cost, from `Session.runStats` and the emulator's call log. */
export interface Measured {
  /** People calls, retries included (every request the emulator answered, 429s too). */
  peopleCalls: number;
  /** People calls that write (create, update, delete, group and membership changes). */
  peopleWrites: number;
  /** `people.people.connections.list` calls. */
  peopleLists: number;
  directoryCalls: number;
  sheetsCalls: number;
  /** Sync trigger executions measured. */
  runs: number;
  /** Virtual milliseconds of the longest single run, and of all of them. */
  longestRunMs: number;
  totalRunMs: number;
  /** Node CPU of the sync executions minus the CPU spent inside the emulator's API dispatcher (see docs/bench.md). */
  cpuMs: number;
  /** People calls by discovery method id. */
  byMethod: Record<string, number>;
  /** The last measured run left nothing pending. */
  idle: boolean;
}

/** A check of a measurement against one of the targets. */
export interface TargetCheck {
  target: string;
  met: boolean;
}

export interface ScenarioResult {
  measured: Measured;
  /** People calls any correct sync must make for what was measured (each scenario defines it; docs/bench.md). */
  peopleLowerBound: number;
  /** People calls of the run after idle: it reads back what the measured runs wrote (sync tokens predate the writes). */
  nextRunPeopleCalls?: number;
  targets: TargetCheck[];
  notes?: string[];
}

/** Fixtures shared between scenarios of one bench process (e.g. b, c, d and e use one 5,000 × 50 domain). */
export interface FixtureCache {
  get<T>(key: string, build: () => T): T;
  /** Drops every fixture (memory: a 5,000 × 50 domain holds 255,000 contacts). */
  clear(): void;
}

export interface BenchScenario {
  /** Short id for `--only` (a, b, ...). */
  id: string;
  title: string;
  /** Sets its domain up (unmeasured; may reuse a fixture), measures the sync runs, states the lower bound. */
  run(fixtures: FixtureCache, log: (line: string) => void): ScenarioResult;
}

/** One row of the table and of `--json`. */
export interface BenchRow {
  scenario: string;
  peopleCalls: number;
  peopleLowerBound: number;
  peopleRatio: number;
  directoryCalls: number;
  sheetsCalls: number;
  runs: number;
  virtualMinutes: { longestRun: number; total: number };
  planCpuMs: number;
  peopleWrites: number;
  nextRunPeopleCalls: number | null;
  targets: TargetCheck[];
}

export type { Session };
