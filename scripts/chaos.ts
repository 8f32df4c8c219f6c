// `npm run chaos -- --seeds N [--from S] [--workers W] [--out DIR] [--no-build]`: the chaos suite (issue 5, item 7;
// docs/chaos.md). `--seed S` runs one seed and prints what it did; `--replay FILE` checks the invariants on a scenario
// file. A failing seed is printed with a shrunk scenario file that reproduces it (`npm run scenario -- FILE`).
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from './build';
import { generate, type RawScenario } from './chaos/generate';
import { checkScenario, checkSeed, type SeedOutcome } from './chaos/seed';
import { failureOf, shrink } from './chaos/shrink';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
};
const log = (line: string) => process.stderr.write(line + '\n');

/** A worker: takes seed batches from the parent, answers with each seed's outcome. */
function worker(): void {
  process.on('disconnect', () => process.exit(0));
  process.on('message', (msg: { seeds?: number[]; done?: boolean }) => {
    if (msg.done) process.exit(0);
    for (const seed of msg.seeds ?? []) process.send!({ outcome: checkSeed(seed) });
    process.send!({ ready: true });
  });
  process.send!({ ready: true });
}

function runSeeds(from: number, count: number, workers: number): Promise<SeedOutcome[]> {
  const queue = Array.from({ length: count }, (_, i) => from + i);
  const outcomes: SeedOutcome[] = [];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let live = workers;
    for (let w = 0; w < workers; w++) {
      const child = fork(__filename, ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      child.on('message', (msg: { ready?: boolean; outcome?: SeedOutcome }) => {
        if (msg.outcome) {
          outcomes.push(msg.outcome);
          const o = msg.outcome;
          if (o.crash || o.violations.length > 0)
            log(`seed ${o.seed} FAILED: ${o.crash ? o.crash.split('\n')[0] : o.violations[0].detail}`);
          if (outcomes.length % 100 === 0)
            log(`${outcomes.length}/${count} seeds, ${((Date.now() - started) / 1000).toFixed(0)} s`);
        }
        if (msg.ready && child.connected) {
          const seeds = queue.splice(0, 5);
          child.send(seeds.length > 0 ? { seeds } : { done: true });
        }
      });
      child.on('exit', (code) => {
        if (code !== 0) {
          queue.length = 0;
          reject(new Error(`a chaos worker exited with ${code}`));
        } else if (--live === 0) resolve(outcomes.sort((a, b) => a.seed - b.seed));
      });
      child.on('error', () => undefined);
    }
  });
}

/** Shrinks a failing scenario and writes it where `npm run scenario` can replay it; returns the file. */
function writeRepro(raw: RawScenario, seed: number, outDir: string): string {
  const target = failureOf(raw);
  const minimal = target ? shrink(raw, target).scenario : raw;
  const result = checkScenario(minimal);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `chaos-seed-${seed}.json`);
  const note = {
    _chaos: {
      seed,
      broken: result.crash ? ['crash'] : result.violations.map((v) => `${v.invariant}: ${v.detail}`),
    },
  };
  writeFileSync(file, JSON.stringify({ ...note, ...minimal }, null, 2) + '\n');
  return file;
}

async function main(): Promise<number> {
  if (flag('worker')) {
    worker();
    return -1;
  }
  if (!flag('no-build')) await buildBundle();
  const outDir = option('out') ?? join(__dirname, '..', 'test-results', 'chaos');

  const replay = option('replay');
  if (replay) {
    const r = checkScenario(JSON.parse(readFileSync(replay, 'utf8')) as RawScenario, { log });
    if (r.crash) log(r.crash);
    for (const v of r.violations) log(`${v.invariant}: ${v.detail}`);
    log(r.crash || r.violations.length ? 'invariants broken' : 'all invariants hold');
    return r.crash || r.violations.length ? 1 : 0;
  }

  const one = option('seed');
  if (one !== undefined) {
    const o = checkSeed(Number(one), { log });
    for (const v of o.violations) log(`${v.invariant}: ${v.detail}`);
    if (o.crash) log(o.crash);
    if (!o.crash && o.violations.length === 0) {
      log(`seed ${o.seed}: all invariants hold (${o.steps} steps, ${o.ms} ms)`);
      return 0;
    }
    log(`seed ${o.seed} failed; minimal scenario: ${writeRepro(generate(o.seed), o.seed, outDir)}`);
    return 1;
  }

  const count = Number(option('seeds') ?? 200);
  const from = Number(option('from') ?? 1);
  const workers = Math.max(1, Math.min(Number(option('workers') ?? cpus().length), count));
  const started = Date.now();
  const outcomes = await runSeeds(from, count, workers);
  const failed = outcomes.filter((o) => o.crash || o.violations.length > 0);
  const seconds = (Date.now() - started) / 1000;
  log(
    `${outcomes.length} seeds (${from}..${from + count - 1}) in ${seconds.toFixed(1)} s on ${workers} workers: ${failed.length} failed`,
  );
  for (const o of failed.slice(0, Number(option('shrink') ?? 3))) {
    log(`seed ${o.seed}: shrinking ...`);
    log(
      `seed ${o.seed}: minimal scenario ${writeRepro(generate(o.seed), o.seed, outDir)} (replay: npm run scenario -- FILE, or npm run chaos -- --replay FILE)`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
