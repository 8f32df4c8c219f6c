import { fixture, ok, ALICE, BOB } from './runtime-fixture';

const CODE = `
function set(k, v) { PropertiesService.getScriptProperties().setProperty(k, v); }
function setUser(k, v) { PropertiesService.getUserProperties().setProperty(k, v); }
function getUser(k) { return PropertiesService.getUserProperties().getProperty(k); }
function get(k) { return PropertiesService.getScriptProperties().getProperty(k); }
function bulk(o, deleteOthers) { PropertiesService.getScriptProperties().setProperties(o, deleteOthers); return PropertiesService.getScriptProperties().getKeys().sort(); }
function tryErr(fn, a, b) { try { globalThis[fn](a, b); return null; } catch (e) { return e.message; } }
function wipe() { var p = PropertiesService.getScriptProperties(); p.deleteProperty('a'); return p.getProperties(); }
function wipeAll() { PropertiesService.getScriptProperties().deleteAllProperties(); return PropertiesService.getScriptProperties().getKeys(); }
function doc() { return PropertiesService.getDocumentProperties(); }
`;

describe('PropertiesService', () => {
  it('stores script properties as strings shared by every user', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'set', ['n', 42]));
    expect(ok(rt.run(BOB, 'get', ['n']))).toBe('42');
    expect(world.appsScript.scriptProperties).toEqual({ n: '42' });
  });

  it('keeps user properties per account', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'setUser', ['k', 'alice']));
    expect(ok(rt.run(BOB, 'getUser', ['k']))).toBeNull();
    expect(ok(rt.run(ALICE, 'getUser', ['k']))).toBe('alice');
    expect(world.appsScript.userProperties).toEqual({ [ALICE]: { k: 'alice' } });
  });

  it('refuses a value over 9 KB with Apps Script\'s message, counting the key\'s bytes', () => {
    const { world, rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'tryErr', ['set', 'k', 'x'.repeat(9 * 1024 - 1)]))).toBe(null);
    expect(ok(rt.run(ALICE, 'tryErr', ['set', 'kk', 'x'.repeat(9 * 1024 - 1)]))).toBe('Argument too large: value');
    expect(Object.keys(world.appsScript.scriptProperties)).toEqual(['k']);
  });

  it('counts UTF-8 bytes, not characters, toward the value limit', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'tryErr', ['set', 'k', 'é'.repeat(4700)]))).toBe('Argument too large: value');
  });

  it('refuses a write that would take the store past 500 KB and keeps the store unchanged', () => {
    const { world, rt } = fixture(CODE);
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) ok(rt.run(ALICE, 'set', [`k${String(i).padStart(2, '0')}`, chunk]));
    const msg = ok(rt.run(ALICE, 'tryErr', ['set', 'k56', chunk]));
    expect(msg).toBe('You have exceeded the property storage quota. Please remove some properties and try again.');
    expect(Object.keys(world.appsScript.scriptProperties)).toHaveLength(56);
  });

  it('sets many properties at once and deletes the others when asked', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'bulk', [{ a: '1', b: '2' }]))).toEqual(['a', 'b']);
    expect(ok(rt.run(ALICE, 'bulk', [{ c: 3 }]))).toEqual(['a', 'b', 'c']);
    expect(ok(rt.run(ALICE, 'bulk', [{ d: 4 }, true]))).toEqual(['d']);
  });

  it('deletes one property or all of them', () => {
    const { world, rt } = fixture(CODE);
    ok(rt.run(ALICE, 'bulk', [{ a: '1', b: '2' }]));
    expect(ok(rt.run(ALICE, 'wipe'))).toEqual({ b: '2' });
    expect(ok(rt.run(ALICE, 'wipeAll'))).toEqual([]);
    expect(world.appsScript.scriptProperties).toEqual({});
  });

  it('has no document properties in an add-on', () => {
    const { rt } = fixture(CODE);
    expect(ok(rt.run(ALICE, 'doc'))).toBeNull();
  });
});
