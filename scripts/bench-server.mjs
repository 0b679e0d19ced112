#!/usr/bin/env node
// The API server for bench:api, in a process of its own so the load generator does not share its
// event loop. Target from BENCH_TARGET (JSON); prints "listening PORT" when ready.
import { tmpdir } from 'node:os';
import { register } from 'tsx/esm/api';

register();
const { openDatabase } = await import('../packages/server/src/db/database.ts');
const { createApp } = await import('../packages/server/src/http/app.ts');
const { diskFileStore } = await import('../packages/server/src/files/file-store.ts');
const { serve } = await import('@hono/node-server');
const pino = (await import('pino')).default;

const database = await openDatabase(JSON.parse(process.env.BENCH_TARGET));
const app = createApp({
  database,
  logger: pino({ level: 'silent' }),
  files: diskFileStore(tmpdir()),
  dueSoonDays: 7,
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
server.once('listening', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => database.close().then(() => process.exit(0))));
