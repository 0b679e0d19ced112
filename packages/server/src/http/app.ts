import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Database } from '../db/database';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { renderError } from './errors';
import { healthRoutes } from './routes/health';

export interface AppDeps {
  database: Database;
  logger: Logger;
  /** The built web app (packages/web/dist); omitted in API-only tests. */
  webDir?: string;
}

export type AppEnv = { Variables: { deps: AppDeps } };

const MAX_JSON_BODY = 2 * 1024 * 1024;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', secureHeaders());
  app.use('*', async (c, next) => {
    const started = performance.now();
    c.set('deps', deps);
    await next();
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
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_JSON_BODY,
      onError: () => {
        throw new AppError('payload_too_large', 'Dữ liệu gửi lên quá lớn.');
      },
    }),
  );

  app.route('/api', healthRoutes);
  app.all('/api/*', () => {
    throw new AppError('not_found', 'Không tìm thấy địa chỉ API này.');
  });

  if (deps.webDir && existsSync(path.join(deps.webDir, 'index.html'))) {
    const indexHtml = readFileSync(path.join(deps.webDir, 'index.html'), 'utf8');
    app.use('/*', serveStatic({ root: path.relative(process.cwd(), deps.webDir) }));
    app.get('*', (c) => c.html(indexHtml)); // client-side routes
  }

  app.onError((err, c) => renderError(err, c, deps.logger));
  return app;
}
