// `npm start [-- --port P --scenario FILE --data DIR --reset]`: builds the add-on and serves a local Workspace with it
// running inside (the simulator, simulator/), state kept in DIR (default .data/) across restarts. No network needed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundle } from './build';
import { startSimulator } from '../simulator/server';

const USAGE = 'usage: npm start [-- --port P] [--scenario FILE] [--data DIR] [--reset] [--verbose]';
const root = join(__dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      scenario: { type: 'string' },
      data: { type: 'string' },
      reset: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(USAGE);
  const t0 = Date.now();
  const built = await buildBundle();
  const code = readFileSync(built.file, 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8')) as Record<string, unknown>;
  const dataDir = resolve(values.data ?? join(root, '.data'));
  const running = await startSimulator({
    port,
    dataDir,
    reset: values.reset,
    scenario: values.scenario ? resolve(values.scenario) : undefined,
    code,
    manifest,
    log: values.verbose ? (line) => console.log(line) : undefined,
  });
  const origin = { saved: `the saved state in ${dataDir}`, demo: 'a fresh demo domain (example.com)', scenario: `scenario ${values.scenario}` }[running.origin];
  console.log(`Shared Labels is running in a local Workspace: ${running.url}`);
  console.log(`  built build/Code.js (${(built.bytes / 1024).toFixed(1)} KiB); opened ${origin}; ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`  state is saved in ${dataDir} (npm start -- --reset starts clean); Ctrl-C stops`);
  for (const note of running.sim.state.notes) console.log(`  note: ${note}`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
