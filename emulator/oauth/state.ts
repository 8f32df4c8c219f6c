// OAuth state: service-account keys the emulator issued, DWD client authorisations, and the access tokens it minted.

export interface ServiceAccountKey {
  clientEmail: string;
  clientId: string;
  privateKeyId: string;
  publicKeyPem: string;
  revoked: boolean;
}

export interface AccessToken {
  email: string;
  scopes: string[];
  expiresAt: number;
  /** 'dwd' tokens come from a JWT-bearer grant; 'script' ones from ScriptApp.getOAuthToken(). */
  kind: 'dwd' | 'script';
}

export interface OAuthState {
  /** Keyed by private key id. */
  keys: Record<string, ServiceAccountKey>;
  /** Admin console's "Domain-wide delegation": client id -> authorised scopes. */
  dwdClients: Record<string, string[]>;
  tokens: Record<string, AccessToken>;
}
