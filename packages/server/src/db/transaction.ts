import type { Db } from './database';

/** Work to do once a transaction's writes are visible to everyone: set by `afterCommit`. */
const pendingHooks = new WeakMap<Db, (() => void)[]>();

/**
 * Runs `work` in one transaction, then, once it has committed, the hooks `afterCommit` queued
 * during it (a rollback drops them). Every transaction of the server opens here, so "after
 * commit" means the same everywhere. Called with a transaction already open, it joins it: the
 * hooks then run when that one commits.
 */
export async function transaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  const hooks: (() => void)[] = [];
  const result = await db.transaction().execute(async (trx) => {
    pendingHooks.set(trx, hooks);
    return work(trx);
  });
  for (const hook of hooks) hook();
  return result;
}

/**
 * Queues `hook` to run after the transaction `db` commits, or runs it now when `db` is not a
 * transaction (its write has committed already). A transaction opened any other way than
 * `transaction()` is refused, so a hook is never silently lost.
 */
export function afterCommit(db: Db, hook: () => void): void {
  if (!db.isTransaction) {
    hook();
    return;
  }
  const hooks = pendingHooks.get(db);
  if (!hooks)
    throw new Error('afterCommit needs a transaction opened with transaction() (db/transaction.ts)');
  hooks.push(hook);
}
