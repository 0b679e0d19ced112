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
