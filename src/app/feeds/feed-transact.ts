// The unit of work for feed commands and imports: the model's tables and the feed tables in ONE load and ONE save.
import { fail, isAppError, type Result } from '../../core/errors';
import type { TableName } from '../../core/ports/store';
import type { AppContext } from '../context';
import { Model } from '../store/model';
import { LOCK_WAIT_MS } from '../store/transact';
import { FeedTables } from './feed-table';

/**
 * Like `transact` (src/app/store/transact.ts): under the lock, one load of `tables`, `fn`, and one save of what the
 * model and the feed tables changed, only when `fn` returns ok. A thrown AppError comes back as an error Result.
 */
export function transactFeeds<T>(
  ctx: AppContext,
  tables: readonly TableName[],
  fn: (model: Model, feeds: FeedTables) => Result<T>,
): Result<T> {
  try {
    return ctx.lock.run(LOCK_WAIT_MS, () => {
      const snapshot = ctx.store.load(tables);
      const model = new Model(snapshot);
      const feeds = new FeedTables(snapshot);
      const result = fn(model, feeds);
      if (result.ok && (model.hasChanges() || feeds.hasChanges())) {
        ctx.store.save(snapshot, feeds.addTo(model.changes()), { loadedUnderLock: true });
      }
      return result;
    });
  } catch (e) {
    if (isAppError(e)) return fail(e);
    throw e;
  }
}

/** A query: one load, no lock. */
export function readFeeds<T>(
  ctx: AppContext,
  tables: readonly TableName[],
  fn: (model: Model, feeds: FeedTables) => Result<T>,
): Result<T> {
  try {
    const snapshot = ctx.store.load(tables);
    return fn(new Model(snapshot), new FeedTables(snapshot));
  } catch (e) {
    if (isAppError(e)) return fail(e);
    throw e;
  }
}
