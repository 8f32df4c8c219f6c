// The ConfigStore contract (src/core/ports/infrastructure.ts), run against the fake and Script Properties on the emulator.
import type { ConfigStore } from '../../src/core/ports/infrastructure';
import { thrown } from '../support/errors';

export interface ConfigFixture {
  /** A ConfigStore for `domain`; every one made by this fixture shares one property store. */
  config(domain: string): ConfigStore;
  /** The shared property store's raw names and values. */
  raw(): Record<string, string>;
}


export function configContract(name: string, make: () => ConfigFixture): void {
  describe(`ConfigStore contract: ${name}`, () => {
    it('reads null for a setting never written', () => {
      expect(make().config('example.com').get('spreadsheetId')).toBeNull();
    });

    it('keeps, replaces and removes values verbatim', () => {
      const c = make().config('example.com');
      const values = ['1abc', '', '{"type":"service_account","k":"-----BEGIN…"}', 'Ünïcødé 🙂', '=1+2'];
      for (const v of values) {
        c.set('k', v);
        expect(c.get('k')).toBe(v);
      }
      c.remove('k');
      expect(c.get('k')).toBeNull();
      c.remove('k');
      expect(c.get('k')).toBeNull();
    });

    it('namespaces every setting as sl:<domain>:<key>, the domain lower-cased', () => {
      const f = make();
      f.config('Example.COM').set('edition', 'PRO');
      expect(f.raw()).toEqual({ 'sl:example.com:edition': 'PRO' });
      expect(f.config('example.com').get('edition')).toBe('PRO');
    });

    it('lets two domains in one property store see nothing of each other', () => {
      const f = make();
      const a = f.config('a.example');
      const b = f.config('b.example');
      a.set('edition', 'BASIC');
      a.set('seats', '10');
      expect(b.get('edition')).toBeNull();
      b.set('edition', 'ENTERPRISE');
      expect(a.get('edition')).toBe('BASIC');
      b.remove('seats');
      b.remove('edition');
      expect(a.get('seats')).toBe('10');
      expect(a.get('edition')).toBe('BASIC');
      expect(Object.keys(f.raw()).sort()).toEqual(['sl:a.example:edition', 'sl:a.example:seats']);
    });

    it('accepts a value just under 9 KB with its name, and refuses one at 9 KB with INVALID_ARGUMENT, writing nothing', () => {
      const f = make();
      const c = f.config('example.com');
      const name = 'sl:example.com:dwdKey';
      c.set('dwdKey', 'old');
      const fits = 'k'.repeat(9 * 1024 - name.length - 1);
      c.set('dwdKey', fits);
      expect(c.get('dwdKey')).toBe(fits);
      const e = thrown(() => c.set('dwdKey', fits + 'k'));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(e.key).toBe('error.config.tooLarge');
      expect(e.message).not.toContain('kkkk');
      expect(c.get('dwdKey')).toBe(fits);
    });

    it('counts UTF-8 bytes, not characters', () => {
      const c = make().config('example.com');
      const e = thrown(() => c.set('label', '€'.repeat(3100)));
      expect(e.code).toBe('INVALID_ARGUMENT');
      expect(c.get('label')).toBeNull();
    });

    it('refuses a setting without a name', () => {
      const c = make().config('example.com');
      expect(thrown(() => c.set('', 'x')).code).toBe('INVALID_ARGUMENT');
    });
  });
}
