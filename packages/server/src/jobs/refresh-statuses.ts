import { refreshStatuses } from '../assignments/refresh-status';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';

const BATCH = 1000;

/**
 * Time turns yellow into red and opens new reporting periods: recompute the status of every open
 * assignment, in batches so no transaction grows large.
 */
export async function refreshAllStatuses(db: Db, now: Date, dueSoonDays: number): Promise<number> {
  let after = 0;
  let total = 0;
  for (;;) {
    const ids = (
      await db
        .selectFrom('assignments')
        .select('id')
        .where('state', 'not in', ['done', 'cancelled'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute()
    ).map((r) => r.id);
    if (!ids.length) return total;
    await transaction(db, (trx) => refreshStatuses(trx, ids, now, dueSoonDays));
    total += ids.length;
    after = ids.at(-1)!;
  }
}
