// HTTP mode: the emulated Google APIs served over node:http on 127.0.0.1, for the official clients and for people trying the add-on locally.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GoogleApiError, notFound } from '../core/errors';
import type { ApiResponse } from '../core/types';
import { installSchemaValidation, requestBodyProblem } from '../core/schema';
import type { World } from '../core/world';
import { resolveBearer, tokenEndpoint } from '../oauth/tokens';
import { handleControl, snapshotWorld } from './control';
import { parseFields, selectFields } from './partial-response';
import { routeRequest, TOKEN_PATHS, toGoogleUrl } from './routing';

export interface EmulatorServerOptions {
  /** 0 picks a free port (tests always do). */
  port: number;
  /** Called with one line per request (`POST /v1/people:createContact -> 200`). */
  log?: (line: string) => void;
}

export interface EmulatorServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Google caps request bodies well above anything this product sends; 32 MB keeps a runaway client from exhausting memory. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(
          new GoogleApiError(413, 'Request payload size exceeds the limit.', { status: 'INVALID_ARGUMENT' }),
        );
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    // Google's wording for an unparsable body (it appends the parser's position).
    throw new GoogleApiError(400, `Invalid JSON payload received. ${(e as Error).message}`);
  }
}

function parseForm(text: string, contentType: string | undefined): Record<string, string> {
  if ((contentType ?? '').includes('application/json')) {
    const obj = parseJson(text);
    const out: Record<string, string> = {};
    if (obj && typeof obj === 'object') {
      for (const [k, v] of Object.entries(obj as Record<string, unknown>))
        if (typeof v === 'string') out[k] = v;
    }
    return out;
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function send(
  res: ServerResponse,
  out: ApiResponse,
  pretty = true,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(out.body ?? {}, null, pretty ? 2 : undefined);
  res.writeHead(out.status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
  res.end(text + '\n');
}

/** One Google API call: route, authenticate, parse, dispatch through `world.call`, trim to `fields`. */
function apiCall(
  world: World,
  req: IncomingMessage,
  googleUrl: string,
  text: string,
): { out: ApiResponse; pretty: boolean } {
  const httpMethod = req.method ?? 'GET';
  const routed = routeRequest(httpMethod, googleUrl);
  if (!routed)
    throw notFound(`The requested URL ${httpMethod} ${googleUrl} is not a method of the emulated APIs.`);
  const { method, params, system } = routed;
  const pretty = system.prettyPrint !== 'false';
  const header =
    req.headers.authorization ?? (system.access_token ? `Bearer ${system.access_token}` : undefined);
  const caller = resolveBearer(world, header);
  const parsed = method.request ? parseJson(text) : undefined;
  // An empty body on a method that takes one is the empty message, as in Google's JSON mapping.
  const body = method.request ? (parsed ?? {}) : undefined;
  // With validation on, a body Google's parser would refuse is refused here, before the method can change any state.
  const problem = world.validator ? requestBodyProblem(method.id, body) : null;
  if (problem) throw new GoogleApiError(400, problem);
  const fields = system.fields ? parseFields(system.fields) : null;
  const out = world.call({ service: method.service, methodId: method.id, params, body, caller, via: 'rest' });
  if (fields && out.status < 400)
    return { out: { status: out.status, body: selectFields(out.body, fields) }, pretty };
  return { out, pretty };
}

async function handle(
  world: World,
  snap: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<number> {
  const path = req.url ?? '/';
  const method = req.method ?? 'GET';
  try {
    const text = await readBody(req);
    const route = path.split('?')[0];
    if (route.startsWith('/_emulator/')) {
      const out = handleControl(world, snap, method, path, parseJson(text));
      send(res, out);
      return out.status;
    }
    if (TOKEN_PATHS.has(route) && method === 'POST') {
      const out = tokenEndpoint(world, parseForm(text, req.headers['content-type']));
      send(res, out, true, {
        'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
        Pragma: 'no-cache',
      });
      return out.status;
    }
    const googleUrl = toGoogleUrl(req.headers.host, path);
    if (!googleUrl) throw notFound(`The requested URL ${path} was not found on this server.`);
    const { out, pretty } = apiCall(world, req, googleUrl, text);
    send(res, out, pretty);
    return out.status;
  } catch (e) {
    const err =
      e instanceof GoogleApiError
        ? e
        : // A handler bug, a schema violation (`--validate`) or a killed execution: surface it, Google-shaped.
          new GoogleApiError(500, `Emulator failure: ${(e as Error)?.message ?? String(e)}`);
    const headers: Record<string, string> =
      err.code === 401 ? { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/"' } : {};
    if (!res.headersSent) send(res, { status: err.code, body: err.toBody() }, true, headers);
    return err.code;
  }
}

/**
 * Serves `world` on 127.0.0.1:`port`. Requests run one at a time against the world (every handler is synchronous),
 * so concurrent clients see the same serialised history the dispatcher records.
 */
export function startEmulatorServer(world: World, opts: EmulatorServerOptions): Promise<EmulatorServer> {
  if (world.config.validateSchemas && !world.validator) installSchemaValidation(world);
  const snap = snapshotWorld(world);
  const server = createServer((req, res) => {
    void handle(world, snap, req, res).then((status) => opts.log?.(`${req.method} ${req.url} -> ${status}`));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // Keep-alive sockets of clients (gaxios pools them) would hold close() open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
