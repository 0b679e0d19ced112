import { Hono } from 'hono';
import { createUser, listUsers, updateUser } from '../../users/manage-users';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { newUser, userPatch } from '../schemas/users';
import { doc, json, pathId } from '../validate';

// the use cases authorise (directory.manage): routes only route
export const userRoutes = new Hono<AppEnv>()
  .use('/users', requireUser)
  .use('/users/*', requireUser)
  .get('/users', doc('Người dùng (quản trị)', 'users'), async (c) =>
    c.json({ items: await listUsers(ctxOf(c)) }),
  )
  .post('/users', doc('Tạo người dùng', 'users'), json(newUser), async (c) => {
    return c.json(await createUser(ctxOf(c), c.req.valid('json')), 201);
  })
  .patch(
    '/users/:id',
    doc('Sửa vai trò, đơn vị, khóa, đặt lại mật khẩu', 'users'),
    json(userPatch),
    async (c) => {
      return c.json(await updateUser(ctxOf(c), pathId(c), c.req.valid('json')));
    },
  );
