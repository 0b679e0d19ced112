import type { Actor } from '@dondoc/domain';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestOrigin } from '../audit/request-origin';
import type { UserRow } from '../auth/load-actor';
import type { Database } from '../db/database';
import type { ExtractLimits } from '../directives/extract-limits';
import { AppError } from '../errors';
import type { FileStore } from '../files/file-store';
import type { Logger } from '../logger';
import { apiRoutes } from './api';
import { renderError } from './errors';
import { openApiHandler } from './openapi';
import { remoteAddress } from './remote-address';
import { securityHeaders } from './security-headers';
import { doc } from './validate';
import { serveWebApp } from './web-app';

export interface AppDeps {
  database: Database;
  logger: Logger;
  files: FileStore;
  /** Days before a deadline from which open work is flagged "due soon". */
  dueSoonDays: number;
  /** The clock; tests move it. */
  now?: () => Date;
  /** The built web app (packages/web/dist); omitted in API-only tests. */
  webDir?: string;
  /** How many reverse proxies stand in front (TRUST_PROXY): their X-Forwarded-* headers are believed. */
  trustProxy?: number;
  /** Bounds on directive imports; the defaults suit production, tests tighten them. */
  extractLimits?: Partial<ExtractLimits>;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    now: () => Date;
    user: UserRow & { csrf?: string; tokenId?: number };
    actor: Actor;
  };
};

/** Uploads carry their own, larger limit. */
const UPLOAD_PATHS = new Set(['/api/directives/import', '/api/files']);

const MAX_JSON_BODY = 2 * 1024 * 1024;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    c.set('now', deps.now ?? (() => new Date()));
    await requestOrigin.run(
      { ip: remoteAddress(c), userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null },
      next,
    );
    deps.logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });
  const jsonLimit = bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: () => {
      throw new AppError('payload_too_large', 'Dữ liệu gửi lên quá lớn.');
    },
  });
  app.use('/api/*', (c, next) => (UPLOAD_PATHS.has(c.req.path) ? next() : jsonLimit(c, next)));

  app.route('/', apiRoutes);
  app.get('/api/openapi.json', doc('Tài liệu OpenAPI của API này', 'help'), openApiHandler(app));
  app.all('/api/*', () => {
    throw new AppError('not_found', 'Không tìm thấy địa chỉ API này.');
  });

  if (deps.webDir) serveWebApp(app, deps.webDir);

  app.onError((err, c) => renderError(err, c, deps.logger));
  return app;
}
