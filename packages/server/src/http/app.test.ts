import { tmpdir } from 'node:os';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import type { Database } from '../db/database';
import { migrationFiles } from '../db/migrate';
import { diskFileStore } from '../files/file-store';
import { createApp } from './app';

describe.each(testEngines())('HTTP app on %s', (engine) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = createApp({
      database,
      logger: pino({ level: 'silent' }),
      files: diskFileStore(tmpdir()),
      dueSoonDays: 7,
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('reports the engine and migration level on /api/health', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      engine,
      migration: migrationFiles()
        .at(-1)
        ?.replace(/\.sql$/, ''),
      pendingMigrations: 0,
    });
  });

  it('answers an unknown API path with a Vietnamese JSON error', async () => {
    const res = await app.request('/api/khong-co');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'Không tìm thấy địa chỉ API này.' },
    });
  });

  it('refuses an oversized body with 413', async () => {
    const res = await app.request('/api/health', {
      method: 'POST',
      body: 'x'.repeat(3 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });
});
