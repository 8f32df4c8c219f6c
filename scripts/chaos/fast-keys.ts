// Chaos runs build hundreds of domains, and each setup issues a service-account key: RSA key generation took ~40% of a
// seed's time. Key material is invisible to every invariant, so within one process the first key pair is reused.
import crypto from 'node:crypto';

let installed = false;

/** Makes `crypto.generateKeyPairSync` return the same pair for the same arguments (idempotent). */
export function reuseGeneratedKeys(): void {
  if (installed) return;
  installed = true;
  const original = crypto.generateKeyPairSync.bind(crypto) as (...a: unknown[]) => unknown;
  const cache = new Map<string, unknown>();
  const memo = (...a: unknown[]): unknown => {
    const key = JSON.stringify(a);
    if (!cache.has(key)) cache.set(key, original(...a));
    return cache.get(key);
  };
  (crypto as unknown as { generateKeyPairSync: typeof memo }).generateKeyPairSync = memo;
}
