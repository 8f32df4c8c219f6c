// The `/_emulator/*` endpoints tests and tools use to inspect and steer the served world; not part of any Google API.
import type { Faults, World } from '../core/world';
import type { ApiResponse } from '../core/types';
import { GoogleApiError, badRequest } from '../core/errors';

/** The JSON-serialisable state slices a reset restores. The clock is left alone: it never goes back. */
const SLICES = ['directory', 'externals', 'people', 'sheets', 'oauth', 'appsScript'] as const;

export type WorldSnapshot = string;

export function snapshotWorld(world: World): WorldSnapshot {
  return JSON.stringify(Object.fromEntries(SLICES.map((k) => [k, world[k]])));
}

/** Puts the state slices back as they were at `snap`, forgets recorded calls, faults and any execution. */
export function restoreWorld(world: World, snap: WorldSnapshot): void {
  const saved = JSON.parse(snap) as Pick<World, (typeof SLICES)[number]>;
  world.directory = saved.directory;
  world.externals = saved.externals;
  world.people = saved.people;
  world.sheets = saved.sheets;
  world.oauth = saved.oauth;
  world.appsScript = saved.appsScript;
  world.calls = [];
  world.execution = null;
  world.setFaults({});
}

/** Counts of everything, cheap enough to poll: calls by service and method, accounts, contacts, spreadsheets. */
export function stateSummary(world: World): Record<string, unknown> {
  const contacts = Object.fromEntries(
    Object.entries(world.people.accounts).map(([email, acct]) => [
      email,
      {
        contacts: Object.values(acct.persons ?? {}).filter((p) => !p.deleted).length,
        groups: Object.values(acct.groups ?? {}).filter((g) => !g.deleted).length,
      },
    ]),
  );
  return {
    now: world.clock.iso(),
    calls: world.calls.length,
    counts: world.callCounts(),
    directory: {
      customerId: world.directory.customerId,
      primaryDomain: world.directory.primaryDomain,
      users: Object.keys(world.directory.users).length,
      groups: Object.keys(world.directory.groups).length,
      externals: Object.keys(world.externals).length,
    },
    people: contacts,
    sheets: { spreadsheets: Object.keys(world.sheets.spreadsheets).length },
    oauth: { keys: Object.keys(world.oauth.keys).length, tokens: Object.keys(world.oauth.tokens).length },
    faults: world.faults,
  };
}

const asObject = (body: unknown): Record<string, unknown> => {
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('Expected a JSON object body.');
  return body as Record<string, unknown>;
};

/**
 * GET state, GET calls?since=N, POST reset, POST faults (a `Faults` object), POST clock `{advanceMs}`.
 * `snap` is the state the server started with, which reset restores.
 */
export function handleControl(
  world: World,
  snap: WorldSnapshot,
  method: string,
  path: string,
  body: unknown,
): ApiResponse {
  const [route, query = ''] = path.split('?');
  const key = `${method} ${route}`;
  switch (key) {
    case 'GET /_emulator/state':
      return { status: 200, body: stateSummary(world) };
    case 'GET /_emulator/calls': {
      const since = Number(new URLSearchParams(query).get('since') ?? 0) || 0;
      return { status: 200, body: { calls: world.calls.slice(since) } };
    }
    case 'POST /_emulator/reset':
      restoreWorld(world, snap);
      return { status: 200, body: stateSummary(world) };
    case 'POST /_emulator/faults':
      world.setFaults(asObject(body) as Faults);
      return { status: 200, body: { faults: world.faults } };
    case 'POST /_emulator/clock': {
      const ms = asObject(body).advanceMs;
      if (typeof ms !== 'number' || !(ms >= 0)) throw badRequest('advanceMs must be a number >= 0.');
      world.clock.advance(ms);
      return { status: 200, body: { now: world.clock.iso() } };
    }
    default:
      throw new GoogleApiError(404, `No emulator control endpoint ${key}.`);
  }
}
