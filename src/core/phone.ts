// Phone numbers: E.164 for comparing, what the user typed for showing. libphonenumber's "min" metadata keeps the bundle small.
import { CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** "it-IT", "en_GB" → "IT", "GB"; a bare language ("it") names no region, so undefined. */
export function regionFromLocale(locale: string | null | undefined): CountryCode | undefined {
  if (!locale) return undefined;
  const parts = locale.split(/[-_]/);
  for (const part of parts.slice(1)) {
    const region = part.toUpperCase();
    if (/^[A-Z]{2}$/.test(region) && isSupportedCountry(region)) return region;
  }
  return undefined;
}

function asCountry(region: string | undefined): CountryCode | undefined {
  if (!region) return undefined;
  const upper = region.toUpperCase();
  return isSupportedCountry(upper) ? upper : undefined;
}

/** E.164 (with `;ext=` when there is an extension), or null when the number cannot be placed in a country. */
export function phoneToE164(value: string, defaultRegion?: string): string | null {
  const parsed = parsePhoneNumberFromString(value, asCountry(defaultRegion));
  if (!parsed) return null;
  return parsed.ext ? `${parsed.number};ext=${parsed.ext}` : parsed.number;
}

/**
 * The comparison form: E.164 when the number can be placed, else its bare digits (keeping a leading +),
 * so "02-1234 5678" and "02 1234 5678" still match when no region is known. A value without digits
 * is compared as collapsed lower-case text.
 */
export function normalizePhone(value: string, defaultRegion?: string): string {
  const e164 = phoneToE164(value, defaultRegion);
  if (e164 !== null) return e164;
  const digits = value.replace(/[^\d]/g, '');
  if (digits === '') return value.replace(/\s+/g, ' ').trim().toLowerCase();
  return value.trim().startsWith('+') ? `+${digits}` : digits;
}

const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*\d{1,7}$/i;
const PHONE_CHARS = /^\+?[\d\s().\-/]+$/;

/**
 * Accepted when libphonenumber says the number is possible. Without a region a national number
 * ("030 1234567") cannot be placed; we then accept any plausible shape (3–17 digits, phone punctuation),
 * because rejecting it would refuse what Google Contacts itself stores.
 */
export function isAcceptablePhone(value: string, defaultRegion?: string): boolean {
  const s = value.trim();
  if (!PHONE_CHARS.test(s.replace(EXTENSION, ''))) return false;
  const country = asCountry(defaultRegion);
  if (s.startsWith('+') || country !== undefined) {
    const parsed = parsePhoneNumberFromString(s, country);
    return parsed !== undefined && parsed.isPossible();
  }
  const digits = s.replace(EXTENSION, '').replace(/\D/g, '').length;
  return digits >= 3 && digits <= 17;
}
