import { can, ROLES } from '@dondoc/domain';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../errors';
import { createUser, listUsers, updateUser } from '../../users/manage-users';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';
import { jsonBody, pathId } from '../validate';

const password = z.string().min(10, 'Mật khẩu cần ít nhất 10 ký tự').max(200);
const newUser = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{3,60}$/i, 'Tên đăng nhập gồm chữ không dấu, số, dấu chấm, gạch (3–60 ký tự)'),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(ROLES),
  unitId: z.number().int().positive().nullable(),
  password,
});
const EDITABLE = 'displayName, role, unitId, disabled (khóa tài khoản), password';
// unknown fields are refused rather than dropped: dropped, {"locked":true} became an empty update
const userPatch = z
  .strictObject(
    {
      displayName: z.string().trim().min(1).max(200).optional(),
      role: z.enum(ROLES).optional(),
      unitId: z.number().int().positive().nullable().optional(),
      disabled: z.boolean().optional(),
      password: password.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Trường không được hỗ trợ: ${issue.keys.join(', ')}. Các trường sửa được: ${EDITABLE}.`
          : undefined,
    },
  )
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: `Không có thay đổi nào: cần ít nhất một trong các trường ${EDITABLE}.`,
  });

describe({ method: 'get', path: '/api/users', summary: 'Người dùng (quản trị)', tag: 'users' });
describe({ method: 'post', path: '/api/users', summary: 'Tạo người dùng', tag: 'users', body: newUser });
describe({
  method: 'patch',
  path: '/api/users/:id',
  summary: 'Sửa vai trò, đơn vị, khóa, đặt lại mật khẩu',
  tag: 'users',
  body: userPatch,
});

function admin(c: Context<AppEnv>) {
  const ctx = ctxOf(c);
  if (!can(ctx.actor, 'directory.manage'))
    throw new AppError('forbidden', 'Chỉ quản trị viên quản lý người dùng.');
  return ctx;
}

export const userRoutes = new Hono<AppEnv>()
  .use('/users', requireUser)
  .use('/users/*', requireUser)
  .get('/users', async (c) => c.json({ items: await listUsers(admin(c)) }))
  .post('/users', async (c) => {
    const ctx = admin(c);
    return c.json(await createUser(ctx, await jsonBody(c, newUser)), 201);
  })
  .patch('/users/:id', async (c) => {
    const ctx = admin(c);
    return c.json(await updateUser(ctx, pathId(c), await jsonBody(c, userPatch)));
  });
