import { Hono } from 'hono';
import { z } from 'zod';
import { changeOwnPassword, endOwnSessions, listOwnSessions } from '../../auth/account';
import { MIN_PASSWORD_LENGTH } from '../../users/create-admin';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';
import { currentSessionId, requestClient } from '../session-cookie';
import { jsonBody, pathId } from '../validate';

const passwordBody = z.object({
  currentPassword: z.string().min(1, 'Cần nhập mật khẩu hiện tại').max(200),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`)
    .max(200, 'Mật khẩu mới quá dài'),
});

describe({
  method: 'post',
  path: '/api/account/password',
  summary: 'Đổi mật khẩu của mình (kết thúc các phiên khác)',
  tag: 'account',
  body: passwordBody,
});
describe({
  method: 'get',
  path: '/api/account/sessions',
  summary: 'Các phiên đăng nhập của mình',
  tag: 'account',
});
describe({
  method: 'delete',
  path: '/api/account/sessions',
  summary: 'Đăng xuất mọi phiên khác',
  tag: 'account',
});
describe({
  method: 'delete',
  path: '/api/account/sessions/:id',
  summary: 'Kết thúc một phiên',
  tag: 'account',
});

export const accountRoutes = new Hono<AppEnv>()
  .use('/account/*', requireUser)
  .post('/account/password', async (c) => {
    const body = await jsonBody(c, passwordBody);
    const result = await changeOwnPassword(ctxOf(c), body, {
      address: requestClient(c).address,
      sessionId: currentSessionId(c),
    });
    return c.json(result);
  })
  .get('/account/sessions', async (c) => {
    return c.json({ sessions: await listOwnSessions(ctxOf(c), currentSessionId(c)) });
  })
  .delete('/account/sessions', async (c) => {
    return c.json({ ended: await endOwnSessions(ctxOf(c), { allBut: currentSessionId(c) }) });
  })
  .delete('/account/sessions/:id', async (c) => {
    return c.json({ ended: await endOwnSessions(ctxOf(c), { id: pathId(c) }) });
  });
