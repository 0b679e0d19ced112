import { sql } from 'kysely';
import type { Db } from '../db/database';
import { AppError } from '../errors';

/**
 * Login attempts are counted in the database *before* the password is checked, in one atomic
 * statement, so a burst of parallel guesses cannot all slip past the count. Three keys:
 * one name from one address (a guesser), one address over every name (spraying), one name over
 * every address (a distributed guesser). A key over its limit refuses for the rest of its window;
 * the account itself is never locked, so a stranger cannot shut its owner out from elsewhere.
 * Keys do not depend on whether the name exists: unknown names are throttled exactly alike.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_LIMITS = { nameAtAddress: 5, address: 30, name: 100 } as const;

export interface ThrottleKeys {
  nameAtAddress: string;
  address: string;
  name: string;
}

export function throttleKeys(username: string, address: string): ThrottleKeys {
  return {
    nameAtAddress: `name-at-address:${username}@${address}`,
    address: `address:${address}`,
    name: `name:${username}`,
  };
}

/** Counts one attempt under every key; refuses with 429 (and when to retry) if any is over its limit. */
export async function countAttempt(db: Db, keys: ThrottleKeys, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  const rows = await db
    .insertInto('login_throttle')
    .values(Object.values(keys).map((key) => ({ key, attempts: 1, window_start: now })))
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: sql`case when login_throttle.window_start <= ${windowStart} then 1 else login_throttle.attempts + 1 end`,
        window_start: sql`case when login_throttle.window_start <= ${windowStart} then excluded.window_start else login_throttle.window_start end`,
      }),
    )
    .returning(['key', 'attempts', 'window_start'])
    .execute();
  const limits = new Map(
    Object.entries(keys).map(([kind, key]) => [key, THROTTLE_LIMITS[kind as keyof ThrottleKeys]]),
  );
  const over = rows.filter((r) => r.attempts > (limits.get(r.key) ?? 0));
  if (over.length === 0) return;
  const until = Math.max(...over.map((r) => r.window_start.getTime())) + THROTTLE_WINDOW_MINUTES * 60_000;
  const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
  throw new AppError(
    'rate_limited',
    `Đăng nhập sai quá nhiều lần; vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * After a right password: the name at this address starts afresh, and this attempt no longer
 * counts against the name or the address (earlier failures still do, so a guesser who owns one
 * account cannot wipe its address's record by logging into it).
 */
export async function forgiveAttempt(db: Db, keys: ThrottleKeys): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', keys.nameAtAddress).execute();
  // one row a statement, always address before name: two logins never lock them in opposite order
  for (const key of [keys.address, keys.name]) {
    await db
      .updateTable('login_throttle')
      .set({ attempts: sql`greatest(attempts - 1, 0)` })
      .where('key', '=', key)
      .execute();
  }
}

/** Keys whose window has passed hold nothing; removed so sprayed names do not pile up. */
export async function sweepThrottle(db: Db, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
  await db.deleteFrom('login_throttle').where('window_start', '<=', windowStart).execute();
}
