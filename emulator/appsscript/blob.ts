// Blob, as Utilities.newBlob and HTTPResponse.getBlob give it: bytes, a content type and a name
// ([C] https://developers.google.com/apps-script/reference/base/blob).
import { decodeString, encodeString, toBytes } from './bytes';
import type { ScriptHost } from './host';

export function makeBlob(host: ScriptHost, initial: Uint8Array, contentType: string | null, name: string | null): Record<string, unknown> {
  let bytes = initial;
  let type = contentType;
  let blobName = name;
  const self: Record<string, unknown> = {
    getBytes: () => host.realm.bytes(bytes),
    setBytes: (data: unknown) => {
      bytes = toBytes(Array.isArray(data) ? data : [], undefined) ?? new Uint8Array();
      return self;
    },
    getDataAsString: (charset?: unknown) => decodeString(bytes, charset),
    setDataFromString: (s: unknown, charset?: unknown) => {
      bytes = encodeString(String(s), charset);
      return self;
    },
    getContentType: () => type,
    setContentType: (t: unknown) => {
      type = t === null || t === undefined ? null : String(t);
      return self;
    },
    getName: () => blobName,
    setName: (n: unknown) => {
      blobName = n === null || n === undefined ? null : String(n);
      return self;
    },
    copyBlob: () => makeBlob(host, bytes.slice(), type, blobName),
    isGoogleType: () => false,
    getBlob: () => self,
    getAs: (t: unknown) => {
      if (String(t) === type) return makeBlob(host, bytes.slice(), type, blobName);
      throw host.realm.error(`Converting from ${String(type)} to ${String(t)} is not supported.`);
    },
    toString: () => 'Blob',
  };
  return self;
}

/** Utilities.newBlob(data, contentType?, name?): data is a string (UTF-8) or a Byte[]. */
export function newBlob(host: ScriptHost, data: unknown, contentType?: unknown, name?: unknown): Record<string, unknown> {
  const bytes = toBytes(data ?? '', undefined);
  if (!bytes) throw host.realm.error('Invalid argument: data');
  const str = (v: unknown) => (v === undefined || v === null ? null : String(v));
  return makeBlob(host, bytes, str(contentType), str(name));
}
