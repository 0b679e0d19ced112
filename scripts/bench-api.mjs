#!/usr/bin/env node
// npm run bench:api: seeds a province-scale database in bulk on each engine (PGlite, and PostgreSQL
// when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server), starts the API server in a process
// of its own and measures what issue 12 compares with Redmine: a unit's list, a unit's open list,
// everything overdue, a unit's work filtered by a word, the dashboard cached and cold under a write
// load, and the import of seed 003. Each list runs with a fresh connection per request (as the
// Redmine comparison did) and over keep-alive connections, with BENCH_CLIENTS clients in a closed
// loop for the maximum; word search also at a fixed arrival rate (BENCH_RATE, default 100 req/s, or
// 70 % of the maximum when that is lower).
// Prints req/s and exact p50/p95/p99 from every response. BENCH_SMALL=1: 5,000 tasks instead of
// 50,000; BENCH_SECONDS per measurement (default 5); BENCH_ENGINES=pglite,postgres.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { register } from 'tsx/esm/api';

register();
const { openDatabase } = await import('../packages/server/src/db/database.ts');
const { migrate } = await import('../packages/server/src/db/migrate.ts');
const { newToken, tokenHash } = await import('../packages/server/src/auth/tokens.ts');
const { bulkSeed, PROVINCE } = await import('../packages/server/scripts/bulk-seed.ts');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const scale = process.env.BENCH_SMALL
  ? { units: 300, tasks: 5000, assignmentsPerTask: 5, reportsPerAssignment: 4 }
  : PROVINCE;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
const SEED_003 = readFileSync(
  fileURLToPath(new URL('../packages/extract/corpus/dev/003_79301f997b111d77.txt', import.meta.url)),
  'utf8',
);

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

/** One request; resolves with its status and latency in ms. A fresh connection when agent is false. */
function send(port, { path: urlPath, token, agent, method = 'GET', body }) {
  return new Promise((resolve) => {
    const start = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(agent === false ? { connection: 'close' } : {}),
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - start }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - start }));
    req.end(payload);
  });
}

const pct = (sorted, p) =>
  (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN).toFixed(1);

function report(label, results, seconds) {
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  const bad = results.filter((r) => r.status < 200 || r.status >= 300).length;
  const rps = results.length / seconds;
  console.log(
    `  ${label.padEnd(56)} ${rps.toFixed(1).padStart(7)} req/s   p50 ${pct(ms, 50).padStart(6)} ms   p95 ${pct(ms, 95).padStart(6)} ms   p99 ${pct(ms, 99).padStart(6)} ms${bad ? `   ERRORS: ${bad} of ${results.length}` : ''}`,
  );
  return rps;
}

/** CLIENTS clients in a closed loop for SECONDS, each request on a fresh connection or kept alive. */
async function closedLoop(port, token, paths, keepAlive) {
  const agent = keepAlive ? new http.Agent({ keepAlive: true, maxSockets: CLIENTS }) : false;
  const results = [];
  const end = performance.now() + SECONDS * 1000;
  let i = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end)
        results.push(await send(port, { path: paths[i++ % paths.length], token, agent }));
    }),
  );
  if (agent) agent.destroy();
  return { results, seconds: (performance.now() - t0) / 1000 };
}

/** A fixed arrival rate (open loop) for SECONDS, fresh connection per request. */
async function fixedRate(port, token, paths, rate) {
  const results = [];
  const pending = [];
  const t0 = performance.now();
  for (let i = 0; i < rate * SECONDS; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(port, { path: paths[i % paths.length], token, agent: false }).then((r) => results.push(r)),
    );
  }
  await Promise.all(pending);
  return { results, seconds: (performance.now() - t0) / 1000 };
}

