import { Hono } from 'hono';
import { migrationStatus } from '../../db/migrate';
import type { AppEnv } from '../app';

export const healthRoutes = new Hono<AppEnv>().get('/health', async (c) => {
  const { database } = c.get('deps');
  const status = await migrationStatus(database.db);
  return c.json({
    status: status.pending.length === 0 ? 'ok' : 'migrations_pending',
    engine: database.engine,
    migration: status.level,
    pendingMigrations: status.pending.length,
  });
});
