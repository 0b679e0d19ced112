import { Hono } from 'hono';
import { checkDatabase } from '../../db/check-database';
import { migrationStatus } from '../../db/migrate';
import type { AppEnv } from '../app';
import { doc } from '../validate';

/** "ok" only when the database really answers (see check-database.ts); 503 otherwise, so a balancer stops sending. */
export const healthRoutes = new Hono<AppEnv>().get(
  '/health',
  doc('Tình trạng máy chủ và cơ sở dữ liệu (503 khi không dùng được)', 'health'),
  async (c) => {
    const { database, logger } = c.get('deps');
    const problems = await checkDatabase(database.db);
    const status = problems.length === 0 ? await migrationStatus(database.db).catch(() => null) : null;
    if (!status) {
      logger.error({ problems }, 'health check failed');
      return c.json({ status: 'unavailable', engine: database.engine, database: 'failed' }, 503);
    }
    return c.json({
      status: status.pending.length === 0 ? 'ok' : 'migrations_pending',
      engine: database.engine,
      migration: status.level,
      pendingMigrations: status.pending.length,
    });
  },
);
