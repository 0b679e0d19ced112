#!/usr/bin/env node
// npm run bench:report: seeds a province (250,000 assignments, a million progress reports) in bulk
// on each engine (PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server, then
// PGlite), builds the quarterly report at its cut-off (and the previous quarter's, as the report
// does) and a 10,000-row XLSX, and prints the times and the heap. BENCH_SMALL=1 for a tenth.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { register } from 'tsx/esm/api';

register();
const { openDatabase } = await import('../packages/server/src/db/database.ts');
const { migrate } = await import('../packages/server/src/db/migrate.ts');
const { bulkSeed, PROVINCE } = await import('../packages/server/scripts/bulk-seed.ts');
const { buildReport } = await import('../packages/server/src/reports/build-report.ts');
const { reportXlsx } = await import('../packages/server/src/reports/export-xlsx.ts');

const scale = process.env.BENCH_SMALL
  ? { ...PROVINCE, tasks: Number(process.env.BENCH_TASKS ?? 5000) }
  : PROVINCE;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engines = (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',');

async function bench(engine) {
  let drop = async () => {};
  let target;
  if (engine === 'postgres') {
    if (!serverUrl) return console.log('postgres: skipped (no BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    const name = `dondoc_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    target = { engine, url: url.toString() };
    drop = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else target = { engine, dataDir: mkdtempSync(path.join(tmpdir(), 'dondoc-bench-')) };
  const database = await openDatabase(target);
  try {
    await migrate(database.db);
    let t = performance.now();
    await bulkSeed(database.db, scale);
    console.log(
      `${engine}: seeded ${scale.tasks * scale.assignmentsPerTask} assignments in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const ctx = {
      db: database.db,
      actor: { userId: 1, role: 'admin', unitId: null, unitScope: new Set() },
      now: () => new Date('2025-12-01T03:00:00Z'),
      files: null,
      dueSoonDays: 7,
    };
    t = performance.now();
    const report = await buildReport(ctx, { period: '2025-Q3', scope: {} });
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `${engine}: quarterly report (2025-Q3, cut-off ${report.period.to}, and 2025-Q2 beside it): ` +
        `${report.summary.total} counted assignments, ${report.units.length} units, ${seconds.toFixed(2)} s`,
    );
    const rows = { ...report, tasks: report.tasks.slice(0, 10_000) };
    const before = process.memoryUsage().heapUsed;
    t = performance.now();
    const bytes = await reportXlsx(rows);
    console.log(
      `${engine}: XLSX of ${rows.tasks.length} rows: ${(bytes.length / 1024).toFixed(0)} KiB in ${((performance.now() - t) / 1000).toFixed(2)} s, ` +
        `heap +${((process.memoryUsage().heapUsed - before) / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    await database.close();
    await drop();
  }
}

for (const engine of engines) await bench(engine);
