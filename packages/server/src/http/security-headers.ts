import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Hono's secure headers plus a Content-Security-Policy: scripts only from this origin, nothing may
 * frame the app. Styles allow 'unsafe-inline' because Ant Design injects its CSS-in-JS at run time
 * (and ECharts writes style attributes); scripts, where injection matters, stay strict.
 */
const policy = secureHeaders({
  xFrameOptions: 'DENY',
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
});

/** API answers carry who is logged in and what they may see: no cache, shared or private, keeps them. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await policy(c, next);
  if (c.req.path.startsWith('/api/') && !c.res.headers.has('cache-control')) {
    c.res.headers.set('Cache-Control', 'no-store');
  }
};
