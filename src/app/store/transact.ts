// The unit of work: one load and at most one save under the script lock, all or nothing; and the lock-free read for queries.
import { fail, isAppError, Result } from '../../core/errors';
import type { TableName } from '../../core/ports/store';
import type { AppContext } from '../context';
import { Model } from './model';

/** How long a command waits for another writer before giving up with UNAVAILABLE. */
export const LOCK_WAIT_MS = 30000;

/**
 * Under `ctx.lock`: ONE `store.load(tables)`, `fn` on the model, then ONE `store.save` if `fn` changed anything.
 * When `fn` returns an error Result or throws, nothing is saved. A thrown AppError (the lock is busy, the store is not
 * set up, a revision conflict) comes back as an error Result; any other exception is a bug and propagates.
 * Work with side effects outside the store (e-mail) belongs after `transact` returns ok, so a refused save sends nothing.
 */
export function transact<T>(
  ctx: AppContext,
  tables: readonly TableName[],
  fn: (model: Model) => Result<T>,
): Result<T> {
  try {
    return ctx.lock.run(LOCK_WAIT_MS, () => {
      const snapshot = ctx.store.load(tables);
      const model = new Model(snapshot);
      const result = fn(model);
      if (result.ok && model.hasChanges())
        ctx.store.save(snapshot, model.changes(), { loadedUnderLock: true });
      return result;
    });
  } catch (e) {
    if (isAppError(e)) return fail(e);
    throw e;
  }
}

/** A query: ONE load, no lock (a read sees one consistent revision; it may be a moment old, which a card tolerates). */
export function read<T>(
  ctx: AppContext,
  tables: readonly TableName[],
  fn: (model: Model) => Result<T>,
): Result<T> {
  try {
    return fn(new Model(ctx.store.load(tables)));
  } catch (e) {
    if (isAppError(e)) return fail(e);
    throw e;
  }
}
