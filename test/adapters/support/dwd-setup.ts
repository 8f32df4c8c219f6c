// A domain ready for domain-wide delegation on the emulator, and DwdTokenService runs in executions over it.
import type { DwdTokenService } from '../../../src/adapters/dwd-token-service';
import { DWD_KEY_PROPERTY } from '../../../src/adapters/dwd-token-service';
import type { AppsScriptRuntime } from '../../../emulator/appsscript/runtime';
import type { World } from '../../../emulator/core/world';
import { addUser } from '../../../emulator/directory/admin';
import type { ServiceAccountKeyFile } from '../../../emulator/oauth/keys';
import { harnessRuntime, inExecution, type AppsScriptGlobals } from '../../support/apps-script';
import { delegatedKey, fullWorld, MapConfig, tokenService } from './emulated';

export const ADMIN = 'admin@example.com';
export const ALICE = 'alice@example.com';

export interface DwdSetup {
  world: World;
  rt: AppsScriptRuntime;
  config: MapConfig;
  key: ServiceAccountKeyFile;
  /** Runs `fn` in its own execution as `user` (default the admin) with a fresh DwdTokenService. */
  run<T>(fn: (svc: DwdTokenService, g: AppsScriptGlobals) => T, user?: string): T;
}

/**
 * An admin and Alice, a key whose client id is authorised for `scopes` (default every scope the add-on needs), stored
 * in the config unless `store: false`.
 */
export function dwdSetup(opts: { store?: boolean; scopes?: readonly string[] } = {}): DwdSetup {
  const world = fullWorld();
  addUser(world, { email: ADMIN, isAdmin: true });
  addUser(world, { email: ALICE });
  const key = delegatedKey(world, opts.scopes);
  const config = new MapConfig();
  if (opts.store !== false) config.set(DWD_KEY_PROPERTY, JSON.stringify(key));
  const rt = harnessRuntime(world);
  return {
    world,
    rt,
    config,
    key,
    run: (fn, user = ADMIN) => inExecution(rt, user, (g) => fn(tokenService(g, world, config), g)),
  };
}
