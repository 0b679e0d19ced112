import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';
import { startServer } from './server';

describe('server', () => {
  it('serves health over HTTP, then stops cleanly: port closed, database closed', async () => {
    const env = { ...parseEnv({ DATA_DIR: 'memory://', HOST: '127.0.0.1' }), PORT: 0 };
    // no demo province: this test is about the HTTP server's life, not the seed
    const server = await startServer(env, pino({ level: 'silent' }), { demo: false });
    const url = `http://127.0.0.1:${server.port}/api/health`;

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { engine: string }).engine).toBe('pglite');

    await server.stop();
    await expect(fetch(url)).rejects.toThrow();
    await expect(server.database.db.selectFrom('units').select('id').execute()).rejects.toThrow();
  });
});
