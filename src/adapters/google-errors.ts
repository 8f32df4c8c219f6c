// Reading failures of Google calls made from Apps Script: advanced-service exceptions and HTTP statuses, one vocabulary.

/** HTTP status of a failed call; 0 when no answer came back (network failure, timeout, UrlFetch quota). */
export interface GoogleFailure {
  status: number;
  message: string;
}

/** 429, 5xx and "no answer" are worth retrying later; every other status is an answer. */
export function isTransient(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}

/**
 * The failure an advanced-service call threw: `GoogleJsonResponseException` carries Google's error object in `details`
 * (code and message); a plain Apps Script `Exception` ("Service unavailable", "Empty response") had no answer.
 * Anything else (the platform ending the execution, a bug) is not a Google failure: null, and the caller rethrows it.
 */
export function advancedFailure(e: unknown): GoogleFailure | null {
  if (e === null || typeof e !== 'object') return null;
  const err = e as { name?: unknown; message?: unknown; details?: unknown };
  const message = typeof err.message === 'string' ? err.message : String(e);
  const details = err.details as { code?: unknown; message?: unknown } | undefined;
  if (details && typeof details === 'object' && typeof details.code === 'number') {
    return { status: details.code, message: typeof details.message === 'string' ? details.message : message };
  }
  if (err.name === 'GoogleJsonResponseException') {
    // Without details, the status is only in the text ("... failed with error: Resource Not Found: userKey").
    if (/not found/i.test(message)) return { status: 404, message };
    return { status: 500, message };
  }
  if (err.name === 'Exception') return { status: 0, message };
  return null;
}

/** The error message inside Google's JSON error body (`{error: {message}}`, or OAuth's `{error, error_description}`). */
export function bodyMessage(body: unknown): string {
  if (body === null || typeof body !== 'object') return '';
  const b = body as { error?: unknown; error_description?: unknown };
  if (typeof b.error_description === 'string') return b.error_description;
  if (b.error !== null && typeof b.error === 'object') {
    const m = (b.error as { message?: unknown }).message;
    if (typeof m === 'string') return m;
  }
  return typeof b.error === 'string' ? b.error : '';
}
