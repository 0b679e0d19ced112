import { userAbilities } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import { revokeUserTokens } from '../auth/api-tokens';
import { authorize } from '../auth/authorize';
import { hashPassword } from '../auth/passwords';
import type { Ctx } from '../context';
import type { Role } from '../db/schema';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  password: string;
}

export interface UserPatch {
  displayName?: string;
  role?: Role;
  unitId?: number | null;
  disabled?: boolean;
  password?: string;
}

const columns = [
  'id',
  'username',
  'display_name as displayName',
  'role',
  'unit_id as unitId',
  'disabled',
] as const;

const ADMIN_ONLY = { forbidden: 'Chỉ quản trị viên quản lý người dùng.' };

/** Every user, each with what the admin may do with it (no locking or demoting oneself). */
export async function listUsers(ctx: Ctx) {
  authorize(ctx.actor, 'directory.manage', undefined, ADMIN_ONLY);
  const rows = await ctx.db.selectFrom('users').select(columns).orderBy('username').execute();
  return rows.map((u) => ({ ...u, abilities: userAbilities(ctx.actor, u) }));
}

export async function createUser(ctx: Ctx, input: NewUser) {
  authorize(ctx.actor, 'directory.manage', undefined, ADMIN_ONLY);
  const username = input.username.trim().toLowerCase();
  const taken = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (taken) throw new AppError('conflict', `Tên đăng nhập "${username}" đã có người dùng.`);
  if (input.role === 'officer' && !input.unitId)
    throw new AppError('validation_failed', 'Chuyên viên cần thuộc một đơn vị.');
  return transaction(ctx.db, async (db) => {
    const user = await db
      .insertInto('users')
      .values({
        username,
        display_name: input.displayName,
        role: input.role,
        unit_id: input.unitId,
        password_hash: await hashPassword(input.password),
      })
      .returning(columns)
      .executeTakeFirstOrThrow();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'user.create',
      entity: 'user',
      entityId: user.id,
      after: { ...user },
    });
    return user;
  });
}

export async function updateUser(ctx: Ctx, id: number, patch: UserPatch) {
  authorize(ctx.actor, 'directory.manage', undefined, ADMIN_ONLY);
  return transaction(ctx.db, async (db) => {
    const before = await db
      .selectFrom('users')
      .select(columns)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('not_found', 'Không tìm thấy người dùng.');
    const may = userAbilities(ctx.actor, before);
    if (
      (patch.disabled && !may.includes('user.lock')) ||
      (patch.role && patch.role !== before.role && !may.includes('user.change_role'))
    ) {
      throw new AppError('refused', 'Không thể tự khóa hoặc bỏ quyền quản trị của chính mình.');
    }
    const changes = {
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.unitId !== undefined ? { unit_id: patch.unitId } : {}),
      ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
      ...(patch.password
        ? { password_hash: await hashPassword(patch.password), failed_logins: 0, locked_until: null }
        : {}),
    };
    // nothing to write is no change (an empty SET is a syntax error)
    if (!Object.keys(changes).length) return before;
    const after = await db
      .updateTable('users')
      .set(changes)
      .where('id', '=', id)
      .returning(columns)
      .executeTakeFirstOrThrow();
    // a disabled user or a new password ends every open session
    // and every API token: a reset or a lock must shut out whoever held the old secret
    if (patch.disabled || patch.password) {
      await db.deleteFrom('sessions').where('user_id', '=', id).execute();
      await revokeUserTokens(db, id, ctx.now(), patch.disabled ? 'disabled' : 'password_reset');
    }
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'user.update',
      entity: 'user',
      entityId: id,
      before,
      after: { ...after, password: patch.password ? 'đã đổi' : undefined },
    });
    return after;
  });
}
