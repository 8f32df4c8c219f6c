// ConfigStore over Script Properties (shared by every execution and, for a published add-on, every domain): keys are
// namespaced `sl:<domain>:<key>` and values refused before the property service would refuse them.
import { resourceExhausted } from '../core/errors';
import type { ConfigStore } from '../core/ports/infrastructure';
import { checkValue, normaliseDomain, propertyName } from './config-rules';

type PropertiesService = GoogleAppsScript.Properties.PropertiesService;

export class ScriptPropertiesConfig implements ConfigStore {
  private readonly domain: string;

  constructor(
    private readonly properties: PropertiesService,
    domain: string,
  ) {
    this.domain = normaliseDomain(domain);
  }

  get(key: string): string | null {
    return this.store().getProperty(propertyName(this.domain, key));
  }

  set(key: string, value: string): void {
    const name = propertyName(this.domain, key);
    checkValue(name, key, value);
    try {
      this.store().setProperty(name, value);
    } catch (e) {
      // The 500 KB a script may keep in all, shared with every other domain of a published add-on.
      if (/storage quota/i.test(String((e as Error)?.message ?? e))) {
        throw resourceExhausted(
          'error.config.full',
          "The add-on's settings storage is full; an admin must remove unused settings or contact the add-on's publisher.",
        );
      }
      throw e;
    }
  }

  remove(key: string): void {
    this.store().deleteProperty(propertyName(this.domain, key));
  }

  private store(): GoogleAppsScript.Properties.Properties {
    return this.properties.getScriptProperties();
  }
}
