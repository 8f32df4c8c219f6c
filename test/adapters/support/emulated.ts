// Test support for adapters on the emulator: a world that also serves the token endpoint, a Map-backed ConfigStore,
// the world's clock as the Clock port, per-call executions, and a domain set up for domain-wide delegation.
import type { Clock, ConfigStore } from '../../../src/core/ports/infrastructure';
import { DWD_SCOPES } from '../../../src/core/ports/tokens';
import { DwdTokenService } from '../../../src/adapters/dwd-token-service';
import type { AppsScriptRuntime } from '../../../emulator/appsscript/runtime';
import { World, type WorldOptions } from '../../../emulator/core/world';
import { DIRECTORY_HANDLERS } from '../../../emulator/directory/handlers';
import {
  authorizeDwd,
  issueServiceAccountKey,
  type ServiceAccountKeyFile,
} from '../../../emulator/oauth/keys';
import { OAUTH_HANDLERS } from '../../../emulator/oauth/tokens';
import { PEOPLE_HANDLERS } from '../../../emulator/people/handlers';
import { SHEETS_HANDLERS } from '../../../emulator/sheets/handlers';
import { inExecution, type AppsScriptGlobals } from '../../support/apps-script';

/**
 * A fresh World with every service, the token endpoint included (emulator/index.ts's createWorld does not register
 * OAUTH_HANDLERS yet; once it does, this is createWorld).
 */
export function fullWorld(opts: WorldOptions = {}): World {
  return new World(
    { ...PEOPLE_HANDLERS, ...DIRECTORY_HANDLERS, ...SHEETS_HANDLERS, ...OAUTH_HANDLERS },
    { seed: 1, ...opts },
  );
}

/** Script Properties stand-in: the ConfigStore port over a Map (the real adapter is another module's). */
export class MapConfig implements ConfigStore {
  readonly values = new Map<string, string>();
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  set(key: string, value: string): void {
    this.values.set(key, value);
  }
  remove(key: string): void {
    this.values.delete(key);
  }
}

export const worldClock = (world: World): Clock => ({ nowMs: () => world.clock.now() });

/**
 * An object whose every method call runs in its own execution as `user`, on an adapter built afresh by `make` inside
 * that execution (the composition root builds adapters per execution, so per-instance memory never spans two).
 */
export function perExecution<T extends object>(
  rt: AppsScriptRuntime,
  user: string,
  make: (g: AppsScriptGlobals) => T,
): T {
  return new Proxy({} as T, {
    get(_target, prop) {
      return (...args: unknown[]) =>
        inExecution(rt, user, (g) => {
          const obj = make(g) as Record<PropertyKey, unknown>;
          return (obj[prop] as (...a: unknown[]) => unknown).apply(obj, args);
        });
    },
  });
}

/** A service-account key whose client id the Admin console authorised for `scopes` (default: all the add-on needs). */
export function delegatedKey(world: World, scopes: readonly string[] = DWD_SCOPES): ServiceAccountKeyFile {
  const key = issueServiceAccountKey(world);
  authorizeDwd(world, key.client_id, [...scopes]);
  return key;
}

/** The real token service on the sandbox globals, over the script cache. */
export function tokenService(g: AppsScriptGlobals, world: World, config: ConfigStore): DwdTokenService {
  return new DwdTokenService(
    g.UrlFetchApp,
    g.Utilities,
    g.CacheService.getScriptCache(),
    config,
    worldClock(world),
  );
}

/** Token endpoint requests since the world began (or since `since`), and how many minted a token. */
export function tokenCalls(world: World, since = 0): { requests: number; minted: number } {
  const calls = world.calls.slice(since).filter((c) => c.methodId === 'oauth2.token');
  return { requests: calls.length, minted: calls.filter((c) => c.status === 200).length };
}
