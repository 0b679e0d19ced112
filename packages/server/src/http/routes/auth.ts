import { Hono } from 'hono';
import { recordAudit } from '../../audit/record-audit';
import { revokeApiToken } from '../../auth/api-tokens';
import { logout } from '../../auth/authenticate';
import { currentUser, signedInUser } from '../../auth/current-user';
import { login } from '../../auth/login';
import { AppError } from '../../errors';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { loginBody } from '../schemas/auth';
import { clearSessionCookie, readSessionToken, requestClient, setSessionCookie } from '../session-cookie';
import { doc, json } from '../validate';

export const authRoutes = new Hono<AppEnv>()
  .post('/auth/login', doc('Đăng nhập', 'auth'), json(loginBody), async (c) => {
    const body = c.req.valid('json');
    const { database } = c.get('deps');
    const client = { address: requestClient(c).address, userAgent: c.req.header('user-agent') ?? null };
    const result = await login(database.db, body.username, body.password, c.get('now')(), client).catch(
      async (err: unknown) => {
        const retry = (err as { details?: { retryAfterSeconds?: number } }).details?.retryAfterSeconds;
        if (retry) c.header('Retry-After', String(retry));
        // every refused login is recorded, known username or not, and never in the victim's name
        if (err instanceof AppError) {
          await recordAudit(database.db, {
            actorId: null,
            action: 'login.failed',
            entity: 'user',
            entityId: body.username.toLowerCase().slice(0, 100),
            after: { reason: err.code },
          });
        }
        throw err;
      },
    );
    setSessionCookie(c, result.token);
    return c.json({ user: await signedInUser(database.db, result.userId), csrfToken: result.csrfToken });
  })
  .post('/auth/logout', doc('Đăng xuất', 'auth'), requireUser, async (c) => {
    const token = readSessionToken(c);
    if (token) await logout(c.get('deps').database.db, token);
    // a client that signs out with its API token ends that token
    const tokenId = c.get('user').tokenId;
    if (tokenId !== undefined) await revokeApiToken(ctxOf(c), tokenId, 'logout');
    const userId = c.get('user').id;
    await recordAudit(c.get('deps').database.db, {
      actorId: userId,
      action: 'logout',
      entity: 'user',
      entityId: userId,
    });
    clearSessionCookie(c);
    return c.json({ ok: true });
  })
  .get('/auth/me', doc('Người dùng hiện tại', 'auth'), requireUser, async (c) => {
    const user = c.get('user');
    return c.json({
      user: await currentUser(c.get('deps').database.db, user, c.get('actor')),
      csrfToken: 'csrf' in user ? user.csrf : null,
    });
  });
