// `npm run scenario -- FILE.json`: runs a scenario through the deployed bundle and prints its JSON report on stdout.
// Exit 0 when it ran (refusals are data), 2 with a one-line reason when FILE is not a valid scenario.
import { readFileSync } from 'node:fs';
import { buildBundle } from './build';
import { runScenario } from './scenario/runner';
import { parseScenario, ScenarioError } from './scenario/schema';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run scenario -- FILE.json\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  try {
    const scenario = parseScenario(text);
    await buildBundle();
    const { report } = runScenario(scenario);
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof ScenarioError) {
      process.stderr.write(`${file}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main().then((code) => process.exit(code), (e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
