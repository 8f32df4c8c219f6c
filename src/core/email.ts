// The one e-mail syntax rule of the product: grantees, contact addresses and feeds all validate through here.

// Printable ASCII allowed unquoted in a local part (RFC 5322 atext), plus any non-ASCII (RFC 6531 SMTPUTF8).
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\u0080-\\uFFFF]+";
const LOCAL_PART = new RegExp(`^${ATOM}(?:\\.${ATOM})*$`);
const DOMAIN_LABEL = /^[A-Za-z0-9\u0080-\uFFFF](?:[A-Za-z0-9\u0080-\uFFFF-]{0,61}[A-Za-z0-9\u0080-\uFFFF])?$/;

/** RFC 5321 section 4.5.3.1: 64 octets a local part, 254 a whole forward path address. */
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;

/** Trimmed and case-folded: Google treats addresses case-insensitively, and so do grants and seats. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * RFC-ish: no quoted local parts or IP-literal domains (no Workspace address uses them), at least two
 * domain labels, and a top-level label that is not all digits.
 */
export function isValidEmail(value: string): boolean {
  const s = value.trim();
  if (s.length === 0 || s.length > MAX_ADDRESS) return false;
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > MAX_LOCAL || !LOCAL_PART.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return false;
  return !/^\d+$/.test(labels[labels.length - 1]);
}

/** The part after the last `@`, lower-cased; '' when there is none. */
export function emailDomain(value: string): string {
  const s = normalizeEmail(value);
  const at = s.lastIndexOf('@');
  return at < 0 ? '' : s.slice(at + 1);
}
