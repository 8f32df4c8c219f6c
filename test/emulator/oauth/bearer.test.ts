import { createWorld } from '../../../emulator';
import { GoogleApiError } from '../../../emulator/core/errors';
import type { World } from '../../../emulator/core/world';
import { addUser, deleteUser, suspendUser } from '../../../emulator/directory/admin';
import { ALL_SCOPES, requireScope } from '../../../emulator/oauth/scopes';
import { mintScriptToken, resolveBearer } from '../../../emulator/oauth/tokens';

const CONTACTS = 'https://www.googleapis.com/auth/contacts';

function thrown(fn: () => unknown): GoogleApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GoogleApiError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

function seeded(): World {
  const world = createWorld({ seed: 1 });
  addUser(world, { email: 'alice@example.com' });
  return world;
}

describe('resolveBearer', () => {
  it('resolves a script token to its user and scopes', () => {
    const world = seeded();
    const token = mintScriptToken(world, 'Alice@example.com', [CONTACTS]);
    expect(token).toMatch(/^ya29\./);
    expect(resolveBearer(world, `Bearer ${token}`)).toEqual({
      email: 'alice@example.com',
      scopes: [CONTACTS],
    });
    expect(world.oauth.tokens[token]).toMatchObject({
      kind: 'script',
      expiresAt: world.clock.now() + 3599 * 1000,
    });
  });

  it('gives a script token every scope when none are named', () => {
    const world = seeded();
    const caller = resolveBearer(world, `Bearer ${mintScriptToken(world, 'alice@example.com', undefined)}`);
    expect(caller.scopes).toEqual(ALL_SCOPES);
    expect(ALL_SCOPES).toEqual(
      expect.arrayContaining([CONTACTS, 'https://www.googleapis.com/auth/spreadsheets']),
    );
  });

  it('answers 401 UNAUTHENTICATED for a missing, malformed, unknown or expired token', () => {
    const world = seeded();
    const token = mintScriptToken(world, 'alice@example.com', [CONTACTS]);
    const bad = [undefined, '', token, 'Basic abc', 'Bearer ya29.unknown'];
    for (const header of bad) {
      const e = thrown(() => resolveBearer(world, header));
      expect(e.code).toBe(401);
      expect(e.status).toBe('UNAUTHENTICATED');
      expect(e.message).toMatch(
        /^Request had invalid authentication credentials\. Expected OAuth 2 access token/,
      );
    }
    world.clock.advance(3599 * 1000);
    expect(thrown(() => resolveBearer(world, `Bearer ${token}`)).code).toBe(401);
  });

  it('stops honouring tokens of a suspended or deleted user unless configured otherwise', () => {
    const world = seeded();
    const token = mintScriptToken(world, 'alice@example.com', [CONTACTS]);
    suspendUser(world, 'alice@example.com');
    expect(thrown(() => resolveBearer(world, `Bearer ${token}`)).code).toBe(401);
    expect(thrown(() => resolveBearer(world, 'Bearer dev:alice@example.com')).code).toBe(401);
    world.config.tokensDieWithAccount = false;
    expect(resolveBearer(world, `Bearer ${token}`).email).toBe('alice@example.com');
    deleteUser(world, 'alice@example.com');
    world.config.tokensDieWithAccount = true;
    expect(thrown(() => resolveBearer(world, `Bearer ${token}`)).code).toBe(401);
  });

  it('accepts the dev:<email> token as that account with every scope', () => {
    const world = seeded();
    expect(resolveBearer(world, 'Bearer dev:Alice@Example.com')).toEqual({
      email: 'alice@example.com',
      scopes: ALL_SCOPES,
    });
    expect(resolveBearer(world, 'bearer dev:pat@gmail.com').email).toBe('pat@gmail.com');
    expect(thrown(() => resolveBearer(world, 'Bearer dev:not-an-email')).code).toBe(401);
  });
});

describe('requireScope', () => {
  const req = (scopes: string[] | null) => ({
    service: 'people' as const,
    methodId: 'people.people.connections.list',
    params: {},
    caller: { email: 'alice@example.com', scopes },
    via: 'rest' as const,
  });

  it('passes advanced calls and tokens holding one of the method scopes', () => {
    expect(() => requireScope(req(null))).not.toThrow();
    expect(() => requireScope(req([CONTACTS]))).not.toThrow();
  });

  it('throws 403 insufficient scopes otherwise', () => {
    const e = thrown(() => requireScope(req(['https://www.googleapis.com/auth/spreadsheets'])));
    expect(e.code).toBe(403);
    expect(e.message).toBe('Request had insufficient authentication scopes.');
  });
});