async function bench(engine) {
  const pgTarget = engine === 'postgres' ? await postgresTarget() : null;
  const target = pgTarget?.target ?? {
    engine: 'pglite',
    dataDir: mkdtempSync(path.join(tmpdir(), 'dondoc-bench-')),
  };
  const database = await openDatabase(target);
  let closed = false;
  let server;
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
    const tokens = {};
    for (const [username, role, unitId] of [
      ['lanhdao', 'leader', 1],
      ['vanphong', 'standing_office', 2],
    ]) {
      const user = await database.db
        .insertInto('users')
        .values({ username, display_name: username, role, unit_id: unitId, password_hash: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow();
      tokens[role] = newToken();
      await database.db
        .insertInto('api_tokens')
        .values({
          user_id: user.id,
          name: 'bench',
          token_hash: tokenHash(tokens[role]),
          expires_at: new Date(Date.now() + 86_400_000),
        })
        .execute();
    }
    await database.close();
    closed = true;
    server = spawn(
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
    const leader = tokens.leader;
    // several units and words in turn, so no one row stays hot in a cache
    const units = [17, 57, 123, 250];
    const words = ['so 12', 'cai cach', 'nhiem vu so 4', 'SỐ 37'];
    const lists = [
      ["a unit's list, by due date", units.map((u) => `/api/assignments?unitId=${u}&pageSize=50`)],
      ["a unit's open list", units.map((u) => `/api/assignments?unitId=${u}&open=true&pageSize=50`)],
      ['everything overdue', ['/api/assignments?timeliness=open_overdue&pageSize=50']],
      [
        "a unit's work filtered by a word",
        units.flatMap((u) =>
          words.map((w) => `/api/assignments?unitId=${u}&q=${encodeURIComponent(w)}&pageSize=50`),
        ),
      ],
      ['dashboard (cached 15 s)', ['/api/dashboard']],
    ];
    console.log(
      `  load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; ${CLIENTS} clients, ${SECONDS} s each`,
    );
    const max = {};
    for (const [label, paths] of lists) {
      const fresh = await closedLoop(port, leader, paths, false);
      max[label] = report(`${label}, new connection each`, fresh.results, fresh.seconds);
      const kept = await closedLoop(port, leader, paths, true);
      report(`${label}, keep-alive`, kept.results, kept.seconds);
    }
    // at BENCH_RATE, or at 70 % of the maximum when the maximum is below it (a queue would only grow)
    const [wordLabel, wordPaths] = lists[3];
    const rate = Math.max(1, Math.min(RATE, Math.floor(0.7 * max[wordLabel])));
    const rated = await fixedRate(port, leader, wordPaths, rate);
    report(`word search at ${rate} req/s, new connection each`, rated.results, rated.seconds);

    // the dashboard cold: a comment every 100 ms clears the cache (every write does)
    let writing = true;
    const writes = [];
    const writer = (async () => {
      const agent = new http.Agent({ keepAlive: true });
      for (let i = 0; writing; i++) {
        writes.push(
          await send(port, {
            path: `/api/assignments/${1 + ((i * 7919) % 1000)}/comments`,
            token: leader,
            agent,
            method: 'POST',
            body: { body: `Đề nghị đẩy nhanh tiến độ (${i})` },
          }),
        );
        await new Promise((r) => setTimeout(r, 100));
      }
      agent.destroy();
    })();
    const cold = await closedLoop(port, leader, ['/api/dashboard'], true);
    writing = false;
    await writer;
    report('dashboard under 10 writes/s, keep-alive', cold.results, cold.seconds);
    report('  (the writes: comments)', writes, cold.seconds);

    // import of seed 003 (61 KB, 123 tasks) as pasted text, one after another over one connection
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const imports = [];
    const importStart = performance.now();
    for (let i = 0; i < 10; i++) {
      imports.push(
        await send(port, {
          path: '/api/directives/import',
          token: tokens.standing_office,
          agent,
          method: 'POST',
          body: { text: SEED_003 },
        }),
      );
    }
    agent.destroy();
    report('import of seed 003 (10 in turn, end to end)', imports, (performance.now() - importStart) / 1000);
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    if (!closed) await database.close();
    await pgTarget?.drop();
    if (target.engine === 'pglite') rmSync(target.dataDir, { recursive: true, force: true });
  }
}

if (engines.includes('pglite')) await bench('pglite');
if (engines.includes('postgres')) {
  if (serverUrl) await bench('postgres');
  else console.log('\n(set BENCH_DATABASE_URL=postgres://… to measure PostgreSQL too)');
}
process.exit(0);
