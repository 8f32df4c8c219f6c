// The one request shape every face of the emulator (advanced service, UrlFetchApp, HTTP) reduces a call to.

export type ServiceName = 'people' | 'directory' | 'sheets' | 'oauth';
export const SERVICES: ServiceName[] = ['people', 'directory', 'sheets', 'oauth'];

/** Who makes a call: the account the token (or the executing script) stands for, and its granted scopes. */
export interface Caller {
  email: string;
  /** OAuth scopes granted; `null` for an advanced-service call, which carries the manifest's scopes. */
  scopes: string[] | null;
}

export interface ApiRequest {
  service: ServiceName;
  /** The discovery document's method id, e.g. `people.people.connections.list`. */
  methodId: string;
  /** Path and query parameters by name. REST gives strings (repeated ones as arrays); advanced services any JSON value. */
  params: Record<string, unknown>;
  body?: unknown;
  caller: Caller;
  via: 'advanced' | 'rest';
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

/** A handler of one API method. Returns the response body, or throws a GoogleApiError. */
export type MethodHandler<W> = (world: W, req: ApiRequest) => unknown;
