// The e2e harness: a fresh simulator (own temp data folder) and browser context per test, driven through playwright-core
// with Debian's Chromium. Tests see the page and the simulator's JSON API, never its internals.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Manifest } from '../../emulator/appsscript/runtime';
import { startSimulator, type RunningSimulator } from '../../simulator/server';

export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'];

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-quic', '--disable-sync',
];

export function findChromium(): string | null {
  return CHROMIUM_PATHS.find((p) => existsSync(p)) ?? null;
}

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** Which script the simulator runs: the product's build/Code.js, or the widget fixture add-on. */
export interface Addon {
  code: string;
  manifest: Manifest;
}

export interface E2eContext {
  page: Page;
  /** The running simulator's base URL (changes on restart). */
  url: string;
  api<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  /** Stops the server and starts it again on the same data folder (state kept unless `reset`). */
  restart(opts?: { reset?: boolean }): Promise<void>;
}

export interface E2eTest {
  name: string;
  /** Default 'product'. */
  addon?: 'product' | 'fixture';
  /** A scenario file (SCENARIOS.md) to open the domain with, as `npm start -- --scenario FILE`; default the demo. */
  scenario?: string;
  run(ctx: E2eContext): Promise<void>;
}

export interface Session {
  ctx: E2eContext;
  close(): Promise<void>;
}

/** Starts a simulator on port 0 with a fresh data folder and opens a browser context on it. */
export async function openSession(browser: Browser, addon: Addon, scenario?: string): Promise<Session> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shared-labels-e2e-'));
  const start = (reset: boolean, file?: string) => startSimulator({ port: 0, dataDir, reset, scenario: file, code: addon.code, manifest: addon.manifest });
  let server: RunningSimulator = await start(true, scenario);
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Nothing may reach the network: any request off the simulator's host fails at once instead of hanging.
  await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const ctx: E2eContext = {
    page,
    url: server.url,
    async api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      const res = await fetch(ctx.url + path, {
        method,
        headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const data = (await res.json()) as T & { error?: string };
      if (!res.ok) throw new Error(`${method} ${path}: ${data.error ?? res.status}`);
      return data;
    },
    async restart(opts = {}) {
      await server.close();
      server = await start(opts.reset ?? false);
      ctx.url = server.url;
    },
  };
  return {
    ctx,
    async close() {
      await context.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
