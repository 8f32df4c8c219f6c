// Test helpers: a World whose dispatcher knows the token method, and JWT-bearer assertions signed with node:crypto.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { World } from '../../../emulator/core/world';
import { DIRECTORY_HANDLERS } from '../../../emulator/directory/handlers';
import { OAUTH_HANDLERS, TOKEN_METHOD_ID } from '../../../emulator/oauth/tokens';

/**
 * A fresh World whose dispatcher has the token method. Built directly because emulator/index.ts (not ours) does not
 * register OAUTH_HANDLERS yet; once it does, this can be `createWorld({ seed: 1 })`.
 */
export function newWorld(): World {
  return new World({ ...DIRECTORY_HANDLERS, ...OAUTH_HANDLERS }, { seed: 1 });
}

const b64url = (s: string | Buffer) =>
  Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

export interface JwtParts {
  header?: Record<string, unknown>;
  claims: Record<string, unknown>;
  privateKey: string;
}

export function signJwt({ header = { alg: 'RS256', typ: 'JWT' }, claims, privateKey }: JwtParts): string {
  const input = b64url(JSON.stringify(header)) + '.' + b64url(JSON.stringify(claims));
  const sig = createSign('RSA-SHA256').update(input).sign(privateKey);
  return input + '.' + b64url(sig);
}

export function foreignPrivateKey(): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  }).privateKey;
}

export const grantForm = (assertion: string) => ({
  grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
  assertion,
});

export { TOKEN_METHOD_ID };
