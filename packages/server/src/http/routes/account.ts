import { Hono } from 'hono';
import { changeOwnPassword, endOwnSessions, listOwnSessions } from '../../auth/account';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { passwordBody } from '../schemas/auth';
import { currentSessionId, requestClient } from '../session-cookie';
import { doc, json, pathId } from '../validate';

export const accountRoutes = new Hono<AppEnv>()
  .use('/account/*', requireUser)
  .post(
    '/account/password',
    doc('Đổi mật khẩu của mình (kết thúc các phiên khác)', 'account'),
    json(passwordBody),
    async (c) => {
      const body = c.req.valid('json');
      const result = await changeOwnPassword(ctxOf(c), body, {
        address: requestClient(c).address,
        sessionId: currentSessionId(c),
      });
      return c.json(result);
    },
  )
  .get('/account/sessions', doc('Các phiên đăng nhập của mình', 'account'), async (c) => {
    return c.json({ sessions: await listOwnSessions(ctxOf(c), currentSessionId(c)) });
  })
  .delete('/account/sessions', doc('Đăng xuất mọi phiên khác', 'account'), async (c) => {
    return c.json({ ended: await endOwnSessions(ctxOf(c), { allBut: currentSessionId(c) }) });
  })
  .delete('/account/sessions/:id', doc('Kết thúc một phiên', 'account'), async (c) => {
    return c.json({ ended: await endOwnSessions(ctxOf(c), { id: pathId(c) }) });
  });
