// Every catalog has every key of the English one with the same placeholders; every refusal key raised anywhere in
// src/ has a text in every catalog; lookups pick the language, format numbers and fall back to English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGS, LANGS, languageOf, translator } from '../../src/ui/i18n';
import { EN } from '../../src/ui/i18n/en';
import { STATUSES, FIXES } from '../../src/core/status';
import { ROLES } from '../../src/core/role';

const root = join(__dirname, '../..');
const others = LANGS.filter((l) => l !== 'en');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `'error.…'` literal in the code that raises refusals. */
function errorKeysInSources(): string[] {
  const keys = new Set<string>();
  for (const dir of ['src/app', 'src/core', 'src/adapters', 'src/entrypoints']) {
    for (const file of sources(join(root, dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`](error\.[A-Za-z0-9_.]+)['"`]/g)) keys.add(m[1]);
    }
  }
  return [...keys].sort();
}

const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('message catalogs', () => {
  it.each(others)('%s has exactly the English keys, each non-empty', (lang) => {
    const catalog = CATALOGS[lang];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, text] of Object.entries(catalog)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it.each(others)('%s keeps every {placeholder} of the English text', (lang) => {
    const catalog = CATALOGS[lang] as Record<string, string>;
    for (const [key, text] of Object.entries(EN)) {
      expect({ key, placeholders: placeholders(catalog[key]) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('has a text for every refusal key raised in src/app, src/core, src/adapters and src/entrypoints', () => {
    const found = errorKeysInSources();
    expect(found.length).toBeGreaterThan(100);
    for (const lang of LANGS) {
      const missing = found.filter((k) => !Object.prototype.hasOwnProperty.call(CATALOGS[lang], k));
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });

  it('names every status, every fix and every role in every language', () => {
    for (const lang of LANGS) {
      const c = CATALOGS[lang] as Record<string, string>;
      for (const s of STATUSES) {
        expect(c[`status.${s}`]).toBeTruthy();
        expect(c[`status.${s}.explain`]).toContain('{email}');
        for (const f of FIXES[s]) {
          const text = c[`fix.${f.action}`] ?? c[`fix.${f.action}.explain`];
          expect({ lang, fix: f.action, text: typeof text }).toEqual({ lang, fix: f.action, text: 'string' });
          if (f.needsAdmin) expect(c[`fix.${f.action}.ask`]).toContain('{admin}');
        }
      }
      for (const r of ROLES) expect(c[`role.${r}`]).toBeTruthy();
    }
  });

  it('pairs every plural form: x.one with x.other', () => {
    const keys = Object.keys(EN);
    for (const k of keys.filter((k) => k.endsWith('.one'))) expect(keys).toContain(k.replace(/\.one$/, '.other'));
    for (const k of keys.filter((k) => k.endsWith('.other'))) expect(keys).toContain(k.replace(/\.other$/, '.one'));
  });
});

describe('translator', () => {
  it('picks the language part of a locale and falls back to English', () => {
    expect(languageOf('it-IT')).toBe('it');
    expect(languageOf('nl_BE')).toBe('nl');
    expect(languageOf('DE')).toBe('de');
    expect(languageOf('pt-BR')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
    expect(translator('pt-BR')('home.myLabels')).toBe('My labels');
  });

  it('fills parameters and writes numbers with the language\'s separators', () => {
    expect(translator('it')('home.subtitle', { user: 'a@b.it' })).toBe('Accesso come a@b.it');
    expect(translator('de').plural('count.contacts', 1234)).toBe('1.234 Kontakte');
    expect(translator('en').plural('count.contacts', 1234)).toBe('1,234 contacts');
    expect(translator('nl').plural('count.contacts', 1)).toBe('1 contact');
  });

  it('shows a refusal by its key in the user\'s language, with role names translated', () => {
    const t = translator('de');
    const err = { key: 'error.role.cannotAdd', message: 'Your role on this label (viewer) does not allow adding contacts; …', params: { role: 'viewer' } };
    expect(t.error(err)).toBe('Ihre Rolle in diesem Label (Betrachter) erlaubt kein Hinzufügen von Kontakten; bitten Sie den Eigentümer um Bearbeiterzugriff.');
    expect(translator('it').error({ key: 'error.invitation.tooSoon', message: '', params: { email: 'e@x.org', minutes: 5 } })).toContain('meno di 5 minuti');
  });

  it('shows the English message of a refusal whose key no catalog knows', () => {
    expect(translator('nl').error({ key: 'error.brand.new', message: 'Something new went wrong.', params: {} })).toBe('Something new went wrong.');
  });
});
