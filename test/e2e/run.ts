// `tsx test/e2e/run.ts [--only TEXT]`: builds the add-on, then runs every e2e test in Debian's Chromium against a fresh
// local simulator each; one line per test, a screenshot each under test-results/e2e/, a closing "N passed, N failed"
// line, and test-results/e2e.json = {passed, failed} for CI. Other arguments (npm test passes jest's) are ignored.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBundle } from '../../scripts/build';
import { findChromium, launchBrowser, openSession, type Addon, type E2eTest } from './harness';
import { RENDERER_TESTS } from './renderer.e2e';
import { SHARING_TESTS } from './sharing.e2e';
import { WORKSPACE_TESTS } from './workspace.e2e';

const root = join(__dirname, '../..');
const results = join(root, 'test-results');
const shots = join(results, 'e2e');
const TEST_TIMEOUT_MS = 90000;

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);

function writeSummary(passed: number, failed: number): void {
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'e2e.json'), JSON.stringify({ passed, failed }) + '\n');
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.error('e2e: no Chromium at /usr/bin/chromium or /usr/bin/chromium-headless-shell. Install it: apt-get install -y chromium');
    console.log('0 passed, 1 failed');
    writeSummary(0, 1);
    return 1;
  }
  mkdirSync(shots, { recursive: true });
  const built = await buildBundle();
  const manifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8')) as Record<string, unknown>;
  const addons: Record<'product' | 'fixture', Addon> = {
    product: { code: readFileSync(built.file, 'utf8'), manifest },
    fixture: { code: readFileSync(join(__dirname, 'fixtures/widgets-addon.gs'), 'utf8'), manifest },
  };
  const tests: E2eTest[] = [...WORKSPACE_TESTS, ...RENDERER_TESTS, ...SHARING_TESTS].filter((t) => !only || t.name.includes(only));
  const browser = await launchBrowser(chromiumPath);
  let passed = 0;
  let failed = 0;
  try {
    for (const test of tests) {
      const t0 = Date.now();
      const session = await openSession(browser, addons[test.addon ?? 'product'], test.scenario && join(__dirname, 'fixtures', test.scenario));
      let error: unknown;
      try {
        await withTimeout(test.run(session.ctx), TEST_TIMEOUT_MS, test.name);
      } catch (e) {
        error = e;
      }
      const shot = join(shots, `${slug(test.name)}.png`);
      await session.ctx.page.screenshot({ path: shot }).catch(() => undefined);
      await session.close();
      const ms = Date.now() - t0;
      if (error === undefined) {
        passed++;
        console.log(`  ok    ${test.name} (${ms} ms)`);
      } else {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        console.log(`  FAIL  ${test.name} (${ms} ms)\n        ${message.split('\n')[0]}\n        screenshot: ${shot}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  writeSummary(passed, failed);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    writeSummary(0, 1);
    process.exit(1);
  },
);
