import type { Actor } from '@dondoc/domain';
import type { Context, MiddlewareHandler } from 'hono';
import { userFromApiToken } from '../auth/api-tokens';
import { userFromSession } from '../auth/authenticate';
import { loadActor, type UserRow } from '../auth/load-actor';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import type { AppEnv } from './app';
import { readSessionToken } from './session-cookie';

export const CSRF_HEADER = 'x-csrf-token';

/**
 * Who is calling: a session cookie (browsers; writes must echo the session's CSRF token in a
 * header) or a bearer API token (machine clients). Sets `user` and `actor`; 401 when neither.
 */
export const requireUser: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { database } = c.get('deps');
  const now = c.get('now')();
  let user: (UserRow & { tokenId?: number }) | null = null;
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer) {
    const tokenUser = await userFromApiToken(database.db, bearer, now);
    if (tokenUser?.tokenScope === 'read' && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      throw new AppError('forbidden', 'Mã truy cập này chỉ được đọc dữ liệu, không được ghi.');
    }
    user = tokenUser;
  } else {
    const token = readSessionToken(c);
    const session = token ? await userFromSession(database.db, token, now) : null;
    if (
      session &&
      !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) &&
      c.req.header(CSRF_HEADER) !== session.csrf
    ) {
      throw new AppError(
        'forbidden',
        'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo); hãy tải lại trang.',
      );
    }
    user = session;
  }
  if (!user) throw new AppError('unauthenticated', 'Bạn cần đăng nhập.');
  c.set('user', user);
  c.set('actor', await loadActor(database.db, user));
  await next();
};

/** The use-case context for this request. */
export function ctxOf(c: Context<AppEnv>): Ctx {
  const deps = c.get('deps');
  return {
    db: deps.database.db,
    actor: c.get('actor') as Actor,
    now: c.get('now'),
    files: deps.files,
    dueSoonDays: deps.dueSoonDays,
  };
}
