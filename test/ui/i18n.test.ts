// Every catalog has every key of the English one, and lookups fall back sensibly.
import { CATALOGS, languageOf, translator } from '../../src/ui/i18n';
import { EN } from '../../src/ui/i18n/en';

describe('message catalogs', () => {
  it.each(['it', 'nl', 'de'])('%s has exactly the English keys, each non-empty', (lang) => {
    const catalog = CATALOGS[lang];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, text] of Object.entries(catalog)) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it.each(['it', 'nl', 'de'])('%s keeps every {placeholder} of the English text', (lang) => {
    const catalog = CATALOGS[lang] as Record<string, string>;
    for (const [key, text] of Object.entries(EN)) {
      const want = (text.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, placeholders: (catalog[key].match(/\{\w+\}/g) ?? []).sort() }).toEqual({ key, placeholders: want });
    }
  });

  it('picks the language part of a locale and falls back to English', () => {
    expect(languageOf('it-IT')).toBe('it');
    expect(languageOf('nl_BE')).toBe('nl');
    expect(languageOf('pt-BR')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('fills parameters', () => {
    expect(translator('de')('home.contactCount', { count: 3 })).toBe('3 Kontakte');
    expect(translator('it')('home.subtitle', { user: 'a@b.it' })).toBe('Accesso come a@b.it');
  });
});
