// The service-account JSON key the admin pastes: shape checks with messages that never quote the key, and its stored form.
import { AppError, invalidArgument } from '../core/errors';
import type { DwdKeyInfo } from '../core/ports/tokens';

/** The token endpoint the adapters POST to (the only one the manifest's urlFetchWhitelist allows). */
export const TOKEN_ENDPOINT = 'https://oauth2.googleapis.com/token';

/** `token_uri` values Google has written into key files; both are accepted as the JWT's audience. */
const KNOWN_TOKEN_URIS = [TOKEN_ENDPOINT, 'https://accounts.google.com/o/oauth2/token'];

export interface ServiceAccountKey extends DwdKeyInfo {
  /** PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"), as the key file holds it. */
  privateKey: string;
  tokenUri: string;
}

const PEM = /^-----BEGIN PRIVATE KEY-----\n(?:[A-Za-z0-9+/=]+\n)+-----END PRIVATE KEY-----\n?$/;

const badKey = (problem: string) =>
  invalidArgument('error.dwd.badKey', 'This is not a usable service-account key: {problem}', { problem });

function field(obj: Record<string, unknown>, name: string): string | AppError {
  const v = obj[name];
  if (typeof v !== 'string' || v.trim() === '') return badKey(`the field "${name}" is missing.`);
  return v.trim();
}

/**
 * Checks the JSON key file a Google Cloud console download holds. Error messages name the field at fault and never
 * repeat any of the pasted text (a JSON syntax error's own message would quote it, so it is not used).
 */
export function parseServiceAccountKey(json: string): ServiceAccountKey | AppError {
  let parsed: unknown;
  try {
    // A byte-order mark survives some copy-and-paste paths; JSON.parse refuses it.
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    return badKey('the text is not JSON. Paste the whole content of the downloaded .json key file.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return badKey('the text is not a JSON object. Paste the whole content of the downloaded .json key file.');
  }
  const obj = parsed as Record<string, unknown>;
  if ('installed' in obj || 'web' in obj) {
    return badKey(
      'this is an OAuth client file. Create a key for a service account (IAM > Service accounts > Keys > Add key > JSON).',
    );
  }
  if (obj.type !== 'service_account') return badKey('the field "type" must be "service_account".');
  const values: Record<string, string> = {};
  for (const name of ['client_email', 'client_id', 'private_key_id', 'private_key', 'token_uri']) {
    const v = field(obj, name);
    if (v instanceof AppError) return v;
    values[name] = v;
  }
  if (!/^[^@\s]+@[^@\s]+\.iam\.gserviceaccount\.com$/i.test(values.client_email)) {
    return badKey('the field "client_email" is not a service account address (…@….iam.gserviceaccount.com).');
  }
  if (!/^\d{10,30}$/.test(values.client_id)) return badKey('the field "client_id" must be a number.');
  if (!/^[0-9a-f]{20,64}$/i.test(values.private_key_id))
    return badKey('the field "private_key_id" is malformed.');
  if (!KNOWN_TOKEN_URIS.includes(values.token_uri)) {
    return badKey(`the field "token_uri" must be ${TOKEN_ENDPOINT}.`);
  }
  // A key pasted through an editor that double-escaped it carries literal "\n" sequences instead of line breaks.
  const pem = values.private_key.replace(/\\n/g, '\n').replace(/\r\n/g, '\n') + '\n';
  const privateKey = pem.replace(/\n+$/, '\n');
  if (!PEM.test(privateKey)) {
    return badKey('the field "private_key" is not a PKCS#8 private key ("-----BEGIN PRIVATE KEY-----").');
  }
  return {
    clientEmail: values.client_email,
    clientId: values.client_id,
    privateKeyId: values.private_key_id,
    privateKey,
    tokenUri: values.token_uri,
  };
}

/** The compact form kept in the ConfigStore (about 1.9 KB: well under the 9 KB a property may hold). */
export function serializeKey(key: ServiceAccountKey): string {
  return JSON.stringify({
    type: 'service_account',
    client_email: key.clientEmail,
    client_id: key.clientId,
    private_key_id: key.privateKeyId,
    private_key: key.privateKey,
    token_uri: key.tokenUri,
  });
}

export function keyInfo(key: ServiceAccountKey): DwdKeyInfo {
  return { clientEmail: key.clientEmail, clientId: key.clientId, privateKeyId: key.privateKeyId };
}
