// `npm run bench [-- --json] [-- --only a,b] [-- --no-build]`: the sync engine's benchmark (issue 5, item 6; docs/bench.md).
// Each scenario sets its domain up unmeasured, then measures only sync trigger executions of the deployed bundle.
import { buildBundle } from './build';
import { BENCH_SCENARIOS } from './bench/registry';
import { formatTable, toRow } from './bench/table';
import type { BenchRow, FixtureCache } from './bench/types';

function fixtureCache(): FixtureCache {
  const store = new Map<string, unknown>();
  return {
    get<T>(key: string, build: () => T): T {
      if (!store.has(key)) store.set(key, build());
      return store.get(key) as T;
    },
    clear: () => store.clear(),
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const onlyValue = onlyArg?.includes('=')
    ? onlyArg.split('=')[1]
    : onlyArg
      ? args[args.indexOf(onlyArg) + 1]
      : undefined;
  const only = onlyValue ? new Set(onlyValue.split(',').map((s) => s.trim())) : null;
  const log = (line: string) => process.stderr.write(line + '\n');

  const all = BENCH_SCENARIOS;
  const chosen = only ? all.filter((s) => only.has(s.id)) : all;
  if (only && chosen.length !== only.size) {
    process.stderr.write(`unknown scenario in --only; known: ${all.map((s) => s.id).join(', ')}\n`);
    return 2;
  }
  if (!args.includes('--no-build')) await buildBundle();

  const fixtures = fixtureCache();
  const rows: BenchRow[] = [];
  for (const s of chosen) {
    const started = Date.now();
    log(`bench: ${s.id}) ${s.title} ...`);
    const row = toRow(s, s.run(fixtures, log));
    rows.push(row);
    log(`bench: ${s.id}) done in ${((Date.now() - started) / 1000).toFixed(1)} s wall`);
  }
  process.stdout.write(json ? JSON.stringify(rows, null, 2) + '\n' : formatTable(rows) + '\n');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
