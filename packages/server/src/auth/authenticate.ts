import type { Db } from '../db/database';
import type { UserRow } from './load-actor';
import { tokenHash } from './tokens';

const userColumns = [
  'users.id',
  'users.username',
  'users.display_name',
  'users.role',
  'users.unit_id',
] as const;

/** The user behind a session cookie, with the session's CSRF token; null when absent or expired. */
export async function userFromSession(
  db: Db,
  token: string,
  now: Date,
): Promise<(UserRow & { csrf: string }) | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([...userColumns, 'sessions.csrf_token as csrf'])
    .where('sessions.token_hash', '=', tokenHash(token))
    .where('sessions.expires_at', '>', now)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  return row ?? null;
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}
