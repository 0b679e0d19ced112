import { recordAudit } from '../audit/record-audit';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

export const SESSION_DAYS = 7;
const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: number;
}

/**
 * Checks a username and password. Five failures in a row lock the account for fifteen minutes;
 * the message does not say whether the username exists.
 */
export async function login(db: Db, username: string, password: string, now: Date): Promise<LoginResult> {
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'failed_logins', 'locked_until', 'disabled'])
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  const refused = new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  if (!user || user.disabled) throw refused;
  if (user.locked_until && user.locked_until > now) {
    throw new AppError(
      'rate_limited',
      'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần; vui lòng thử lại sau 15 phút.',
    );
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    await db
      .updateTable('users')
      .set({
        failed_logins: failures >= MAX_FAILURES ? 0 : failures,
        locked_until: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
      })
      .where('id', '=', user.id)
      .execute();
    throw refused;
  }
  const token = newToken();
  const csrfToken = newToken();
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', user.id)
    .execute();
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash(token),
      user_id: user.id,
      csrf_token: csrfToken,
      expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
    })
    .execute();
  await recordAudit(db, { actorId: user.id, action: 'login', entity: 'user', entityId: user.id });
  return { token, csrfToken, userId: user.id };
}
