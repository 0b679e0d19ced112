import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SESSION_DAYS } from '../auth/login';
import type { AppEnv } from './app';
import { clientInfo } from './client-info';

export const SESSION_COOKIE = 'dondoc_session';
/** Over TLS the cookie takes the __Host- prefix: Secure, path /, no Domain, so no sibling host can plant one. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function requestClient(c: Context<AppEnv>) {
  return clientInfo(c, c.get('deps').trustProxy ?? 0);
}

function cookieName(c: Context<AppEnv>): string {
  return requestClient(c).secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  const secure = requestClient(c).secure;
  setCookie(c, secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure,
    maxAge: SESSION_DAYS * 86_400,
  });
}

/** Over TLS only the prefixed cookie counts: a plain one could have been planted by a sibling host. */
export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, cookieName(c));
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const secure = requestClient(c).secure;
  deleteCookie(c, secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, { path: '/', secure });
}

/** The id of the session this request came with; undefined for an API token. */
export function currentSessionId(c: Context<AppEnv>): number | undefined {
  return (c.get('user') as { sessionId?: number }).sessionId;
}
