// The emulated Google: all state, the virtual clock, and the one dispatcher every face (advanced service, REST, HTTP) calls.
import { VirtualClock } from './clock';
import { defaultConfig, type EmulatorConfig } from './config';
import { GoogleApiError } from './errors';
import { Rng } from './rng';
import type { ApiRequest, ApiResponse, MethodHandler, ServiceName } from './types';
import { SERVICES } from './types';
import type { DirectoryState, ExternalAccount } from '../directory/state';
import type { PeopleState } from '../people/state';
import type { SheetsState } from '../sheets/state';
import type { OAuthState } from '../oauth/state';
import type { AppsScriptState } from '../appsscript/state';

export interface ServiceFaults {
  error429?: number;
  error500?: number;
  error503?: number;
  /** Extra virtual latency a call, on top of the configured one. */
  latencyMs?: number;
}

export interface Faults {
  people?: ServiceFaults;
  directory?: ServiceFaults;
  sheets?: ServiceFaults;
  oauth?: ServiceFaults;
  /** The current and every later execution dies after this many API calls in one execution. */
  killAfterCalls?: number;
  seed?: number;
}

export interface CallRecord {
  service: ServiceName;
  methodId: string;
  caller: string;
  via: 'advanced' | 'rest';
  status: number;
  at: number;
}

/** One running Apps Script execution: whose it is and when the platform ends it. */
export interface Execution {
  id: string;
  user: string;
  startedAt: number;
  deadlineAt: number;
  calls: number;
  killAfterCalls?: number;
  /** Set when the platform has ended the execution; every later call throws. */
  killed?: string;
}

/** Thrown into an execution the platform ends (deadline or an injected kill). Code should not catch it; the runtime checks `killed`. */
export class ExecutionKilled extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ExecutionKilled';
  }
}

export type AccountState = 'active' | 'suspended' | 'archived' | 'deleted' | 'banned' | 'unknown';

export interface WorldOptions {
  seed?: number;
  startMs?: number;
  customerId?: string;
  primaryDomain?: string;
  secondaryDomains?: string[];
  config?: Partial<EmulatorConfig>;
}

export type HandlerTable = Record<string, MethodHandler<World>>;

export class World {
  readonly clock: VirtualClock;
  readonly rng: Rng;
  config: EmulatorConfig;
  directory: DirectoryState;
  externals: Record<string, ExternalAccount> = {};
  people: PeopleState = { accounts: {} };
  sheets: SheetsState = { spreadsheets: {} };
  oauth: OAuthState = { keys: {}, dwdClients: {}, tokens: {} };
  appsScript: AppsScriptState = {
    scriptProperties: {},
    userProperties: {},
    scriptCache: {},
    userCache: {},
    triggers: [],
    outbox: [],
    logs: [],
    scriptLockHolder: null,
    userSettings: {},
  };
  faults: Faults = {};
  private faultRng: Rng;
  calls: CallRecord[] = [];
  execution: Execution | null = null;
  /** Requests per (service, user, minute, read|write), for per-minute quotas. */
  private quotaWindows = new Map<string, number>();
  /** Optional schema check of request and response bodies (installed by the validation module in tests). */
  validator: ((req: ApiRequest, res: ApiResponse) => void) | null = null;

  constructor(
    private readonly handlers: HandlerTable,
    opts: WorldOptions = {},
  ) {
    this.clock = new VirtualClock(opts.startMs);
    this.rng = new Rng(opts.seed ?? 1);
    this.faultRng = new Rng(opts.seed ?? 1);
    this.config = { ...defaultConfig(), ...opts.config };
    this.directory = {
      customerId: opts.customerId ?? 'C0' + this.rng.id(7),
      primaryDomain: (opts.primaryDomain ?? 'example.com').toLowerCase(),
      secondaryDomains: (opts.secondaryDomains ?? []).map((d) => d.toLowerCase()),
      users: {},
      groups: {},
    };
  }

  // ---- accounts -------------------------------------------------------------------------------------------

  isDomainEmail(email: string): boolean {
    const domain = email.toLowerCase().split('@')[1] ?? '';
    return domain === this.directory.primaryDomain || this.directory.secondaryDomains.includes(domain);
  }

  /** What Google knows of an account, domain user or external. */
  accountState(email: string): AccountState {
    const key = email.toLowerCase();
    const u = this.directory.users[key];
    if (u) {
      if (u.deleted) return 'deleted';
      if (u.banned) return 'banned';
      if (u.suspended) return 'suspended';
      if (u.archived) return 'archived';
      return 'active';
    }
    const x = this.externals[key];
    if (x) return x.deleted ? 'deleted' : x.banned ? 'banned' : 'active';
    return 'unknown';
  }

