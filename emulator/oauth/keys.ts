// Service-account keys and the Admin console's domain-wide delegation: what a customer sets up before the DWD flow works.
import { generateKeyPairSync } from 'node:crypto';
import type { World } from '../core/world';

/** The JSON key file Google Cloud console downloads (https://cloud.google.com/iam/docs/keys-create-delete). */
export interface ServiceAccountKeyFile {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export interface IssueKeyOptions {
  projectId?: string;
  /** The service account's name (the part before `@`). Default `shared-labels`. */
  name?: string;
}

export const TOKEN_URI = 'https://oauth2.googleapis.com/token';

function digits(world: World, n: number): string {
  let out = String(1 + world.rng.int(9));
  for (let i = 1; i < n; i++) out += String(world.rng.int(10));
  return out;
}

function hex(world: World, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += world.rng.int(16).toString(16);
  return out;
}

/** Creates a key (RSA 2048, PKCS#8 PEM) for a service account; a second call for the same account adds a key. */
export function issueServiceAccountKey(world: World, opts: IssueKeyOptions = {}): ServiceAccountKeyFile {
  const projectId = opts.projectId ?? 'shared-labels-' + digits(world, 6);
  const clientEmail = `${opts.name ?? 'shared-labels'}@${projectId}.iam.gserviceaccount.com`;
  const existing = Object.values(world.oauth.keys).find((k) => k.clientEmail === clientEmail);
  const clientId = existing?.clientId ?? digits(world, 21);
  const privateKeyId = hex(world, 40);
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  world.oauth.keys[privateKeyId] = {
    clientEmail,
    clientId,
    privateKeyId,
    publicKeyPem: publicKey,
    revoked: false,
  };
  return {
    type: 'service_account',
    project_id: projectId,
    private_key_id: privateKeyId,
    private_key: privateKey,
    client_email: clientEmail,
    client_id: clientId,
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: TOKEN_URI,
    auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
    universe_domain: 'googleapis.com',
  };
}

/** Deletes a key in the Cloud console: JWTs it signs stop being accepted. */
export function revokeKey(world: World, privateKeyId: string): void {
  const key = world.oauth.keys[privateKeyId];
  if (!key) throw new Error(`revokeKey: no key ${privateKeyId}`);
  key.revoked = true;
}

/** Admin console > Security > API controls > Domain-wide delegation: authorises a client id for these scopes (replacing any earlier list). */
export function authorizeDwd(world: World, clientId: string, scopes: string[]): void {
  world.oauth.dwdClients[clientId] = [...scopes];
}

/** Removes the client's domain-wide delegation entry. */
export function deauthorizeDwd(world: World, clientId: string): void {
  delete world.oauth.dwdClients[clientId];
}
