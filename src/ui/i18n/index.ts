// Message lookup: the user's locale picks a catalog (language part of `it-IT` etc.), English is the fallback.
import { EN, type Catalog, type MessageKey } from './en';
import { IT } from './it';
import { NL } from './nl';
import { DE } from './de';

export type { MessageKey } from './en';

export const CATALOGS: Record<string, Catalog> = { en: EN, it: IT, nl: NL, de: DE };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function languageOf(locale: string | undefined): string {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return CATALOGS[lang] ? lang : 'en';
}

export function translator(locale: string | undefined): Translate {
  const catalog = CATALOGS[languageOf(locale)];
  return (key, params = {}) =>
    (catalog[key] ?? EN[key]).replace(/\{(\w+)\}/g, (m, name: string) =>
      params[name] === undefined ? m : String(params[name]),
    );
}
