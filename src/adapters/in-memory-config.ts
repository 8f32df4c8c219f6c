// The ConfigStore fake: the same namespace and limit as Script Properties over a plain record, which several fakes
// (one per domain) may share to show that domains see nothing of each other.
import type { ConfigStore } from '../core/ports/infrastructure';
import { checkValue, normaliseDomain, propertyName } from './config-rules';

export class InMemoryConfig implements ConfigStore {
  private readonly domain: string;

  /** @param properties the shared property store (every domain's settings), as Script Properties would hold them. */
  constructor(
    domain = 'example.com',
    readonly properties: Record<string, string> = {},
  ) {
    this.domain = normaliseDomain(domain);
  }

  get(key: string): string | null {
    const name = propertyName(this.domain, key);
    return Object.prototype.hasOwnProperty.call(this.properties, name) ? this.properties[name] : null;
  }

  set(key: string, value: string): void {
    const name = propertyName(this.domain, key);
    checkValue(name, key, value);
    this.properties[name] = value;
  }

  remove(key: string): void {
    delete this.properties[propertyName(this.domain, key)];
  }
}
