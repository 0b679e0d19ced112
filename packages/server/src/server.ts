import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Database, databaseTarget, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { seedDemo } from './demo/seed-demo';
import type { Env } from './env';
import { diskFileStore } from './files/file-store';
import { createApp } from './http/app';
import { startScheduler } from './jobs/scheduler';
import type { Logger } from './logger';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  port: number;
  database: Database;
  /** Stops taking connections, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

/** Opens and migrates the database, seeds demo data into an empty one, and serves the app. */
export async function startServer(env: Env, logger: Logger): Promise<RunningServer> {
  const database = await openDatabase(databaseTarget(env));
  try {
    const applied = await migrate(database.db);
    logger.info({ engine: database.engine, applied }, 'database ready');
    const seed = await seedDemo(database.db);
    if (seed.seeded) logger.info({ units: seed.units }, 'demo data seeded');
  } catch (err) {
    await database.close();
    throw err;
  }

  const files = diskFileStore(path.resolve(env.DATA_DIR === 'memory://' ? tmpdir() : env.DATA_DIR, 'files'));
  const app = createApp({ database, logger, files, dueSoonDays: env.DUE_SOON_DAYS, webDir: WEB_DIST });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const stopScheduler = startScheduler(database.db, logger, env.DUE_SOON_DAYS);
  logger.info({ port, engine: database.engine }, `dondoc đang chạy tại http://localhost:${port}`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info('shutting down');
      stopScheduler();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // keep-alive sockets with no request in flight would hold close() open
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, env.SHUTDOWN_TIMEOUT_MS).unref();
      });
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { port, database, stop };
}
