// The built build/Code.js, loaded in a bare V8 context with the emulated Apps Script globals, as Apps Script loads it.
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { AppsScriptRuntime } from '../../emulator/appsscript/runtime';
import { addUser } from '../../emulator/directory/admin';
import { createWorld, type World } from '../../emulator';
import { ENTRY_POINT_NAMES } from '../../src/entrypoints/names';
import { harnessRuntime, inExecution, MANIFEST } from '../support/apps-script';
import { manifestFunctions } from '../support/manifest';
import { realisticEvent } from './events';

const code = readFileSync(join(__dirname, '../../build/Code.js'), 'utf8');

/** Names of the script's top-level function declarations: what Apps Script lists as callable. */
function topLevelFunctions(src: string): string[] {
  const ast = parse(src, { ecmaVersion: 2020, sourceType: 'script' }) as unknown as {
    body: Array<{ type: string; id?: { name: string } }>;
  };
  return ast.body.filter((n) => n.type === 'FunctionDeclaration' && n.id).map((n) => n.id!.name);
}

function domain(): World {
  const world = createWorld({ seed: 7 });
  addUser(world, { email: 'admin@example.com', isAdmin: true });
  addUser(world, { email: 'alice@example.com' });
  return world;
}

describe('build/Code.js in a bare V8 context', () => {
  it('loads without touching any service', () => {
    const world = domain();
    const runtime = new AppsScriptRuntime(world, code, MANIFEST);
    expect(runtime.loadServiceCalls).toBe(0);
    expect(world.calls).toEqual([]);
  });

  it('loads even when every Apps Script global throws on first touch', () => {
    const trap = (name: string) =>
      new Proxy({}, { get: () => { throw new Error(`${name} touched at load time`); } });
    const names = ['People', 'AdminDirectory', 'CardService', 'PropertiesService', 'CacheService', 'LockService',
      'Session', 'UrlFetchApp', 'Utilities', 'ScriptApp', 'MailApp', 'Logger'];
    const ctx = vm.createContext(Object.fromEntries(names.map((n) => [n, trap(n)])));
    expect(() => new vm.Script(code).runInContext(ctx)).not.toThrow();
  });

  it('sees none of Node\'s globals', () => {
    const runtime = new AppsScriptRuntime(domain(), code, MANIFEST);
    const probe = vm.runInContext(
      "['require','process','module','exports','setTimeout','setInterval','fetch','URL','Buffer'].filter(function (n) { return typeof globalThis[n] !== 'undefined'; })",
      runtime.context as vm.Context,
    );
    expect(Array.from(probe as string[])).toEqual([]);
  });

  it('declares every entry point as a callable top-level function', () => {
    const declared = topLevelFunctions(code);
    const runtime = new AppsScriptRuntime(domain(), code, MANIFEST);
    for (const name of ENTRY_POINT_NAMES) {
      expect(declared).toContain(name);
      expect(typeof runtime.context[name]).toBe('function');
    }
  });

  it('declares every function the manifest names', () => {
    const declared = topLevelFunctions(code);
    for (const fn of manifestFunctions(MANIFEST)) expect(declared).toContain(fn);
  });

  it('names only existing functions in every card its entry points return', () => {
    const world = domain();
    inExecution(harnessRuntime(world), 'alice@example.com', (g) => g.People.ContactGroups!.create({ contactGroup: { name: 'Clients' } }));
    const runtime = new AppsScriptRuntime(world, code, MANIFEST);
    const declared = new Set(topLevelFunctions(code));
    for (const name of ENTRY_POINT_NAMES) {
      const r = runtime.run('alice@example.com', name, [realisticEvent(name, world, 'alice@example.com')], { kind: 'card' });
      expect({ name, ok: r.ok, error: r.error?.message }).toEqual({ name, ok: true, error: undefined });
    }
    expect(runtime.referencedFunctions.size).toBeGreaterThan(0);
    for (const fn of runtime.referencedFunctions) expect(declared).toContain(fn);
  });

  it('renders the signed-in user\'s labels on the homepage, read through the People service', () => {
    const world = domain();
    inExecution(harnessRuntime(world), 'alice@example.com', (g) => {
      g.People.ContactGroups!.create({ contactGroup: { name: 'Suppliers' } });
      g.People.ContactGroups!.create({ contactGroup: { name: 'Clients' } });
    });
    const runtime = new AppsScriptRuntime(world, code, MANIFEST);
    const r = runtime.run('alice@example.com', 'onHomepage', [realisticEvent('onHomepage', world, 'alice@example.com')], { kind: 'card' });
    expect(r.ok).toBe(true);
    const card = r.value as { header: { subtitle: string }; sections: Array<{ widgets: Array<{ decoratedText?: { text: string } }> }> };
    expect(card.header.subtitle).toBe('Signed in as alice@example.com');
    expect(card.sections[0].widgets.map((w) => w.decoratedText?.text)).toEqual(['Clients', 'Suppliers']);
    expect(world.callCounts().people.byMethod['people.contactGroups.list']).toBe(1);
  });
});
