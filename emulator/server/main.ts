// `npm run emulator -- --port P [--scenario FILE] [--seed N] [--validate]`: serves the emulated Google APIs until interrupted.
import { parseArgs } from 'node:util';
import { startEmulatorServer } from './http-server';
import { createSeededWorld, DEFAULT_SEED, readSeedFile } from './seed';

const USAGE = 'usage: npm run emulator -- --port P [--scenario FILE] [--seed N] [--validate] [--quiet]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      scenario: { type: 'string' },
      seed: { type: 'string', default: '1' },
      validate: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  const seedNumber = Number(values.seed);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seedNumber)) {
    throw new Error(USAGE);
  }
  const seed = values.scenario ? readSeedFile(values.scenario) : DEFAULT_SEED;
  const world = createSeededWorld(seed, { seed: seedNumber });
  world.config.validateSchemas = values.validate;
  const server = await startEmulatorServer(world, {
    port,
    log: values.quiet ? undefined : (line) => console.log(line),
  });
  const someone = Object.keys(world.directory.users)[0] ?? `user@${seed.domain}`;
  console.log(`Emulated Google APIs on ${server.url} (domain ${seed.domain}, seed ${seedNumber})`);
  console.log(
    `  People ${server.url}/v1/  Directory ${server.url}/admin/directory/v1/  Sheets ${server.url}/v4/  OAuth ${server.url}/token`,
  );
  console.log(
    `  try: curl -H 'Authorization: Bearer dev:${someone}' '${server.url}/v1/people/me/connections?personFields=names'`,
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
