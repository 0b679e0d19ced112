import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { parseEnv } from '../../server/src/env';
import { type RunningServer, startServer } from '../../server/src/server';

/** The real server on a fresh data folder, seeded with the demo province, on a free port. */
export async function startDemoServer(
  password: string,
): Promise<{ server: RunningServer; base: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-e2e-'));
  const env = {
    ...parseEnv({
      DATA_DIR: dir,
      HOST: '127.0.0.1',
      DONDOC_DEMO_PASSWORD: password,
      DONDOC_DEMO_CORPUS: path.join(dir, 'none'),
    }),
    PORT: 0,
  };
  const server = await startServer(env, pino({ level: 'silent' }), { demo: true });
  return { server, base: `http://127.0.0.1:${server.port}`, dir };
}
