// Message lookup: the user's locale picks a catalog (language part of `it-IT` etc.), English is the fallback.
// Numbers in parameters are written with the language's separators; an error is shown by its catalog key.
import { isRole } from '../../core/role';
import { formatNumber, type Lang } from '../format';
import { DE } from './de';
import { EN, type Catalog, type MessageKey } from './en';
import { IT } from './it';
import { NL } from './nl';

export type { Catalog, MessageKey } from './en';
export type { Lang } from '../format';

export const LANGS: readonly Lang[] = ['en', 'it', 'nl', 'de'];

export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en: EN, it: IT, nl: NL, de: DE };

export type Params = Readonly<Record<string, string | number>>;

/** A key `x` such that the catalog has `x.one` and `x.other`. */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.other` ? B : never }[MessageKey];

/** What a refusal carries: a catalog key with parameters, and the English sentence for when no catalog has the key. */
export interface ErrorLike {
  key: string;
  message: string;
  params?: Params;
}

export interface Translate {
  (key: MessageKey, params?: Params): string;
  /** `${base}.one` when count is 1, else `${base}.other`; `count` is passed as a parameter. */
  plural(base: PluralBase, count: number, params?: Params): string;
  /** A refusal in the user's language; the English message when the key is not in the catalogs. */
  error(err: ErrorLike): string;
  readonly lang: Lang;
}

export function languageOf(locale: string | undefined): Lang {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'en';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(EN, key);
}

/** Error parameters that name a role (`role`, `from`, `to`) are shown as the role's name in the user's language. */
const ROLE_PARAMS = new Set(['role', 'from', 'to']);

export function translator(locale: string | undefined): Translate {
  const lang = languageOf(locale);
  const catalog = CATALOGS[lang];
  const fill = (template: string, params: Params) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const v = params[name];
      return typeof v === 'number' ? formatNumber(v, lang) : v;
    });
  const t = ((key: MessageKey, params: Params = {}) => fill(catalog[key] ?? EN[key], params)) as Translate;
  t.plural = (base, count, params = {}) => {
    const key = `${base}.${count === 1 ? 'one' : 'other'}` as MessageKey;
    return t(key, { ...params, count });
  };
  t.error = (err) => {
    if (!isMessageKey(err.key)) return err.message;
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(err.params ?? {})) {
      params[k] = ROLE_PARAMS.has(k) && isRole(v) ? t(`role.${v}` as const) : v;
    }
    return t(err.key, params);
  };
  (t as { lang: Lang }).lang = lang;
  return t;
}
