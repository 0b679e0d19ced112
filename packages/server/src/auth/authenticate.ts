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

/** A session unused this long ends, whatever its expiry. */
export const SESSION_IDLE_MINUTES = 60;
/** Last use is written at most once a minute, not on every request. */
const SEEN_RESOLUTION_MS = 60_000;

/** The user behind a session cookie, with the session's id and CSRF token; null when absent, expired or idle. */
export async function userFromSession(
  db: Db,
  token: string,
  now: Date,
): Promise<(UserRow & { csrf: string; sessionId: number }) | null> {
  const hash = tokenHash(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      ...userColumns,
      'sessions.csrf_token as csrf',
      'sessions.id as sessionId',
      'sessions.last_seen_at',
    ])
    .where('sessions.token_hash', '=', hash)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>', new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000))
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  if (now.getTime() - row.last_seen_at.getTime() >= SEEN_RESOLUTION_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', hash).execute();
  }
  const { last_seen_at: _seen, ...user } = row;
  return user;
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}
