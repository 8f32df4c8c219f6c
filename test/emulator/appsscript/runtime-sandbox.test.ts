import { AppsScriptRuntime } from '../../../emulator/appsscript/runtime';
import { addUser } from '../../../emulator/directory/admin';
import { fixture, ok, ALICE } from './runtime-fixture';

const NODE_GLOBALS = ['require', 'process', 'module', 'exports', 'setTimeout', 'setInterval', 'fetch', 'URL', 'Buffer', 'TextEncoder', '__dirname', 'global'];

describe('AppsScriptRuntime sandbox', () => {
  it('exposes none of Node\'s globals to the script', () => {
    const { rt } = fixture(`function probe(names) { return names.filter(function (n) { return typeof globalThis[n] !== 'undefined'; }); }`);
    expect(ok(rt.run(ALICE, 'probe', [NODE_GLOBALS]))).toEqual([]);
  });

  it('gives the script Apps Script\'s console, whose lines land in the execution log', () => {
    const { world, rt } = fixture(`function f() { console.log('a %s', 1); console.warn('careful'); Logger.log('n=%s', 2); }`);
    const r = rt.run(ALICE, 'f');
    expect(r.logs).toEqual(['a 1', 'WARNING: careful', 'n=2']);
    expect(world.appsScript.logs).toEqual(['a 1', 'WARNING: careful', 'n=2']);
  });

  it('provides every Apps Script global the add-on uses', () => {
    const names = ['People', 'AdminDirectory', 'PropertiesService', 'CacheService', 'LockService', 'Session', 'UrlFetchApp',
      'Utilities', 'ScriptApp', 'MailApp', 'Logger', 'console', 'CardService'];
    const { rt } = fixture(`function probe(names) { return names.filter(function (n) { return typeof globalThis[n] !== 'object'; }); }`);
    expect(ok(rt.run(ALICE, 'probe', [names]))).toEqual([]);
  });

  it('counts no service call while loading a bundle that touches none', () => {
    const { world, rt } = fixture(`var CONFIG = { a: 1 }; function onHomepage() { return CONFIG.a; }`);
    expect(rt.loadServiceCalls).toBe(0);
    expect(world.calls).toEqual([]);
    expect(typeof rt.context.onHomepage).toBe('function');
  });

  it('counts a service touched while the global scope loads', () => {
    const { rt } = fixture(`try { PropertiesService.getScriptProperties(); } catch (e) {} function f() { return 1; }`);
    expect(rt.loadServiceCalls).toBe(1);
    ok(rt.run(ALICE, 'f'));
    expect(rt.loadServiceCalls).toBe(2);
  });

  it('throws service errors made in the sandbox realm, named Exception', () => {
    const { rt } = fixture(`function f() {
      try { CacheService.getScriptCache().put(new Array(300).join('k'), 'v'); }
      catch (e) { return [e instanceof Error, e.name, e.message, String(e)]; } }`);
    expect(ok(rt.run(ALICE, 'f'))).toEqual([true, 'Exception', 'Argument too large: key', 'Exception: Argument too large: key']);
  });

  it('throws an advanced service\'s failure as GoogleJsonResponseException carrying Google\'s error', () => {
    const { world, rt } = fixture(`function f() {
      try { People.ContactGroups.get('contactGroups/nope'); }
      catch (e) { return [e instanceof Error, e.name, e.message.indexOf('API call to people.contactGroups.get failed with error: ') === 0, e.details.code]; } }`);
    addUser(world, { email: ALICE });
    expect(ok(rt.run(ALICE, 'f'))).toEqual([true, 'GoogleJsonResponseException', true, 404]);
  });

  it('hands service results to the script as sandbox arrays and objects', () => {
    const { rt } = fixture(`function f() { var p = PropertiesService.getUserProperties(); p.setProperty('a', 'b');
      return [p.getKeys() instanceof Array, p.getProperties() instanceof Object]; }`);
    expect(ok(rt.run(ALICE, 'f'))).toEqual([true, true]);
  });

  it('deep-clones arguments into the sandbox realm when a function runs', () => {
    const { rt } = fixture(`function f(e) { e.list.push(2); return [e.list instanceof Array, e.list.length]; }`);
    const arg = { list: [1] };
    expect(ok(rt.run(ALICE, 'f', [arg]))).toEqual([true, 2]);
    expect(arg.list).toEqual([1]);
  });

  it('evaluates the script afresh for every execution, as Apps Script does', () => {
    const { rt } = fixture(`var n = 0; function inc() { n++; return n; }`);
    expect([ok(rt.run(ALICE, 'inc')), ok(rt.run(ALICE, 'inc'))]).toEqual([1, 1]);
  });

  it('keeps one global scope when freshContextPerRun is false', () => {
    const { world } = fixture('');
    const rt = new AppsScriptRuntime(world, `var n = 0; function inc() { n++; return n; }`, {}, { freshContextPerRun: false });
    expect([ok(rt.run(ALICE, 'inc')), ok(rt.run(ALICE, 'inc'))]).toEqual([1, 2]);
  });

  it('returns a card as its JSON and records the functions cards name', () => {
    const { rt } = fixture(`function onHomepage() {
      var a = CardService.newAction().setFunctionName('onSave');
      return CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('T'))
        .addSection(CardService.newCardSection().addWidget(CardService.newTextButton().setText('Save').setOnClickAction(a))).build(); }`);
    const card = ok(rt.run(ALICE, 'onHomepage', [], { kind: 'card' })) as { header: { title: string } };
    expect(card.header.title).toBe('T');
    expect([...rt.referencedFunctions]).toEqual(['onSave']);
  });

  it('reads the virtual clock through the script\'s Date', () => {
    const { world, rt } = fixture(`function now() { return [Date.now(), new Date().getTime(), new Date(5).getTime(), new Date() instanceof Date, typeof Date()]; }`);
    world.clock.advance(12345);
    expect(ok(rt.run(ALICE, 'now'))).toEqual([world.clock.now(), world.clock.now(), 5, true, 'string']);
  });

  it('reports a missing function as Apps Script does', () => {
    const { rt } = fixture(`function f() {}`);
    const r = rt.run(ALICE, 'nope');
    expect(r.ok).toBe(false);
    expect(r.error?.message).toBe('Script function not found: nope');
  });

  it('reports what the script threw, with the script\'s stack', () => {
    const { rt } = fixture(`function f() { throw new TypeError('bad'); }`);
    const r = rt.run(ALICE, 'f');
    expect(r).toMatchObject({ ok: false, error: { name: 'TypeError', message: 'bad' } });
    expect(r.error?.stack).toContain('Code.js');
  });

  it('binds the execution to the run\'s user and clears world.execution after', () => {
    const { world, rt } = fixture(`function f() { return Session.getEffectiveUser().getEmail(); }`);
    const r = rt.run('Alice@Example.com', 'f');
    expect(r.value).toBe(ALICE);
    expect(world.execution).toBeNull();
    expect(world.appsScript.executionCount).toBe(1);
  });
});
