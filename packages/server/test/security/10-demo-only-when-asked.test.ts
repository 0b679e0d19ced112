import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli';
import { isEmbeddedDefault } from '../../src/db/first-start';
import { parseEnv } from '../../src/env';
import { testEngines } from '../engines';
import { emptyPostgres, envFor, httpLogin, start, tempDir } from './server-helpers';

const ADMIN_PASSWORD = 'mat-khau-quan-tri-dau-tien';

describe.each(testEngines())(
  '#10.10 no demo data in a production database, on %s',
  { timeout: 240_000 },
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      // last in, first out: the server stops before its database is dropped
      for (const c of cleanups.splice(0).reverse()) await c();
      vi.restoreAllMocks();
    });

    async function productionEnv() {
      const dataDir = path.join(tempDir(), 'du-lieu');
      if (engine === 'pglite') return envFor('pglite', dataDir);
      const pgdb = await emptyPostgres();
      cleanups.push(pgdb.drop);
      return envFor('postgres', dataDir, pgdb.url);
    }

    it('#10.10 an empty database gets no demo accounts and no password in the log; create-admin opens it', async () => {
      const env = await productionEnv();
      const printed: string[] = [];
      vi.spyOn(console, 'log').mockImplementation((...args) => void printed.push(args.join(' ')));
      const first = await start(env);
      const units = await first.server.database.db.selectFrom('units').select('id').execute();
      const users = await first.server.database.db.selectFrom('users').select('id').execute();
      expect([units.length, users.length]).toEqual([0, 0]);
      expect(printed.join('\n')).not.toMatch(/Mật khẩu|password/i);
      expect((await httpLogin(first.url, 'admin', 'bat-ky-mat-khau')).status).toBe(401);
      await first.server.stop();

      // the operator's first-admin step, through the CLI as documented
      const saved = { ...process.env };
      Object.assign(process.env, {
        DATA_DIR: env.DATA_DIR,
        DONDOC_ADMIN_PASSWORD: ADMIN_PASSWORD,
        ...(env.DATABASE_URL ? { DATABASE_URL: env.DATABASE_URL } : {}),
      });
      try {
        expect(await main(['create-admin', 'truongphong', '--name', 'Trưởng phòng CNTT'])).toBe(0);
        expect(await main(['create-admin', 'truongphong'])).toBe(1); // the name is taken
      } finally {
        process.env = saved;
      }
      expect(printed.join('\n')).not.toContain(ADMIN_PASSWORD);

      const second = await start(env);
      cleanups.push(() => second.server.stop());
      const login = await httpLogin(second.url, 'truongphong', ADMIN_PASSWORD);
      expect(login.status).toBe(200);
      const me = (await (
        await fetch(`${second.url}/api/auth/me`, { headers: { cookie: login.cookie } })
      ).json()) as {
        user: { role: string };
      };
      expect(me.user.role).toBe('admin');
    });

    it('#10.10 --demo seeds the demo province when asked', async () => {
      const env = await productionEnv();
      vi.spyOn(console, 'log').mockImplementation(() => {});
      const started = await start({ ...env, DONDOC_DEMO_PASSWORD: 'mat-khau-demo-2026' }, { demo: true });
      cleanups.push(() => started.server.stop());
      expect((await httpLogin(started.url, 'admin', 'mat-khau-demo-2026')).status).toBe(200);
    });
  },
);

describe('#10.10 the README start: embedded default gets demo data', () => {
  it('#10.10 only the embedded engine in ./data counts as the try-it default', () => {
    expect(isEmbeddedDefault(parseEnv({}))).toBe(true);
    expect(isEmbeddedDefault(parseEnv({ DATA_DIR: 'data' }))).toBe(true);
    expect(isEmbeddedDefault(parseEnv({ DATA_DIR: '/var/lib/dondoc' }))).toBe(false);
    expect(isEmbeddedDefault(parseEnv({ DATABASE_URL: 'postgres://u:p@db/dondoc' }))).toBe(false);
  });
});
