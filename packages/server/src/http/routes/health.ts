import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { migrationStatus } from '../../db/migrate';
import type { AppEnv } from '../app';

const STATUS_RULES = readFileSync(
  fileURLToPath(new URL('../../help/status-rules.vi.md', import.meta.url)),
  'utf8',
);

export const healthRoutes = new Hono<AppEnv>()
  .get('/help/status-rules', (c) =>
    c.text(STATUS_RULES, 200, { 'content-type': 'text/markdown; charset=utf-8' }),
  )
  .get('/health', async (c) => {
    const { database } = c.get('deps');
    const status = await migrationStatus(database.db);
    return c.json({
      status: status.pending.length === 0 ? 'ok' : 'migrations_pending',
      engine: database.engine,
      migration: status.level,
      pendingMigrations: status.pending.length,
    });
  });
