import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';

export const MIN_PASSWORD_LENGTH = 10;

/**
 * An administrator created from the command line: the first account of a production database,
 * or a way back in when every admin password is lost. Audited with no actor (the machine's operator).
 */
export async function createAdmin(
  db: Db,
  input: { username: string; displayName?: string; password: string },
) {
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{2,100}$/.test(username)) {
    throw new AppError(
      'validation_failed',
      'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch (2–100 ký tự).',
    );
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed', `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`);
  }
  const taken = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (taken) throw new AppError('conflict', `Tên đăng nhập "${username}" đã có người dùng.`);
  const passwordHash = await hashPassword(input.password);
  return transaction(db, async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({
        username,
        display_name: input.displayName?.trim() || 'Quản trị viên',
        role: 'admin',
        unit_id: null,
        password_hash: passwordHash,
      })
      .returning(['id', 'username'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorId: null,
      action: 'user.create_admin',
      entity: 'user',
      entityId: user.id,
      after: { username, role: 'admin', via: 'cli' },
    });
    return user;
  });
}
