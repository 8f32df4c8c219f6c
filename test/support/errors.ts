// Test helpers that take an AppError out of a throwing call or a failed Result (anything else fails the test).
import { AppError, type Result } from '../../src/core/errors';

export function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

export function errorOf<T>(r: Result<T>): AppError {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}
