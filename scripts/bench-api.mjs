#!/usr/bin/env node
// npm run bench:api: seeds a province-scale database in bulk on each engine (PGlite, and PostgreSQL
// when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server), then measures the dashboard and a
// filtered assignment list with autocannon and prints req/s and p50/p95/p99 latency.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { register } from 'tsx/esm/api';

register();
const { openDatabase } = await import('../packages/server/src/db/database.ts');
const { migrate } = await import('../packages/server/src/db/migrate.ts');
const { newToken, tokenHash } = await import('../packages/server/src/auth/tokens.ts');
const { bulkSeed, PROVINCE } = await import('../packages/server/scripts/bulk-seed.ts');

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const scale = process.env.BENCH_SMALL
  ? { units: 300, tasks: 5000, assignmentsPerTask: 5, reportsPerAssignment: 4 }
  : PROVINCE;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

async function postgresTarget() {
  const name = `dondoc_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: { engine: 'postgres', url: url.toString() },
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Runs autocannon and computes exact percentiles from every response's latency. */
async function measure(port, token, label, urlPath) {
  const latencies = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}${urlPath}`,
    connections: 10,
    duration: DURATION,
    headers: { authorization: `Bearer ${token}` },
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p) =>
    (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN).toFixed(1);
  const ok = result.non2xx === 0 && result.errors === 0;
  console.log(
    `  ${label.padEnd(30)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${pct(50)} ms   p95 ${pct(95)} ms   p99 ${pct(99)} ms${ok ? '' : `   ERRORS: non2xx ${result.non2xx}, errors ${result.errors}`}`,
  );
  return result;
}

async function bench(engine) {
  const pgTarget = engine === 'postgres' ? await postgresTarget() : null;
  const target = pgTarget?.target ?? {
    engine: 'pglite',
    dataDir: mkdtempSync(path.join(tmpdir(), 'dondoc-bench-')),
  };
  const database = await openDatabase(target);
  let closed = false;
  try {
    await migrate(database.db);
    const t0 = performance.now();
    await bulkSeed(database.db, scale);
    const counts = await database.db
      .selectNoFrom((eb) => [
        eb.selectFrom('units').select(eb.fn.countAll().as('n')).as('units'),
        eb.selectFrom('tasks').select(eb.fn.countAll().as('n')).as('tasks'),
        eb.selectFrom('assignments').select(eb.fn.countAll().as('n')).as('assignments'),
        eb.selectFrom('progress_reports').select(eb.fn.countAll().as('n')).as('reports'),
      ])
      .executeTakeFirstOrThrow();
    console.log(
      `\n${engine}: seeded ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const user = await database.db
      .insertInto('users')
      .values({
        username: 'lanhdao',
        display_name: 'Lãnh đạo',
        role: 'leader',
        unit_id: 1,
        password_hash: 'x',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const token = newToken();
    await database.db
      .insertInto('api_tokens')
      .values({ user_id: user.id, name: 'bench', token_hash: tokenHash(token) })
      .execute();
    await database.close();
    closed = true;
    const server = spawn(
      process.execPath,
      [
        ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/benchprof'] : []),
        fileURLToPath(new URL('./bench-server.mjs', import.meta.url)),
      ],
      {
        env: { ...process.env, BENCH_TARGET: JSON.stringify(target) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const port = await new Promise((resolve) =>
      server.stdout.on('data', (chunk) => {
        const m = /listening (\d+)/.exec(String(chunk));
        if (m) resolve(Number(m[1]));
      }),
    );
    await measure(port, token, 'GET /api/dashboard', '/api/dashboard');
    await measure(
      port,
      token,
      'GET /api/assignments (filter)',
      '/api/assignments?unitId=3&includeChildren=true&color=red&pageSize=50',
    );
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  } finally {
    if (!closed) await database.close();
    await pgTarget?.drop();
  }
}

await bench('pglite');
if (serverUrl) await bench('postgres');
else console.log('\n(set BENCH_DATABASE_URL=postgres://… to measure PostgreSQL too)');
process.exit(0);
