// Decoding and checking the RS256 JWT of a JWT-bearer grant (https://developers.google.com/identity/protocols/oauth2/service-account).
import { createVerify } from 'node:crypto';

export interface JwtClaims {
  iss?: string;
  sub?: string;
  scope?: string;
  aud?: string;
  iat?: number;
  exp?: number;
}

export interface DecodedJwt {
  header: { alg?: string; typ?: string; kid?: string };
  claims: JwtClaims;
  signingInput: string;
  signature: Uint8Array;
}

function b64urlJson(part: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(b64urlBytes(part)));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function b64urlBytes(part: string): Uint8Array {
  const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

const optStr = (v: unknown) => (typeof v === 'string' ? v : undefined);
const optNum = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** Splits and parses a compact JWT; null when it is not one. Does not check the signature. */
export function decodeJwt(jwt: string): DecodedJwt | null {
  const parts = jwt.split('.');
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]*$/.test(parts.join(''))) return null;
  const header = b64urlJson(parts[0]);
  const claims = b64urlJson(parts[1]);
  if (!header || !claims) return null;
  let signature: Uint8Array;
  try {
    signature = b64urlBytes(parts[2]);
  } catch {
    return null;
  }
  return {
    header: { alg: optStr(header.alg), typ: optStr(header.typ), kid: optStr(header.kid) },
    claims: {
      iss: optStr(claims.iss),
      sub: optStr(claims.sub),
      scope: optStr(claims.scope),
      aud: optStr(claims.aud),
      iat: optNum(claims.iat),
      exp: optNum(claims.exp),
    },
    signingInput: parts[0] + '.' + parts[1],
    signature,
  };
}

/** RS256 = RSASSA-PKCS1-v1_5 with SHA-256, what `Utilities.computeRsaSha256Signature` produces. */
export function verifyRs256(jwt: DecodedJwt, publicKeyPem: string): boolean {
  try {
    const v = createVerify('RSA-SHA256');
    v.update(jwt.signingInput);
    return v.verify(publicKeyPem, jwt.signature);
  } catch {
    return false;
  }
}
