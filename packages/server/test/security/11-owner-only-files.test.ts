import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdmin } from '../../src/users/create-admin';
import { testEngines } from '../engines';
import { emptyPostgres, envFor, httpLogin, start, tempDir } from './server-helpers';

/** Every file and folder under root that its group or others may read, write or enter. */
function openToOthers(root: string): string[] {
  const found: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.mode & 0o077) found.push(`${path.relative(root, p) || '.'} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(path.join(p, e));
  };
  walk(root);
  return found;
}

describe.each(testEngines())(
  '#10.11 data files are the owner’s only, on %s',
  { timeout: 240_000 },
  (engine) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanups.splice(0)) await c();
    });

    it('#10.11 the data folder is closed while running, and nothing in it is open to others after a day of work', async () => {
      const dataDir = path.join(tempDir(), 'du-lieu');
      let url: string | undefined;
      if (engine === 'postgres') {
        const pgdb = await emptyPostgres();
        cleanups.push(pgdb.drop);
        url = pgdb.url;
      }
      const started = await start(envFor(engine, dataDir, url));
      await createAdmin(started.server.database.db, { username: 'quantri', password: 'mat-khau-quan-tri-1' });
      const login = await httpLogin(started.url, 'quantri', 'mat-khau-quan-tri-1');
      const form = new FormData();
      form.append('file', new File([new TextEncoder().encode('Biên bản nghiệm thu')], 'bien-ban.txt'));
      const upload = await fetch(`${started.url}/api/files`, {
        method: 'POST',
        headers: { cookie: login.cookie, 'x-csrf-token': login.csrf },
        body: form,
      });
      expect(upload.status).toBe(201);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      await started.server.stop();
      expect(openToOthers(dataDir)).toEqual([]);
    });
  },
);