  contactLimit(email: string): number {
    const key = email.toLowerCase();
    return (
      this.directory.users[key]?.contactLimit ?? this.externals[key]?.contactLimit ?? this.config.defaultContactLimit
    );
  }

  // ---- faults ---------------------------------------------------------------------------------------------

  setFaults(faults: Faults): void {
    this.faults = faults;
    if (faults.seed !== undefined) this.faultRng = new Rng(faults.seed);
    if (this.execution) this.execution.killAfterCalls = faults.killAfterCalls;
  }

  // ---- the dispatcher -------------------------------------------------------------------------------------

  /** Runs one API call: execution checks, counting, latency, faults, quota, then the method's handler. */
  call(req: ApiRequest): ApiResponse {
    const ex = this.execution;
    if (ex) {
      if (ex.killed) throw new ExecutionKilled(ex.killed);
      if (ex.killAfterCalls !== undefined && ex.calls >= ex.killAfterCalls) {
        ex.killed = `killed after ${ex.calls} API calls (fault injection)`;
        throw new ExecutionKilled(ex.killed);
      }
      ex.calls++;
    }
    const service = req.service;
    const faults = this.faults[service] ?? {};
    this.clock.advance(
      (this.config.methodLatencyMs[req.methodId] ?? this.config.latencyMs[service]) + (faults.latencyMs ?? 0),
    );
    if (ex && this.clock.now() > ex.deadlineAt) {
      ex.killed = 'Exceeded maximum execution time';
      throw new ExecutionKilled(ex.killed);
    }
    let res: ApiResponse;
    try {
      this.injectFault(faults);
      this.checkQuota(req);
      const handler = this.handlers[req.methodId];
      if (!handler) throw new GoogleApiError(501, `Method ${req.methodId} is not implemented by the emulator.`);
      const body = handler(this, req);
      res = { status: 200, body: body ?? {} };
    } catch (e) {
      if (!(e instanceof GoogleApiError)) throw e;
      res = { status: e.code, body: e.toBody() };
    }
    this.calls.push({
      service,
      methodId: req.methodId,
      caller: req.caller.email,
      via: req.via,
      status: res.status,
      at: this.clock.now(),
    });
    if (this.validator) this.validator(req, res);
    return res;
  }

  private injectFault(f: ServiceFaults): void {
    const r = this.faultRng.next();
    const p429 = f.error429 ?? 0;
    const p500 = f.error500 ?? 0;
    const p503 = f.error503 ?? 0;
    if (r < p429) throw new GoogleApiError(429, 'Quota exceeded (injected fault).', { status: 'RESOURCE_EXHAUSTED' });
    if (r < p429 + p500) throw new GoogleApiError(500, 'Internal error encountered (injected fault).');
    if (r < p429 + p500 + p503) throw new GoogleApiError(503, 'The service is currently unavailable (injected fault).');
  }

  private checkQuota(req: ApiRequest): void {
    const q = this.config.quotas[req.service];
    const write = !/\.(get|list|batchGet|getBatchGet|search\w*)$/.test(req.methodId);
    const limit = write ? q.writesPerMinutePerUser : q.readsPerMinutePerUser;
    if (!Number.isFinite(limit)) return;
    const minute = Math.floor(this.clock.now() / 60000);
    const key = `${req.service}|${req.caller.email.toLowerCase()}|${minute}|${write ? 'w' : 'r'}`;
    const used = (this.quotaWindows.get(key) ?? 0) + 1;
    this.quotaWindows.set(key, used);
    if (used > limit) {
      throw new GoogleApiError(
        429,
        `Quota exceeded for quota metric '${write ? 'Write' : 'Read'} requests' and limit '${write ? 'Write' : 'Read'} requests per minute per user' of service '${req.service === 'directory' ? 'admin' : req.service}.googleapis.com'.`,
        { status: 'RESOURCE_EXHAUSTED' },
      );
    }
  }

  // ---- reporting ------------------------------------------------------------------------------------------

  /** Calls per service and per method id since `since` (an index into `calls`). */
  callCounts(since = 0): Record<ServiceName, { calls: number; byMethod: Record<string, number> }> {
    const out = Object.fromEntries(SERVICES.map((s) => [s, { calls: 0, byMethod: {} as Record<string, number> }]));
    for (const c of this.calls.slice(since)) {
      const s = out[c.service];
      s.calls++;
      s.byMethod[c.methodId] = (s.byMethod[c.methodId] ?? 0) + 1;
    }
    return out as Record<ServiceName, { calls: number; byMethod: Record<string, number> }>;
  }
}
