// Utilities: signatures, digests, base64, blobs, dates, UUIDs and sleep on the virtual clock
// ([C] https://developers.google.com/apps-script/reference/utilities/utilities). Byte results are Java-style signed.
import { createHash, createHmac, createSign } from 'node:crypto';
import { newBlob } from './blob';
import { base64Decode, base64Encode, base64EncodeWebSafe, toBytes } from './bytes';
import { formatDate } from './format-date';
import type { ScriptHost } from './host';
import { spendTime } from './host';
import { formatLog } from './logging';

const DIGEST_ALGORITHMS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const MAC_ALGORITHMS: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};
const RSA_ALGORITHMS: Record<string, string> = { RSA_SHA_1: 'RSA-SHA1', RSA_SHA_256: 'RSA-SHA256' };

/** Apps Script enums read as their names; strings keep `===` comparisons with the enum members working. */
const enumOf = (names: string[]) => Object.fromEntries(names.map((n) => [n, n]));

/** A time as a number of ms, from a script Date (any realm) or a number. */
function instant(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && typeof (v as { getTime?: unknown }).getTime === 'function') {
    const t = Number((v as { getTime(): unknown }).getTime());
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

export function createUtilities(host: ScriptHost): Record<string, unknown> {
  const { realm } = host;
  const bytesOf = (data: unknown, charset?: unknown, what = 'value') => {
    const b = toBytes(data, charset);
    if (!b) throw realm.error(`Invalid argument: ${what}`);
    return b;
  };
  const decode = (text: unknown, webSafe: boolean) => {
    const b = base64Decode(String(text), webSafe);
    if (!b) throw realm.error('Could not decode string.');
    return realm.bytes(b);
  };

  return {
    Charset: enumOf(['US_ASCII', 'UTF_8']),
    DigestAlgorithm: enumOf(Object.keys(DIGEST_ALGORITHMS)),
    MacAlgorithm: enumOf(Object.keys(MAC_ALGORITHMS)),
    RsaAlgorithm: enumOf(Object.keys(RSA_ALGORITHMS)),

    base64Encode: (data: unknown, charset?: unknown) => base64Encode(bytesOf(data, charset, 'data')),
    base64EncodeWebSafe: (data: unknown, charset?: unknown) => base64EncodeWebSafe(bytesOf(data, charset, 'data')),
    base64Decode: (text: unknown) => decode(text, false),
    base64DecodeWebSafe: (text: unknown) => decode(text, true),
    newBlob: (data: unknown, contentType?: unknown, name?: unknown) => newBlob(host, data, contentType, name),

    computeDigest: (algorithm: unknown, value: unknown, charset?: unknown) => {
      const alg = DIGEST_ALGORITHMS[String(algorithm)];
      if (!alg) throw realm.error('Invalid argument: algorithm');
      return realm.bytes(createHash(alg).update(bytesOf(value, charset)).digest());
    },
    computeHmacSignature: (algorithm: unknown, value: unknown, key: unknown, charset?: unknown) => {
      const alg = MAC_ALGORITHMS[String(algorithm)];
      if (!alg) throw realm.error('Invalid argument: algorithm');
      return realm.bytes(createHmac(alg, bytesOf(key, charset, 'key')).update(bytesOf(value, charset)).digest());
    },
    computeHmacSha256Signature: (value: unknown, key: unknown, charset?: unknown) =>
      realm.bytes(createHmac('sha256', bytesOf(key, charset, 'key')).update(bytesOf(value, charset)).digest()),
    computeRsaSignature: (algorithm: unknown, value: unknown, key: unknown, charset?: unknown) => {
      const alg = RSA_ALGORITHMS[String(algorithm)];
      if (!alg) throw realm.error('Invalid argument: algorithm');
      return rsaSign(alg, bytesOf(value, charset), key);
    },
    computeRsaSha256Signature: (value: unknown, key: unknown, charset?: unknown) =>
      rsaSign('RSA-SHA256', bytesOf(value, charset), key),

    formatDate: (date: unknown, timeZone: unknown, format: unknown) => {
      const ms = instant(date);
      if (ms === null) throw realm.error('Invalid argument: date');
      try {
        return formatDate(ms, String(timeZone), String(format));
      } catch (e) {
        throw realm.error(`Invalid argument: format (${(e as Error).message})`);
      }
    },
    formatString: (template: unknown, ...args: unknown[]) => formatLog([String(template), ...args]),
    getUuid: () => uuid(() => host.world.rng.int(256)),
    jsonStringify: (v: unknown) => JSON.stringify(v),
    jsonParse: (s: unknown) => realm.json(JSON.parse(String(s))),
    sleep: (ms: unknown) => {
      const n = Number(ms);
      if (!Number.isFinite(n) || n < 0) throw realm.error('Invalid argument: milliseconds');
      if (n > host.world.config.sleepMaxMs) throw realm.error(`Invalid argument: milliseconds (at most ${host.world.config.sleepMaxMs})`);
      spendTime(host, n);
    },
  };

  function rsaSign(alg: string, data: Uint8Array, key: unknown): number[] {
    try {
      return realm.bytes(createSign(alg).update(data).sign(String(key)));
    } catch {
      throw realm.error('Invalid argument: key');
    }
  }
}

/** A version-4 UUID from a seeded byte source, so runs repeat for a given world seed. */
function uuid(byte: () => number): string {
  const b = Array.from({ length: 16 }, byte);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
