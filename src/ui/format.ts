// Dates and numbers in the user's language and time zone, without Intl: Apps Script's V8 may ship without full ICU
// data, so each language's pattern is spelled out here and the zone is the event's offset (commonEventObject.timeZone).

export type Lang = 'en' | 'it' | 'nl' | 'de';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  it: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
};

const SEPARATORS: Readonly<Record<Lang, { thousands: string; decimal: string }>> = {
  en: { thousands: ',', decimal: '.' },
  it: { thousands: '.', decimal: ',' },
  nl: { thousands: '.', decimal: ',' },
  de: { thousands: '.', decimal: ',' },
};

export interface Formatter {
  /** An ISO instant as the user's wall-clock date and time; an unreadable value comes back as it was. */
  dateTime(iso: string): string;
  /** A calendar date without time or zone (a birthday): the year may be unknown. */
  day(month: number, day: number, year?: number): string;
  number(n: number): string;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** US English writes month first and a 12-hour clock; every other English locale and the other languages do not. */
function isUsEnglish(locale: string | undefined): boolean {
  const l = (locale ?? 'en').toLowerCase().replace('_', '-');
  return l === 'en' || l === 'en-us';
}

export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const { thousands, decimal } = SEPARATORS[lang];
  const negative = n < 0;
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${negative ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

function dayText(lang: Lang, us: boolean, month: number, day: number, year?: number): string {
  const m = MONTHS[lang][month - 1] ?? String(month);
  if (lang === 'en' && us) return year === undefined ? `${m} ${day}` : `${m} ${day}, ${year}`;
  if (lang === 'de') return year === undefined ? `${day}. ${m}` : `${day}. ${m} ${year}`;
  return year === undefined ? `${day} ${m}` : `${day} ${m} ${year}`;
}

/**
 * `offsetMs` is the user's offset from UTC now (Google sends it in the event); a date on the other side of a
 * daylight-saving change is shown an hour off, which a "last synced" line tolerates.
 */
export function formatDateTime(iso: string, lang: Lang, offsetMs: number, locale?: string): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const d = new Date(ms + offsetMs);
  const us = lang === 'en' && isUsEnglish(locale);
  const date = dayText(lang, us, d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCFullYear());
  const h = d.getUTCHours();
  const min = pad(d.getUTCMinutes());
  if (us) return `${date}, ${h % 12 === 0 ? 12 : h % 12}:${min} ${h < 12 ? 'AM' : 'PM'}`;
  return lang === 'nl' ? `${date} ${pad(h)}:${min}` : `${date}, ${pad(h)}:${min}`;
}

export function formatter(lang: Lang, offsetMs: number, locale?: string): Formatter {
  const us = lang === 'en' && isUsEnglish(locale);
  return {
    dateTime: (iso) => formatDateTime(iso, lang, offsetMs, locale),
    day: (month, day, year) => dayText(lang, us, month, day, year),
    number: (n) => formatNumber(n, lang),
  };
}
