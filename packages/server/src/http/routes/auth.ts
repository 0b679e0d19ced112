import { globalAbilities } from '@dondoc/domain';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { logout } from '../../auth/authenticate';
import { login, SESSION_DAYS } from '../../auth/login';
import { newToken, tokenHash } from '../../auth/tokens';
import type { AppEnv } from '../app';
import { requireUser, SESSION_COOKIE } from '../auth-middleware';
import { describe } from '../openapi';
import { jsonBody } from '../validate';

const loginBody = z.object({
  username: z.string().trim().min(1, 'Cần nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Cần nhập mật khẩu').max(200),
});

describe({ method: 'post', path: '/api/auth/login', summary: 'Đăng nhập', tag: 'auth', body: loginBody });
describe({ method: 'post', path: '/api/auth/logout', summary: 'Đăng xuất', tag: 'auth' });
describe({ method: 'get', path: '/api/auth/me', summary: 'Người dùng hiện tại', tag: 'auth' });
const tokenBody = z.object({ name: z.string().trim().min(1, 'Cần đặt tên cho mã truy cập').max(100) });
describe({
  method: 'post',
  path: '/api/auth/tokens',
  summary: 'Tạo mã truy cập API (chỉ hiện một lần)',
  tag: 'auth',
  body: tokenBody,
});

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', async (c) => {
    const body = await jsonBody(c, loginBody);
    const { database } = c.get('deps');
    const result = await login(database.db, body.username, body.password, c.get('now')());
    setCookie(c, SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: c.req.url.startsWith('https://'),
      maxAge: SESSION_DAYS * 86_400,
    });
    const user = await database.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name as displayName', 'role', 'unit_id as unitId'])
      .where('id', '=', result.userId)
      .executeTakeFirstOrThrow();
    return c.json({ user, csrfToken: result.csrfToken });
  })
  .post('/auth/logout', requireUser, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(c.get('deps').database.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  })
  .post('/auth/tokens', requireUser, async (c) => {
    const { name } = await jsonBody(c, tokenBody);
    const token = newToken();
    await c
      .get('deps')
      .database.db.insertInto('api_tokens')
      .values({ user_id: c.get('user').id, name, token_hash: tokenHash(token) })
      .execute();
    return c.json({ name, token }, 201);
  })
  .get('/auth/me', requireUser, async (c) => {
    const user = c.get('user');
    const unit = user.unit_id
      ? await c
          .get('deps')
          .database.db.selectFrom('units')
          .select(['id', 'name'])
          .where('id', '=', user.unit_id)
          .executeTakeFirst()
      : null;
    return c.json({
      user: {
        id: user.id,
        username: user.username,
        displayName: user.display_name,
        role: user.role,
        unit: unit ?? null,
        // what menus and screens may offer: the same policy the routes check
        abilities: globalAbilities(c.get('actor')),
      },
      csrfToken: 'csrf' in user ? user.csrf : null,
    });
  });
