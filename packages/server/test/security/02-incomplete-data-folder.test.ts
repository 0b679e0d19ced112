import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAdmin } from '../../src/users/create-admin';
import { envFor, httpLogin, start, tempDir } from './server-helpers';

const ADMIN_PASSWORD = 'quan-tri-2026-an-toan';

// The embedded engine's data folder only: a PostgreSQL server keeps its own files.
describe('#10.2 an incomplete data folder stops the start instead of becoming a new database (pglite)', {
  timeout: 180_000,
}, () => {
  it('#10.2 a missing PG_VERSION stops the start with a clear message, and the data is there once it is back', async () => {
    const dir = tempDir();
    const env = envFor('pglite', dir);
    const first = await start(env);
    await createAdmin(first.server.database.db, { username: 'quantri', password: ADMIN_PASSWORD });
    await first.server.stop();

    const versionFile = path.join(dir, 'pglite', 'PG_VERSION');
    const version = readFileSync(versionFile);
    rmSync(versionFile);
    await expect(start(env)).rejects.toThrow(/không chứa một cơ sở dữ liệu hoàn chỉnh.*pglite\/PG_VERSION/s);

    writeFileSync(versionFile, version);
    const again = await start(env);
    try {
      expect((await httpLogin(again.url, 'quantri', ADMIN_PASSWORD)).status).toBe(200);
    } finally {
      await again.server.stop();
    }
  });

  it('#10.2 uploaded files without their pglite folder stop the start too', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'files', 'ab'), { recursive: true });
    writeFileSync(path.join(dir, 'files', 'ab', 'ab12'), 'minh chứng');
    await expect(start(envFor('pglite', dir))).rejects.toThrow(/thiếu thư mục pglite\/.*files/s);
  });

  it('#10.2 where there was nothing, a new empty database is made, without demo data', async () => {
    const dir = path.join(tempDir(), 'chua-co');
    const fresh = await start(envFor('pglite', dir));
    try {
      const health = (await (await fetch(`${fresh.url}/api/health`)).json()) as { status: string };
      expect(health.status).toBe('ok');
      const users = await fresh.server.database.db.selectFrom('users').select('id').execute();
      expect(users).toHaveLength(0);
    } finally {
      await fresh.server.stop();
    }
  });

  it('#10.2 a first start cut off while creating the database leaves nothing that blocks the next', async () => {
    const dir = tempDir();
    // what a kill during initialisation leaves: a half-written folder beside the real one
    mkdirSync(path.join(dir, 'pglite.new', 'base'), { recursive: true });
    writeFileSync(path.join(dir, 'pglite.new', 'PG_VERSION'), '18');
    const fresh = await start(envFor('pglite', dir));
    await fresh.server.stop();
  });
});
