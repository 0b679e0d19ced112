import { recordAudit } from '../audit/record-audit';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { countAttempt, forgiveAttempt, throttleKeys } from './login-throttle';
import { hashPassword, verifyPassword } from './passwords';
import { newToken, tokenHash } from './tokens';

export const SESSION_DAYS = 7;

export interface LoginResult {
  token: string;
  csrfToken: string;
  userId: number;
}

export interface LoginClient {
  address: string;
  userAgent: string | null;
}

/** Checked in place of a real hash when the name is unknown, so both cases cost one argon2 verify. */
const decoyHash: Promise<string> = hashPassword(newToken());

/**
 * Checks a username and password. The attempt is counted first (see login-throttle.ts), then an
 * unknown or disabled name goes through the same password check as a real one and gets the same
 * answer, so neither the time taken nor the reply tells which names exist.
 */
export async function login(
  db: Db,
  username: string,
  password: string,
  now: Date,
  client: LoginClient = { address: 'unknown', userAgent: null },
): Promise<LoginResult> {
  const name = username.trim().toLowerCase();
  const keys = throttleKeys(name, client.address);
  await countAttempt(db, keys, now);
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'disabled'])
    .where('username', '=', name)
    .executeTakeFirst();
  const passwordOk = await verifyPassword(user?.password_hash ?? (await decoyHash), password);
  if (!user || user.disabled || !passwordOk) {
    throw new AppError('unauthenticated', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  }
  await forgiveAttempt(db, keys);
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash(token),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
      address: client.address,
      user_agent: client.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  await recordAudit(db, { actorId: user.id, action: 'login', entity: 'user', entityId: user.id });
  return { token, csrfToken, userId: user.id };
}
