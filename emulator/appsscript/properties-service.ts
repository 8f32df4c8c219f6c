// PropertiesService: script properties shared by every user, user properties per account, strings only.
// Limits: 9 KB a value, 500 KB a store ([C] https://developers.google.com/apps-script/guides/services/quotas);
// keys count toward the store ([S] https://gist.github.com/tanaikech/8b057d10fb5f2af014794e57b021c6aa).
import type { ScriptHost } from './host';
import { utf8Length } from './host';

const TOO_LARGE = 'Argument too large: value';
const STORE_FULL = 'You have exceeded the property storage quota. Please remove some properties and try again.';

/** Apps Script stores every value as a string. */
const asString = (v: unknown) => String(v);

/** `storeOf(true)` creates the store on a write; reads leave world state as it was. */
function makeStore(host: ScriptHost, storeOf: (write?: boolean) => Record<string, string>): Record<string, unknown> {
  const cfg = () => host.world.config;
  const entryBytes = (k: string, v: string) => utf8Length(k) + utf8Length(v);
  const totalBytes = (s: Record<string, string>) => Object.entries(s).reduce((n, [k, v]) => n + entryBytes(k, v), 0);

  const checkValue = (k: string, v: string) => {
    const size = cfg().propertyValueCountsKey ? entryBytes(k, v) : utf8Length(v);
    if (size > cfg().propertyValueMaxBytes) throw host.realm.error(TOO_LARGE);
  };
  const checkStore = (next: Record<string, string>) => {
    if (totalBytes(next) > cfg().propertyStoreMaxBytes) throw host.realm.error(STORE_FULL);
  };
  const key = (k: unknown) => {
    if (k === null || k === undefined) throw host.realm.error('Invalid argument: key');
    return String(k);
  };

  const self: Record<string, unknown> = {
    getProperty: (k: unknown) => {
      const s = storeOf();
      const name = key(k);
      return Object.prototype.hasOwnProperty.call(s, name) ? s[name] : null;
    },
    setProperty: (k: unknown, v: unknown) => {
      const name = key(k);
      const value = asString(v);
      checkValue(name, value);
      const s = storeOf(true);
      checkStore({ ...s, [name]: value });
      s[name] = value;
      return self;
    },
    getProperties: () => ({ ...storeOf() }),
    getKeys: () => Object.keys(storeOf()),
    setProperties: (props: unknown, deleteAllOthers?: unknown) => {
      if (props === null || typeof props !== 'object') throw host.realm.error('Invalid argument: properties');
      const entries = Object.entries(props as Record<string, unknown>).map(([k, v]) => [k, asString(v)] as const);
      for (const [k, v] of entries) checkValue(k, v);
      const s = storeOf(true);
      const next: Record<string, string> = deleteAllOthers === true ? {} : { ...s };
      for (const [k, v] of entries) next[k] = v;
      checkStore(next);
      for (const k of Object.keys(s)) delete s[k];
      Object.assign(s, next);
      return self;
    },
    deleteProperty: (k: unknown) => {
      delete storeOf()[key(k)];
      return self;
    },
    deleteAllProperties: () => {
      const s = storeOf();
      for (const k of Object.keys(s)) delete s[k];
      return self;
    },
  };
  return self;
}

export function createPropertiesService(host: ScriptHost): Record<string, unknown> {
  const state = () => host.world.appsScript;
  const scriptStore = makeStore(host, () => {
    host.current();
    return state().scriptProperties;
  });
  const userStore = makeStore(host, (write) => {
    const user = host.current().user;
    const all = state().userProperties;
    return write ? (all[user] ??= {}) : (all[user] ?? {});
  });
  return {
    getScriptProperties: () => scriptStore,
    getUserProperties: () => userStore,
    // A Workspace add-on has no bound document: the reference returns null outside a container-bound script.
    getDocumentProperties: () => null,
  };
}
