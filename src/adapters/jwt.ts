// The RS256 JWT of a JWT-bearer grant (https://developers.google.com/identity/protocols/oauth2/service-account), signed in Apps Script.

type Utils = GoogleAppsScript.Utilities.Utilities;

/** The longest lifetime Google accepts: `exp` at most one hour after `iat`. */
export const MAX_JWT_LIFETIME_S = 3600;

export interface JwtClaims {
  /** The service account's email. */
  iss: string;
  /** Space-delimited scopes. */
  scope: string;
  /** The key's token_uri. */
  aud: string;
  /** The user to act as (domain-wide delegation). */
  sub: string;
  iat: number;
  exp: number;
}

/** base64url without '=' padding, as JWTs are written; Apps Script's web-safe encoder keeps the padding. */
export function base64Url(utilities: Utils, data: string | number[]): string {
  const encoded =
    typeof data === 'string'
      ? utilities.base64EncodeWebSafe(data, utilities.Charset.UTF_8)
      : utilities.base64EncodeWebSafe(data);
  return encoded.replace(/=+$/, '');
}

/** The claims for acting as `sub` from `nowMs`: issued now, valid for the longest lifetime Google accepts. */
export function claimsFor(
  key: { clientEmail: string; tokenUri: string },
  sub: string,
  scopes: readonly string[],
  nowMs: number,
): JwtClaims {
  const iat = Math.floor(nowMs / 1000);
  return {
    iss: key.clientEmail,
    scope: scopes.join(' '),
    aud: key.tokenUri,
    sub,
    iat,
    exp: iat + MAX_JWT_LIFETIME_S,
  };
}

/**
 * `header.claims.signature`, signed with `Utilities.computeRsaSha256Signature` (RSASSA-PKCS1-v1_5 SHA-256 = RS256).
 * Throws whatever Apps Script throws for a key it cannot read; the caller turns that into an AppError.
 */
export function signJwt(utilities: Utils, privateKeyPem: string, keyId: string, claims: JwtClaims): string {
  const header = { alg: 'RS256', typ: 'JWT', kid: keyId };
  const input =
    base64Url(utilities, JSON.stringify(header)) + '.' + base64Url(utilities, JSON.stringify(claims));
  const signature = utilities.computeRsaSha256Signature(input, privateKeyPem);
  return input + '.' + base64Url(utilities, signature);
}
