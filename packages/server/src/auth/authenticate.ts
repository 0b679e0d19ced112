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

/** The user behind an API token ("Authorization: Bearer …"); null when unknown or revoked. */
export async function userFromApiToken(db: Db, token: string, now: Date): Promise<UserRow | null> {
  const hash = tokenHash(token);
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(userColumns)
    .where('api_tokens.token_hash', '=', hash)
    .where('api_tokens.revoked_at', 'is', null)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (row)
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('token_hash', '=', hash).execute();
  return row ?? null;
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}
