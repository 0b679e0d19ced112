import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { revokeUserTokens } from './api-tokens';
import { SESSION_IDLE_MINUTES } from './authenticate';
import { countAttempt, forgiveAttempt, throttleKeys } from './login-throttle';
import { hashPassword, verifyPassword } from './passwords';

/** The user's own account: change the password, see and end sessions. Each acts on ctx.actor only. */

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/**
 * Checks the current password (counted like a login, so a borrowed session cannot guess it),
 * stores the new one and ends every other session of the user.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  input: PasswordChange,
  client: { address: string; sessionId: number | undefined },
): Promise<{ endedSessions: number }> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash'])
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  const keys = throttleKeys(user.username, client.address);
  await countAttempt(ctx.db, keys, ctx.now());
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError('refused', 'Mật khẩu hiện tại không đúng.');
  }
  await forgiveAttempt(ctx.db, keys);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  }
  const hash = await hashPassword(input.newPassword);
  return transaction(ctx.db, async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', user.id).execute();
    let others = trx.deleteFrom('sessions').where('user_id', '=', user.id);
    if (client.sessionId !== undefined) others = others.where('id', '!=', client.sessionId);
    const ended = await others.executeTakeFirst();
    // a new password also ends the API tokens made under the old one
    await revokeUserTokens(trx, user.id, ctx.now(), 'password_changed');
    await recordAudit(trx, {
      actorId: user.id,
      action: 'user.password_changed',
      entity: 'user',
      entityId: user.id,
      after: { endedSessions: Number(ended.numDeletedRows) },
    });
    return { endedSessions: Number(ended.numDeletedRows) };
  });
}

/** The user's open sessions, newest use first; the one asking is marked current. */
export async function listOwnSessions(ctx: Ctx, currentId: number | undefined) {
  const now = ctx.now();
  const rows = await ctx.db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'address', 'user_agent'])
    .where('user_id', '=', ctx.actor.userId)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', new Date(now.getTime() - SESSION_IDLE_MINUTES * 60_000))
    .orderBy('last_seen_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.created_at.toISOString(),
    lastSeenAt: r.last_seen_at.toISOString(),
    expiresAt: r.expires_at.toISOString(),
    address: r.address,
    userAgent: r.user_agent,
    current: r.id === currentId,
  }));
}

/** Ends one of the user's sessions, or all but the current one (`id` undefined). */
export async function endOwnSessions(
  ctx: Ctx,
  target: { id: number } | { allBut: number | undefined },
): Promise<number> {
  return transaction(ctx.db, async (trx) => {
    let query = trx.deleteFrom('sessions').where('user_id', '=', ctx.actor.userId);
    if ('id' in target) query = query.where('id', '=', target.id);
    else if (target.allBut !== undefined) query = query.where('id', '!=', target.allBut);
    const ended = Number((await query.executeTakeFirst()).numDeletedRows);
    if ('id' in target && ended === 0) throw new AppError('not_found', 'Không tìm thấy phiên đăng nhập này.');
    await recordAudit(trx, {
      actorId: ctx.actor.userId,
      action: 'session.ended',
      entity: 'user',
      entityId: ctx.actor.userId,
      after: 'id' in target ? { session: target.id } : { others: ended },
    });
    return ended;
  });
}
