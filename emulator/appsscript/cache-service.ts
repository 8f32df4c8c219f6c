// CacheService: script and user caches whose entries expire on the virtual clock.
// Limits ([C] https://developers.google.com/apps-script/reference/cache/cache): keys up to 250 characters,
// values up to 100 KB, at most 1,000 items (beyond that the 900 items farthest from expiry are kept);
// default expiry 600 s, longest 21600 s ([?] config `cacheMaxExpirationSeconds`).
import type { ScriptHost } from './host';
import { utf8Length } from './host';

type Store = Record<string, { value: string; expiresAt: number }>;

const MAX_KEY_CHARS = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const MAX_ITEMS = 1000;
const KEPT_ITEMS = 900;
const DEFAULT_EXPIRY_S = 600;

/** `storeOf(true)` creates the store on a write; reads leave world state as it was. */
function makeCache(host: ScriptHost, storeOf: (write?: boolean) => Store): Record<string, unknown> {
  const now = () => host.world.clock.now();
  const key = (k: unknown) => {
    if (k === null || k === undefined) throw host.realm.error('Invalid argument: key');
    const s = String(k);
    if (s.length > MAX_KEY_CHARS) throw host.realm.error('Argument too large: key');
    return s;
  };
  const value = (v: unknown) => {
    const s = String(v);
    if (utf8Length(s) > MAX_VALUE_BYTES) throw host.realm.error('Argument too large: value');
    return s;
  };
  const expiry = (seconds: unknown) => {
    if (seconds === undefined || seconds === null) return DEFAULT_EXPIRY_S;
    const n = Number(seconds);
    if (!Number.isFinite(n) || n < 1) throw host.realm.error('Invalid argument: expirationInSeconds');
    return Math.min(n, host.world.config.cacheMaxExpirationSeconds);
  };
  const live = (s: Store, k: string) => {
    const e = s[k];
    if (!e) return null;
    if (e.expiresAt <= now()) {
      delete s[k];
      return null;
    }
    return e.value;
  };
  const write = (entries: Array<[string, string]>, seconds: number) => {
    const s = storeOf(true);
    const expiresAt = now() + seconds * 1000;
    for (const [k, v] of entries) s[k] = { value: v, expiresAt };
    const keys = Object.keys(s).filter((k) => live(s, k) !== null);
    if (keys.length > MAX_ITEMS) {
      keys.sort((a, b) => s[b].expiresAt - s[a].expiresAt);
      for (const k of keys.slice(KEPT_ITEMS)) delete s[k];
    }
  };

  return {
    get: (k: unknown) => live(storeOf(), key(k)),
    getAll: (keys: unknown) => {
      if (!Array.isArray(keys)) throw host.realm.error('Invalid argument: keys');
      const s = storeOf();
      const out: Record<string, string> = {};
      for (const k of keys.map(key)) {
        const v = live(s, k);
        if (v !== null) out[k] = v;
      }
      return out;
    },
    put: (k: unknown, v: unknown, seconds?: unknown) => {
      write([[key(k), value(v)]], expiry(seconds));
    },
    putAll: (values: unknown, seconds?: unknown) => {
      if (values === null || typeof values !== 'object') throw host.realm.error('Invalid argument: values');
      const entries = Object.entries(values as Record<string, unknown>).map(([k, v]) => [key(k), value(v)] as [string, string]);
      write(entries, expiry(seconds));
    },
    remove: (k: unknown) => {
      delete storeOf()[key(k)];
    },
    removeAll: (keys: unknown) => {
      if (!Array.isArray(keys)) throw host.realm.error('Invalid argument: keys');
      const s = storeOf();
      for (const k of keys.map(key)) delete s[k];
    },
  };
}

export function createCacheService(host: ScriptHost): Record<string, unknown> {
  const state = () => host.world.appsScript;
  const scriptCache = makeCache(host, () => {
    host.current();
    return state().scriptCache;
  });
  const userCache = makeCache(host, (create) => {
    const all = state().userCache;
    const user = host.current().user;
    return create ? (all[user] ??= {}) : (all[user] ?? {});
  });
  return {
    getScriptCache: () => scriptCache,
    getUserCache: () => userCache,
    // No container document in a Workspace add-on, so no document cache (null, as the reference says).
    getDocumentCache: () => null,
  };
}
