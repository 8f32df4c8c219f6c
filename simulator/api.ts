// The page's JSON API (/api/...): every panel reads and acts through it, and the e2e tests may use it for setup.
import type { Faults } from '../emulator/core/world';
import { accounts, ADMIN_VERBS, adminAction, groups, type AdminVerb } from './admin-console';
import { contactsView, createContact, createGroup, deleteContact, editContact, removeFromGroup } from './google-contacts';
import { snapshot } from './persist';
import { addresses } from './sidebar';
import { LOCALES, type Simulator } from './simulator';

export interface ApiResult {
  status: number;
  body: unknown;
}

type Body = Record<string, unknown>;
type Handler = (sim: Simulator, body: Body, query: URLSearchParams) => unknown;

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const str = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || !v.trim()) throw new ApiError(400, `${what} is required`);
  return v.trim();
};
const opt = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const userOf = (sim: Simulator, v: unknown): string => {
  const user = str(v, 'user').toLowerCase();
  if (sim.world.accountState(user) === 'unknown') throw new ApiError(404, `no account ${user}`);
  return user;
};

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

function listMap(v: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) if (Array.isArray(x)) out[k] = x.filter((s): s is string => typeof s === 'string');
  }
  return out;
}

function numberMap(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'number' && Number.isFinite(x)) out[k] = x;
  return out;
}

function state(sim: Simulator): unknown {
  const w = sim.world;
  return {
    now: w.clock.iso(),
    nowMs: w.clock.now(),
    domain: w.directory.primaryDomain,
    addon: sim.addon,
    locales: LOCALES,
    accounts: accounts(w),
    groups: groups(w),
    faults: w.faults,
    triggers: w.appsScript.triggers.map((t) => ({ owner: t.owner, handler: t.handlerFunction, everyHours: t.everyHours, nextRunAt: new Date(t.nextRunAt).toISOString() })),
    notes: sim.state.notes,
    serviceAccounts: Object.values(w.oauth.keys).map((k) => ({ clientEmail: k.clientEmail, clientId: k.clientId, keyId: k.privateKeyId, revoked: k.revoked, dwdScopes: w.oauth.dwdClients[k.clientId] ?? [] })),
    spreadsheets: Object.values(w.sheets.spreadsheets).map((s) => ({ id: s.spreadsheetId, title: s.title, owner: s.owner, sheets: s.sheets.map((x) => x.title) })),
    lastRunId: sim.state.nextRunId - 1,
  };
}

function faultsOf(body: Body): Faults {
  const f: Faults = {};
  for (const service of ['people', 'directory', 'sheets'] as const) {
    const s = body[service];
    if (!s || typeof s !== 'object') continue;
    const rates = s as Record<string, unknown>;
    const rate = (k: string) => {
      const v = Number(rates[k] ?? 0);
      if (!(v >= 0 && v <= 1)) throw new ApiError(400, `${service}.${k} must be a rate between 0 and 1`);
      return v;
    };
    f[service] = { error429: rate('error429'), error500: rate('error500') };
  }
  if (body.killAfterCalls !== undefined && body.killAfterCalls !== null && body.killAfterCalls !== '') {
    const n = Number(body.killAfterCalls);
    if (!Number.isInteger(n) || n < 0) throw new ApiError(400, 'killAfterCalls must be a whole number');
    f.killAfterCalls = n;
  }
  if (typeof body.seed === 'number') f.seed = body.seed;
  return f;
}

const GET: Record<string, Handler> = {
  '/api/state': (sim) => state(sim),
  '/api/sidebar': (sim, _b, q) => sim.sidebar(userOf(sim, q.get('user'))),
  '/api/gmail/inbox': (sim, _b, q) => ({ messages: sim.inbox(userOf(sim, q.get('user'))) }),
  '/api/gmail/message': (sim, _b, q) => {
    const m = sim.state.messages.find((x) => x.id === q.get('id'));
    if (!m) throw new ApiError(404, `no message ${q.get('id')}`);
    return m;
  },
  '/api/contacts': (sim, _b, q) => contactsView(sim.world, userOf(sim, q.get('user'))),
  '/api/runs': (sim, _b, q) => ({ runs: sim.state.runLog.filter((e) => e.id > Number(q.get('since') ?? 0)) }),
  '/api/world': (sim) => snapshot(sim.world),
};

