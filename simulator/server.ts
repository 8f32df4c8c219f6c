// The simulator's web server (node:http on 127.0.0.1): the page's static files and its JSON API. Nothing here reaches the network.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { handleApi } from './api';
import { openSimulator, type OpenOptions, type Opened } from './open';
import type { Simulator } from './simulator';

export interface StartOptions extends OpenOptions {
  /** 0 picks a free port (tests always do). Default 8080. */
  port?: number;
  log?: (line: string) => void;
}

export interface RunningSimulator extends Opened {
  url: string;
  close(): Promise<void>;
}

const PUBLIC = join(__dirname, 'public');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_BODY = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendStatic(res: ServerResponse, path: string): void {
  const rel = path === '/' ? 'index.html' : normalize(path.replace(/^\/static\//, '')).replace(/^(\.\.[/\\])+/, '');
  const type = TYPES[extname(rel)];
  if (!type || rel.includes('..')) {
    sendJson(res, 404, { error: `not found: ${path}` });
    return;
  }
  try {
    const data = readFileSync(join(PUBLIC, rel));
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    res.end(data);
  } catch {
    sendJson(res, 404, { error: `not found: ${path}` });
  }
}

async function handle(sim: Simulator, req: IncomingMessage, res: ServerResponse, log?: (line: string) => void): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  if (!url.pathname.startsWith('/api/')) {
    if (method !== 'GET') sendJson(res, 405, { error: 'method not allowed' });
    else sendStatic(res, url.pathname);
    return;
  }
  let body: Record<string, unknown> = {};
  const text = method === 'POST' ? await readBody(req) : '';
  if (text.trim()) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      sendJson(res, 400, { error: 'the request body is not JSON' });
      return;
    }
  }
  const out = handleApi(sim, method, url.pathname, url.searchParams, body);
  log?.(`${method} ${url.pathname} -> ${out.status}`);
  sendJson(res, out.status, out.body);
}

/** Opens the Workspace (saved, demo or scenario) and serves it; resolves once listening. */
export async function startSimulator(opts: StartOptions): Promise<RunningSimulator> {
  const opened = openSimulator(opts);
  const { sim } = opened;
  const server = createServer((req, res) => {
    handle(sim, req, res, opts.log).catch((e: unknown) => sendJson(res, 500, { error: e instanceof Error ? e.message : String(e) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 8080, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    ...opened,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        sim.save();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
