// `tsx test/e2e/screenshot.ts`: retakes docs/screenshot.png, the README's picture of `npm start` — the demo domain as
// alice sees it with a client's message open (the add-on's contextual card). Run it again whenever the sidebar's screens change.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '../../scripts/build';
import { startSimulator } from '../../simulator/server';
import { findChromium, launchBrowser } from './harness';

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('no Chromium at /usr/bin/chromium or /usr/bin/chromium-headless-shell');
  const root = join(__dirname, '../..');
  const built = await buildBundle();
  const dataDir = mkdtempSync(join(tmpdir(), 'shared-labels-shot-'));
  const server = await startSimulator({
    port: 0,
    dataDir,
    reset: true,
    code: readFileSync(built.file, 'utf8'),
    manifest: JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8')) as Record<string, unknown>,
  });
  const browser = await launchBrowser(chromiumPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 760 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/?user=alice%40example.com&tab=gmail`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('inbox-row').filter({ hasText: 'Preventivo' }).click();
    await page.getByTestId('message-view').waitFor();
    await page.waitForFunction('!document.body.classList.contains("busy")');
    await page.screenshot({ path: join(root, 'docs/screenshot.png') });
    console.log('docs/screenshot.png written');
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
