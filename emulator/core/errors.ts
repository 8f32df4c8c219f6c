// Google's JSON error format (https://cloud.google.com/apis/design/errors#http_mapping), shared by every emulated API.

/** Canonical status for each HTTP code the emulator answers with. */
const CANONICAL: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  410: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  501: 'UNIMPLEMENTED',
  503: 'UNAVAILABLE',
};

/** Legacy `errors[].reason` for each HTTP code (the v1 error shape still returned beside `status`). */
const LEGACY_REASON: Record<number, string> = {
  400: 'badRequest',
  401: 'authError',
  403: 'forbidden',
  404: 'notFound',
  409: 'duplicate',
  410: 'deleted',
  429: 'rateLimitExceeded',
  500: 'backendError',
  503: 'backendError',
};

export interface GoogleErrorBody {
  error: {
    code: number;
    message: string;
    status: string;
    errors: Array<{ message: string; domain: string; reason: string }>;
    details?: unknown[];
  };
}

/** An error an emulated Google API answers with. `status` overrides the canonical one (e.g. FAILED_PRECONDITION on a 400). */
export class GoogleApiError extends Error {
  readonly code: number;
  readonly status: string;
  readonly reason: string;
  readonly details?: unknown[];

  constructor(code: number, message: string, opts: { status?: string; reason?: string; details?: unknown[] } = {}) {
    super(message);
    this.name = 'GoogleApiError';
    this.code = code;
    this.status = opts.status ?? CANONICAL[code] ?? 'UNKNOWN';
    this.reason = opts.reason ?? LEGACY_REASON[code] ?? 'unknown';
    this.details = opts.details;
  }

  toBody(): GoogleErrorBody {
    const body: GoogleErrorBody = {
      error: {
        code: this.code,
        message: this.message,
        status: this.status,
        errors: [{ message: this.message, domain: 'global', reason: this.reason }],
      },
    };
    if (this.details) body.error.details = this.details;
    return body;
  }
}

export const badRequest = (message: string, status = 'INVALID_ARGUMENT') =>
  new GoogleApiError(400, message, { status });
export const notFound = (message: string) => new GoogleApiError(404, message);
export const forbidden = (message: string) => new GoogleApiError(403, message);
export const conflict = (message: string) => new GoogleApiError(409, message);
export const failedPrecondition = (message: string) =>
  new GoogleApiError(400, message, { status: 'FAILED_PRECONDITION', reason: 'failedPrecondition' });

/** An `ErrorInfo` detail, as Google attaches to errors such as EXPIRED_SYNC_TOKEN. */
export const errorInfo = (reason: string, domain: string) => ({
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason,
  domain,
});
