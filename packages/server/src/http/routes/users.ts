import { can } from '@dondoc/domain';
import { type Context, Hono } from 'hono';
import { AppError } from '../../errors';
import { createUser, listUsers, updateUser } from '../../users/manage-users';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { newUser, userPatch } from '../schemas/users';
import { doc, json, pathId } from '../validate';

function admin(c: Context<AppEnv>) {
  const ctx = ctxOf(c);
  if (!can(ctx.actor, 'directory.manage'))
    throw new AppError('forbidden', 'Chỉ quản trị viên quản lý người dùng.');
  return ctx;
}

export const userRoutes = new Hono<AppEnv>()
  .use('/users', requireUser)
  .use('/users/*', requireUser)
  .get('/users', doc('Người dùng (quản trị)', 'users'), async (c) =>
    c.json({ items: await listUsers(admin(c)) }),
  )
  .post('/users', doc('Tạo người dùng', 'users'), json(newUser), async (c) => {
    const ctx = admin(c);
    return c.json(await createUser(ctx, c.req.valid('json')), 201);
  })
  .patch(
    '/users/:id',
    doc('Sửa vai trò, đơn vị, khóa, đặt lại mật khẩu', 'users'),
    json(userPatch),
    async (c) => {
      const ctx = admin(c);
      return c.json(await updateUser(ctx, pathId(c), c.req.valid('json')));
    },
  );
