// Runs the TokenProvider contract over the fake and over DwdTokenService on the emulator's token endpoint.
import { InMemoryTokenProvider } from '../../src/adapters/in-memory-token-provider';
import { DWD_KEY_PROPERTY } from '../../src/adapters/dwd-token-service';
import { addUser, suspendUser } from '../../emulator/directory/admin';
import {
  authorizeDwd,
  issueServiceAccountKey,
  revokeKey,
  type ServiceAccountKeyFile,
} from '../../emulator/oauth/keys';
import { harnessRuntime } from '../support/apps-script';
import { fullWorld, MapConfig, perExecution, tokenCalls, tokenService } from '../adapters/support/emulated';
import { tokensContract, type TokensFixture } from './tokens.contract';

function fake(): TokensFixture {
  let now = Date.UTC(2025, 0, 1);
  const p = new InMemoryTokenProvider({ nowMs: () => now });
  return {
    provider: p,
    configureKey: () => p.configureKey(),
    authorize: (scopes) => p.authorize(scopes),
    addUser: (email) => p.setUser(email, true),
    suspend: (email) => p.setUser(email, false),
    revokeKey: () => p.revokeKey(),
    setOutage: (down) => p.setOutage(down),
    mints: () => p.mints,
    requests: () => p.requests,
    advance: (ms) => {
      now += ms;
    },
  };
}

function emulated(): TokensFixture {
  const world = fullWorld();
  addUser(world, { email: 'admin@example.com', isAdmin: true });
  const config = new MapConfig();
  const rt = harnessRuntime(world);
  let key: ServiceAccountKeyFile | null = null;
  return {
    // A fresh DwdTokenService per call, as the composition root builds one per execution: caching goes through CacheService.
    provider: perExecution(rt, 'admin@example.com', (g) => tokenService(g, world, config)),
    configureKey: () => {
      key = issueServiceAccountKey(world);
      config.set(DWD_KEY_PROPERTY, JSON.stringify(key, null, 2));
    },
    authorize: (scopes) => authorizeDwd(world, (key as ServiceAccountKeyFile).client_id, [...scopes]),
    addUser: (email) => {
      addUser(world, { email });
    },
    suspend: (email) => suspendUser(world, email),
    revokeKey: () => revokeKey(world, (key as ServiceAccountKeyFile).private_key_id),
    setOutage: (down) => world.setFaults(down ? { oauth: { error503: 1 } } : {}),
    mints: () => tokenCalls(world).minted,
    requests: () => tokenCalls(world).requests,
    advance: (ms) => world.clock.advance(ms),
  };
}

describe.each([
  ['InMemoryTokenProvider', fake],
  ['DwdTokenService on the emulator', emulated],
])('TokenProvider contract: %s', (_name, make) => {
  tokensContract(make);
});
