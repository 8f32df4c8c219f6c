import { fixture, ok, ALICE, BOB } from './runtime-fixture';

const CODE = `
function put(k, v, s) { CacheService.getScriptCache().put(k, v, s); }
function get(k) { return CacheService.getScriptCache().get(k); }
function putUser(k, v) { CacheService.getUserCache().put(k, v); }
function getUser(k) { return CacheService.getUserCache().get(k); }
function many(o) { var c = CacheService.getScriptCache(); c.putAll(o, 60); return c.getAll(Object.keys(o).concat(['missing'])); }
function drop(keys) { var c = CacheService.getScriptCache(); c.removeAll(keys); return c.getAll(['a', 'b', 'c']); }
function err(k, v) { try { CacheService.getScriptCache().put(k, v); return null; } catch (e) { return e.message; } }
`;

describe('CacheService', () => {
  it('expires an entry after 600 s of virtual time by default', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'put', ['k', 'v']));
    world.clock.advance(599 * 1000);
    expect(ok(rt.run(ALICE, 'get', ['k']))).toBe('v');
    world.clock.advance(2000);
    expect(ok(rt.run(ALICE, 'get', ['k']))).toBeNull();
  });

  it('honours an explicit expiry and clamps it to 6 hours', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'put', ['short', 'v', 5]));
    ok(rt.run(ALICE, 'put', ['long', 'v', 999999]));
    world.clock.advance(6000);
    expect(ok(rt.run(ALICE, 'get', ['short']))).toBeNull();
    world.clock.advance(21600 * 1000 - 7000);
    expect(ok(rt.run(ALICE, 'get', ['long']))).toBe('v');
    world.clock.advance(2000);
    expect(ok(rt.run(ALICE, 'get', ['long']))).toBeNull();
  });

  it('keeps user caches apart and the script cache shared', () => {
    const { rt } = fixture(CODE);
    ok(rt.run(ALICE, 'putUser', ['k', 'a']));
    ok(rt.run(ALICE, 'put', ['s', 'shared']));
    expect(ok(rt.run(BOB, 'getUser', ['k']))).toBeNull();
    expect(ok(rt.run(BOB, 'get', ['s']))).toBe('shared');
  });

  it('puts, gets and removes many entries at once', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'many', [{ a: '1', b: '2', c: '3' }]))).toEqual({ a: '1', b: '2', c: '3' });
    expect(ok(rt.run(ALICE, 'drop', [['a', 'c']]))).toEqual({ b: '2' });
  });

  it('refuses keys over 250 characters and values over 100 KB', () => {
    const { world, rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'err', ['k'.repeat(251), 'v']))).toBe('Argument too large: key');
    expect(ok(rt.run(ALICE, 'err', ['k', 'v'.repeat(100 * 1024 + 1)]))).toBe('Argument too large: value');
    expect(ok(rt.run(ALICE, 'err', ['k'.repeat(250), 'v'.repeat(100 * 1024)]))).toBeNull();
    expect(Object.keys(world.appsScript.scriptCache)).toEqual(['k'.repeat(250)]);
  });

  it('keeps the 900 entries farthest from expiry once more than 1,000 are stored', () => {
    const { world, rt } = fixture(CODE);
    const first: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) first[`old${i}`] = 'v';
    ok(rt.run(ALICE, 'many', [first]));
    world.clock.advance(1000);
    ok(rt.run(ALICE, 'put', ['new', 'v', 60]));
    const keys = Object.keys(world.appsScript.scriptCache);
    expect(keys).toHaveLength(900);
    expect(keys).toContain('new');
  });
});
