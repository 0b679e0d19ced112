import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../../src/users/create-admin';
import { createWorld, PASSWORD, type World } from '../api-harness';
import { testEngines } from '../engines';
import { emptyPostgres, envFor, httpLogin, start, tempDir } from './server-helpers';

describe.each(testEngines())('#10.17 health tells the truth, on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });

  it('#10.17 health is not "ok" while logins fail on a damaged table', async () => {
    expect((await world.app.request('/api/health')).status).toBe(200);
    await sql`alter table sessions rename to sessions_damaged`.execute(world.database.db);
    const login = await world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    expect(login.status).toBe(500);
    const health = await world.app.request('/api/health');
    expect(health.status).toBe(503);
    expect(((await health.json()) as { status: string }).status).toBe('unavailable');
    await sql`alter table sessions_damaged rename to sessions`.execute(world.database.db);
    expect((await world.app.request('/api/health')).status).toBe(200);
  });
});

describe.each(testEngines())(
  '#10.17 leftovers of interrupted uploads, on %s',
  { timeout: 240_000 },
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0)) await c();
    });

    it('#10.17 *.part files of uploads cut off by a crash are removed at start', async () => {
      const dataDir = path.join(tempDir(), 'du-lieu');
      let url: string | undefined;
      if (engine === 'postgres') {
        const pgdb = await emptyPostgres();
        cleanups.push(pgdb.drop);
        url = pgdb.url;
      }
      const env = envFor(engine, dataDir, url);
      await (await start(env)).server.stop();
      // what a kill during an upload leaves: the part written beside its final name (file-store.ts)
      const part = path.join(dataDir, 'files', '3f', `3f${'0'.repeat(62)}.4242.1764720000000.part`);
      mkdirSync(path.dirname(part), { recursive: true });
      writeFileSync(part, 'nửa tệp');
      const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
      utimesSync(part, twoHoursAgo, twoHoursAgo);
      const again = await start(env);
      cleanups.push(() => again.server.stop());
      expect(existsSync(part)).toBe(false);
    });
  },
);

describe('#10.17 a damaged page of the embedded database shows in health (pglite)', {
  timeout: 240_000,
}, () => {
  it('#10.17 health answers 503 when a page of the sessions table is damaged', async () => {
    const dataDir = path.join(tempDir(), 'du-lieu');
    const env = envFor('pglite', dataDir);
    const first = await start(env);
    await createAdmin(first.server.database.db, { username: 'quantri', password: 'mat-khau-quan-tri-1' });
    expect((await httpLogin(first.url, 'quantri', 'mat-khau-quan-tri-1')).status).toBe(200);
    await sql`checkpoint`.execute(first.server.database.db); // the row on disk, not only in the WAL
    const { rows } = await sql<{ file: string }>`select pg_relation_filepath('sessions') as file`.execute(
      first.server.database.db,
    );
    await first.server.stop();
    // overwrite the header of the table's first page, as a bad disk block would
    const file = path.join(dataDir, 'pglite', rows[0]!.file);
    const fd = openSync(file, 'r+');
    const probe = Buffer.alloc(1);
    expect(readSync(fd, probe, 0, 1, 0)).toBe(1);
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, 0);
    closeSync(fd);
    const again = await start(env);
    try {
      expect((await httpLogin(again.url, 'quantri', 'mat-khau-quan-tri-1')).status).toBe(500);
      expect((await fetch(`${again.url}/api/health`)).status).toBe(503);
    } finally {
      await again.server.stop();
    }
  });
});
