import { Hono } from 'hono';
import { createApiToken, listApiTokens, revokeApiToken } from '../../auth/api-tokens';
import { AppError } from '../../errors';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { tokenBody } from '../schemas/auth';
import { doc, json, pathId } from '../validate';

export const apiTokenRoutes = new Hono<AppEnv>()
  .use('/auth/tokens', requireUser)
  .use('/auth/tokens/*', requireUser)
  .post(
    '/auth/tokens',
    doc('Tạo mã truy cập API (chỉ hiện một lần; có thời hạn và phạm vi)', 'auth'),
    json(tokenBody),
    async (c) => {
      // a stolen token must not be able to mint itself successors
      if (c.get('user').tokenId !== undefined)
        throw new AppError(
          'forbidden',
          'Chỉ tạo mã truy cập khi đăng nhập bằng mật khẩu, không bằng mã truy cập.',
        );
      const input = c.req.valid('json');
      return c.json(await createApiToken(ctxOf(c), input), 201);
    },
  )
  .get('/auth/tokens', doc('Các mã truy cập API', 'auth'), async (c) =>
    c.json({ items: await listApiTokens(ctxOf(c)) }),
  )
  .delete('/auth/tokens/:id', doc('Thu hồi mã truy cập API', 'auth'), async (c) => {
    await revokeApiToken(ctxOf(c), pathId(c));
    return c.json({ ok: true });
  });
