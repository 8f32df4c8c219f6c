// Runs the ConfigStore contract against InMemoryConfig and ScriptPropertiesConfig over the emulator's Script Properties.
import { createWorld } from '../../emulator';
import { InMemoryConfig } from '../../src/adapters/in-memory-config';
import { ScriptPropertiesConfig } from '../../src/adapters/script-properties-config';
import type { ConfigStore } from '../../src/core/ports/infrastructure';
import { harnessRuntime, inExecution } from '../support/apps-script';
import { configContract, type ConfigFixture } from './config.contract';

const inMemory = (): ConfigFixture => {
  const properties: Record<string, string> = {};
  return { config: (domain) => new InMemoryConfig(domain, properties), raw: () => ({ ...properties }) };
};

const scriptProperties = (): ConfigFixture => {
  const world = createWorld();
  const rt = harnessRuntime(world);
  const user = 'admin@example.com';
  return {
    config: (domain): ConfigStore => {
      const c = inExecution(rt, user, (g) => new ScriptPropertiesConfig(g.PropertiesService, domain));
      return {
        get: (k) => inExecution(rt, user, () => c.get(k)),
        set: (k, v) => inExecution(rt, user, () => c.set(k, v)),
        remove: (k) => inExecution(rt, user, () => c.remove(k)),
      };
    },
    raw: () => ({ ...world.appsScript.scriptProperties }),
  };
};

describe.each([
  ['InMemoryConfig', inMemory],
  ['ScriptPropertiesConfig on the emulator', scriptProperties],
])('%s', (name, make) => {
  configContract(name, make);
});

describe('ScriptPropertiesConfig', () => {
  it('turns a full property store into RESOURCE_EXHAUSTED', () => {
    const world = createWorld();
    world.config.propertyStoreMaxBytes = 200;
    const rt = harnessRuntime(world);
    const e = inExecution(rt, 'admin@example.com', (g) => {
      const c = new ScriptPropertiesConfig(g.PropertiesService, 'example.com');
      try {
        for (let i = 0; i < 10; i++) c.set(`k${i}`, 'x'.repeat(40));
      } catch (err) {
        return err as { code?: string };
      }
      return null;
    });
    expect(e?.code).toBe('RESOURCE_EXHAUSTED');
  });
});

describe('ConfigStore adapters', () => {
  it.each(['', '  ', 'a:b'])('need a domain to namespace by (refuse %j)', (domain) => {
    expect(() => new InMemoryConfig(domain)).toThrow(/not a domain/);
    expect(
      () => new ScriptPropertiesConfig({} as GoogleAppsScript.Properties.PropertiesService, domain),
    ).toThrow(/not a domain/);
  });
});
