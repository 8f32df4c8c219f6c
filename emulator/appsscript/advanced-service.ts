// Apps Script's advanced services (People, AdminDirectory) generated from the discovery document, as Apps Script does:
// resources become capitalised properties; a method takes (body?, ...path params in parameterOrder, optionalArgs?).
import { METHODS, type MethodInfo } from '../core/discovery';
import type { ApiRequest, ServiceName } from '../core/types';
import type { World } from '../core/world';

/**
 * The exception Apps Script throws from an advanced service: message
 * `API call to <method id> failed with error: <message>` ([S] google-api-facts.md A, "Quotas and errors"),
 * and `details` carrying Google's error object.
 */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string; errors?: unknown[]; status?: string; details?: unknown[] };

  constructor(methodId: string, body: { error: { code: number; message: string; errors?: unknown[]; status?: string; details?: unknown[] } }) {
    super(`API call to ${methodId} failed with error: ${body.error.message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = body.error;
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function invoker(world: World, m: MethodInfo, userOf: () => string) {
  return (...args: unknown[]) => {
    const a = [...args];
    const body = m.request ? a.shift() : undefined;
    const params: Record<string, unknown> = {};
    for (const p of m.parameterOrder ?? []) {
      const v = a.shift();
      if (v === undefined) throw new Error(`Invalid number of arguments provided. Expected ${(m.parameterOrder ?? []).length + (m.request ? 1 : 0)}-${(m.parameterOrder ?? []).length + (m.request ? 2 : 1)} only`);
      params[p] = v;
    }
    const optional = a.shift();
    if (optional && typeof optional === 'object') Object.assign(params, optional);
    const req: ApiRequest = {
      service: m.service,
      methodId: m.id,
      params,
      body: body === undefined ? undefined : JSON.parse(JSON.stringify(body)),
      caller: { email: userOf(), scopes: null },
      via: 'advanced',
    };
    const res = world.call(req);
    if (res.status >= 400) throw new GoogleJsonResponseException(m.id, res.body as never);
    // Apps Script hands back a fresh object graph; the emulator's state is never shared with the script.
    return JSON.parse(JSON.stringify(res.body ?? {}));
  };
}

/** Builds the advanced-service global (e.g. `People`) for `service`, calling as the account `userOf()` returns. */
export function buildAdvancedService(world: World, service: Exclude<ServiceName, 'oauth'>, userOf: () => string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const m of METHODS.filter((x) => x.service === service)) {
    let node = root;
    for (const r of m.resourcePath) {
      const key = capitalise(r);
      node[key] = node[key] ?? {};
      node = node[key] as Record<string, unknown>;
    }
    // Apps Script names a discovery method `delete` as `remove` (e.g. Drive.Files.remove, People.ContactGroups.remove).
    node[m.name === 'delete' ? 'remove' : m.name] = invoker(world, m, userOf);
  }
  return root;
}
