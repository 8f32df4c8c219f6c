// The outermost net of every command and query: a thrown AppError (a port that failed before the unit of work began,
// e.g. the Directory or the settings store being unreachable) becomes an error Result like any other refusal.
import { fail, isAppError, Result } from '../core/errors';

/** Any other exception is a bug and propagates, so it is seen rather than shown to the user as a refusal. */
export function guard<T>(fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (e) {
    if (isAppError(e)) return fail(e);
    throw e;
  }
}
