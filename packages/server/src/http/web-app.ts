import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app';

/** Vite names every file under assets/ by a hash of its content: a new build is a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page, service worker and manifest keep their names: the browser asks again each time. */
const REVALIDATE = 'no-cache';

/**
 * Serves the built web app: its precompressed .br/.gz files when the browser takes them, hashed
 * assets cached for a year, everything else revalidated; unknown paths get the page (client routes).
 */
export function serveWebApp(app: Hono<AppEnv>, webDir: string): void {
  if (!existsSync(path.join(webDir, 'index.html'))) return;
  const indexHtml = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const files = serveStatic({ root: path.relative(process.cwd(), webDir), precompressed: true });
  app.use('/*', (c, next) => {
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    return files(c, next);
  });
  // an asset of another build is gone: a 404, not the page in its place
  app.get('/assets/*', (c) => {
    c.header('Cache-Control', REVALIDATE);
    return c.text('Not found', 404);
  });
  app.get('*', (c) => {
    c.header('Cache-Control', REVALIDATE);
    return c.html(indexHtml);
  });
}
