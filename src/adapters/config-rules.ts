// What both ConfigStore adapters share: the per-domain key namespace and the 9 KB value limit of Script Properties.
import { invalidArgument } from '../core/errors';

/** Script Properties hold at most 9 KB a property (Apps Script quotas page); the key is counted with the value. */
export const MAX_PROPERTY_BYTES = 9 * 1024;

/** UTF-8 length without TextEncoder (absent from Apps Script's V8): what the property service counts. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** The domain part of the namespace, checked once when the adapter is built (a programming error, not user input). */
export function normaliseDomain(domain: string): string {
  const d = String(domain ?? '')
    .trim()
    .toLowerCase();
  if (d === '' || d.includes(':'))
    throw new Error(`ConfigStore: "${domain}" is not a domain name to namespace settings by.`);
  return d;
}

/**
 * The property name of a setting: `sl:<domain>:<key>`, because a published add-on shares one property store across
 * every domain that installs it.
 */
export function propertyName(domain: string, key: string): string {
  if (typeof key !== 'string' || key === '') {
    throw invalidArgument('error.config.badKey', 'A setting needs a name.');
  }
  return `sl:${domain}:${key}`;
}

/** Refuses (INVALID_ARGUMENT, nothing written) a value that would not fit in one property with its name. */
export function checkValue(name: string, key: string, value: string): void {
  if (typeof value !== 'string') {
    throw invalidArgument('error.config.badValue', 'The setting "{key}" must be text.', { key });
  }
  const bytes = utf8Bytes(name) + utf8Bytes(value);
  if (bytes >= MAX_PROPERTY_BYTES) {
    throw invalidArgument(
      'error.config.tooLarge',
      'The setting "{key}" is too large to keep ({bytes} bytes; a setting holds less than 9 KB). Use a smaller value.',
      { key, bytes },
    );
  }
}
