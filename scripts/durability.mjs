#!/usr/bin/env node
// npm run test:durability — not part of `npm test`. On each engine, N times: start the real server
// (bin/dondoc.mjs), put it under a write load (directive imports: a directive, its tasks and an
// audit row in one transaction), kill it with SIGKILL at a random moment, start it again and check
// that every write it acknowledged (201) is there, whole. PostgreSQL: DURABILITY_DATABASE_URL, else
// TEST_DATABASE_URL, else the local server at 127.0.0.1:54329 if it answers.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'packages/server/bin/dondoc.mjs');
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 10);
const WORKERS = Number(process.env.DURABILITY_WORKERS ?? 6);
const PASSWORD = 'ben-bi-kiem-tra-2026';
const LOCAL_PG = 'postgres://postgres@127.0.0.1:54329/postgres';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function serverUrl() {
  const url = process.env.DURABILITY_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? LOCAL_PG;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

async function withAdmin(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startServer(env) {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'start'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - t0 > 180_000) throw new Error('server did not start within 180 s');
    await sleep(200);
  }
  return { child, base, startMs: performance.now() - t0 };
}

async function login(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'kiemtra', password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
  const { csrfToken } = await res.json();
  return { cookie: res.headers.get('set-cookie').split(';')[0], 'x-csrf-token': csrfToken };
}

const directiveText = (marker) =>
  `ỦY BAN NHÂN DÂN TỈNH MAI SƠN\nSố: ${marker}/TB-UBND\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n` +
  `Kính gửi: Sở Tài chính\n1. Sở Tài chính rà soát kinh phí đợt ${marker}, báo cáo trước ngày 30/6/2026.\n`;

/** Writes until stopped; returns what the server acknowledged and how many writes were in flight or failed. */
function writeLoad(base, headers, round) {
  const acknowledged = [];
  let failed = 0;
  let stopped = false;
  let seq = 0;
  const worker = async (w) => {
    while (!stopped) {
      const marker = `${round}${String(w).padStart(2, '0')}${String(seq++).padStart(5, '0')}`;
      try {
        const res = await fetch(`${base}/api/directives/import`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ text: directiveText(marker) }),
        });
        if (res.status === 201) {
          const body = await res.json();
          acknowledged.push({ id: body.id ?? body.directive?.id, marker });
        } else failed++;
      } catch {
        failed++; // the connection died with the server: not acknowledged
      }
    }
  };
  const running = Array.from({ length: WORKERS }, (_, w) => worker(w));
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await Promise.all(running);
      return failed;
    },
  };
}

/** Every acknowledged directive is there, whole: its own text and the task written with it. */
async function verify(base, headers, acknowledged) {
  let lost = 0;
  for (const { id, marker } of acknowledged) {
    const res = await fetch(`${base}/api/directives/${id}`, { headers });
    const body = res.status === 200 ? await res.json() : null;
    const whole = body?.sourceText.includes(marker) && body.tasks.some((t) => t.text.includes(marker));
    if (!whole) lost++;
  }
  return lost;
}

async function runEngine(engine, env) {
  const made = spawnSync(process.execPath, [CLI, 'create-admin', 'kiemtra'], {
    env: { ...process.env, ...env, DONDOC_ADMIN_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (made.status !== 0) throw new Error('create-admin failed');
  const totals = { rounds: 0, acknowledged: 0, lost: 0, inFlight: 0, startMs: [] };
  let previous = [];
  for (let round = 1; round <= ROUNDS + 1; round++) {
    const server = await startServer(env);
    totals.startMs.push(server.startMs);
    const headers = await login(server.base);
    // what the killed server acknowledged must all be here after the restart
    totals.lost += await verify(server.base, headers, previous);
    if (round > ROUNDS) {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
      break;
    }
    const load = writeLoad(server.base, headers, round);
    await sleep(1500 + Math.random() * 3000);
    server.child.kill('SIGKILL');
    await new Promise((r) => server.child.once('exit', r));
    totals.inFlight += await load.stop();
    totals.rounds++;
    totals.acknowledged += load.acknowledged.length;
    previous = [...previous, ...load.acknowledged];
    process.stdout.write(
      `  ${engine} round ${round}/${ROUNDS}: ${load.acknowledged.length} acknowledged, killed with writes in flight\n`,
    );
  }
  return totals;
}

const results = [];
const dataDir = mkdtempSync(path.join(tmpdir(), 'dondoc-durability-'));
try {
  results.push(['pglite', await runEngine('pglite', { DATA_DIR: path.join(dataDir, 'pglite-data') })]);
  const url = await serverUrl();
  if (url) {
    const name = `dondoc_durability_${randomBytes(4).toString('hex')}`;
    await withAdmin(url, `create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    try {
      const env = { DATABASE_URL: dbUrl.toString(), DATA_DIR: path.join(dataDir, 'pg-files') };
      results.push(['postgres', await runEngine('postgres', env)]);
    } finally {
      await withAdmin(url, `drop database if exists ${name} with (force)`);
    }
  } else {
    console.log('  postgres: no server (set DURABILITY_DATABASE_URL); skipped');
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

console.log('\nengine    rounds  acknowledged  lost  failed/in flight at kill  restart (median ms)');
let lostAll = 0;
for (const [engine, t] of results) {
  const sorted = [...t.startMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(
    `${engine.padEnd(9)} ${String(t.rounds).padStart(6)}  ${String(t.acknowledged).padStart(12)}  ${String(t.lost).padStart(4)}  ${String(t.inFlight).padStart(24)}  ${median.toFixed(0).padStart(19)}`,
  );
  lostAll += t.lost;
}
console.log(lostAll === 0 ? '\nevery acknowledged write survived' : `\n${lostAll} acknowledged writes LOST`);
process.exit(lostAll === 0 && results.length > 0 ? 0 : 1);