const POST: Record<string, Handler> = {
  '/api/sidebar/home': (sim, b) => sim.homepage(userOf(sim, b.user)),
  '/api/sidebar/action': (sim, b) =>
    sim.action(userOf(sim, b.user), {
      function: str(b.function, 'function'),
      parameters: stringMap(b.parameters),
      formInputs: listMap(b.formInputs),
      dateInputs: numberMap(b.dateInputs),
    }),
  '/api/sidebar/universal': (sim, b) => sim.universal(userOf(sim, b.user), str(b.label, 'label')),
  '/api/sidebar/back': (sim, b) => sim.back(userOf(sim, b.user)),
  '/api/gmail/open': (sim, b) => sim.openMessage(userOf(sim, b.user), str(b.messageId, 'messageId')),
  '/api/gmail/compose': (sim, b) => {
    const user = userOf(sim, b.user);
    const to = addresses(b.to);
    const m = sim.addMessage({ from: str(b.from, 'from'), to: to.length ? to : [user], cc: addresses(b.cc), subject: opt(b.subject) ?? '' }, undefined, user);
    return { message: m, sidebar: sim.openMessage(user, m.id) };
  },
  '/api/locale': (sim, b) => {
    const user = userOf(sim, b.user);
    sim.setLocale(user, str(b.locale, 'locale'), opt(b.timeZone) || undefined);
    return sim.homepage(user);
  },
  '/api/contacts/edit': (sim, b) => {
    editContact(sim.world, userOf(sim, b.user), str(b.resourceName, 'resourceName'), { givenName: opt(b.givenName), familyName: opt(b.familyName), phone: opt(b.phone) });
    return contactsView(sim.world, userOf(sim, b.user));
  },
  '/api/contacts/delete': (sim, b) => {
    deleteContact(sim.world, userOf(sim, b.user), str(b.resourceName, 'resourceName'));
    return contactsView(sim.world, userOf(sim, b.user));
  },
  '/api/contacts/remove-from-group': (sim, b) => {
    removeFromGroup(sim.world, userOf(sim, b.user), str(b.resourceName, 'resourceName'), str(b.group, 'group'));
    return contactsView(sim.world, userOf(sim, b.user));
  },
  '/api/contacts/create': (sim, b) => {
    const group = opt(b.group);
    createContact(sim.world, userOf(sim, b.user), { givenName: str(b.givenName, 'givenName'), familyName: opt(b.familyName), email: opt(b.email), phone: opt(b.phone), group: group || undefined });
    return contactsView(sim.world, userOf(sim, b.user));
  },
  '/api/contacts/create-group': (sim, b) => {
    createGroup(sim.world, userOf(sim, b.user), str(b.name, 'name'));
    return contactsView(sim.world, userOf(sim, b.user));
  },
  '/api/clock/advance': (sim, b) => {
    const ms = b.ms === undefined ? 3600000 : Number(b.ms);
    if (!(Number.isFinite(ms) && ms >= 0 && ms <= 366 * 24 * 3600000)) throw new ApiError(400, 'ms must be between 0 and a year');
    const runs = sim.advance(ms);
    return { now: sim.world.clock.iso(), runs };
  },
  '/api/faults': (sim, b) => {
    sim.setFaults(faultsOf(b));
    return { faults: sim.world.faults };
  },
};

for (const verb of ADMIN_VERBS) {
  POST[`/api/admin/${verb}`] = (sim, b) => {
    adminAction(sim.world, verb as AdminVerb, b);
    return state(sim);
  };
}

/** Runs one API request; the simulator is saved after every POST that succeeded. */
export function handleApi(sim: Simulator, method: string, path: string, query: URLSearchParams, body: Body): ApiResult {
  const table = method === 'GET' ? GET : method === 'POST' ? POST : {};
  const handler = table[path];
  if (!handler) return { status: 404, body: { error: `no API endpoint ${method} ${path}` } };
  try {
    const out = handler(sim, body, query);
    // Opening a sidebar the first time runs the homepage, which may change state like any POST.
    if (method === 'POST' || path === '/api/sidebar') sim.save();
    return { status: 200, body: out };
  } catch (e) {
    const status = e instanceof ApiError ? e.status : 400;
    return { status, body: { error: e instanceof Error ? e.message : String(e) } };
  }
}
