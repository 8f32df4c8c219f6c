// Byte handling on the Node side: Apps Script's Byte[] is signed (-128..127) like Java's; strings are UTF-8
// unless a Charset says otherwise. Buffer is used here only, never handed to the sandbox.

/** Unsigned bytes of a script value: a string (in `charset`) or a Byte[]-like array of numbers. */
export function toBytes(data: unknown, charset?: unknown): Uint8Array | null {
  if (typeof data === 'string') return encodeString(data, charset);
  if (Array.isArray(data)) return Uint8Array.from(data as unknown[], (b) => Number(b) & 0xff);
  return null;
}

export function encodeString(s: string, charset?: unknown): Uint8Array {
  return new Uint8Array(Buffer.from(s, isAscii(charset) ? 'latin1' : 'utf8'));
}

export function decodeString(bytes: Uint8Array, charset?: unknown): string {
  const buf = Buffer.from(bytes);
  return isAscii(charset) ? buf.toString('latin1') : buf.toString('utf8');
}

const isAscii = (charset: unknown) => typeof charset === 'string' && /^(US_ASCII|US-ASCII|ISO-8859-1)$/i.test(charset);

/** Standard base64 with '=' padding, as Utilities.base64Encode gives. */
export function base64Encode(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** URL-safe alphabet ('-' and '_'); Apps Script keeps the '=' padding. */
export function base64EncodeWebSafe(bytes: Uint8Array): string {
  return base64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_');
}

/** Decodes either alphabet, with or without padding; null when the text is not base64. */
export function base64Decode(text: string, webSafe: boolean): Uint8Array | null {
  const t = text.replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9\-_]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  if (!alphabet.test(t) || t.replace(/=+$/, '').length % 4 === 1) return null;
  return new Uint8Array(Buffer.from(t, webSafe ? 'base64url' : 'base64'));
}
