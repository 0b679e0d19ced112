import { Hono } from 'hono';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../auth/api-tokens';
import { AppError } from '../../errors';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';
import { jsonBody, pathId } from '../validate';

const tokenBody = z.object({
  name: z.string().trim().min(1, 'Cần đặt tên cho mã truy cập').max(100),
  scope: z
    .enum(['read', 'write'], { error: 'Phạm vi là "read" (chỉ đọc) hoặc "write" (đọc và ghi)' })
    .default('read'),
  expiresInDays: z
    .number()
    .int()
    .min(1, 'Thời hạn từ 1 đến 365 ngày')
    .max(365, 'Thời hạn từ 1 đến 365 ngày')
    .default(90),
});

describe({
  method: 'post',
  path: '/api/auth/tokens',
  summary: 'Tạo mã truy cập API (chỉ hiện một lần; có thời hạn và phạm vi)',
  tag: 'auth',
  body: tokenBody,
});
describe({ method: 'get', path: '/api/auth/tokens', summary: 'Các mã truy cập API', tag: 'auth' });
describe({ method: 'delete', path: '/api/auth/tokens/:id', summary: 'Thu hồi mã truy cập API', tag: 'auth' });

export const apiTokenRoutes = new Hono<AppEnv>()
  .use('/auth/tokens', requireUser)
  .use('/auth/tokens/*', requireUser)
  .post('/auth/tokens', async (c) => {
    // a stolen token must not be able to mint itself successors
    if (c.get('user').tokenId !== undefined)
      throw new AppError(
        'forbidden',
        'Chỉ tạo mã truy cập khi đăng nhập bằng mật khẩu, không bằng mã truy cập.',
      );
    const input = await jsonBody(c, tokenBody);
    return c.json(await createApiToken(ctxOf(c), input), 201);
  })
  .get('/auth/tokens', async (c) => c.json({ items: await listApiTokens(ctxOf(c)) }))
  .delete('/auth/tokens/:id', async (c) => {
    await revokeApiToken(ctxOf(c), pathId(c));
    return c.json({ ok: true });
  });
