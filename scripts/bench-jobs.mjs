#!/usr/bin/env node
// npm run bench:jobs: seeds a province-scale database (300 units, 250,000 assignments) on each
// engine (PGlite, and PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL names a server),
// gives every unit an officer and a head, then times one day's reminder tick through the job queue
// (the rules over every open assignment, the notifications written, the deliveries queued) and the
// deliveries themselves (immediate sends and the day's digests) through counting channels.
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
const { enqueue, runDueJobs } = await import('../packages/server/src/jobs/queue.ts');
const { deliveryHandlers } = await import('../packages/server/src/notifications/deliver.ts');

const scale = process.env.BENCH_SMALL
  ? { units: 300, tasks: 5000, assignmentsPerTask: 5, reportsPerAssignment: 4 }
  : PROVINCE;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
// Monday 03/11/2025, 07:00 and 08:00 in Vietnam: due dates of the seed run from 2025 into 2026
const REMINDERS_AT = new Date('2025-11-03T00:00:00Z');
const DIGEST_AT = new Date('2025-11-03T01:00:00Z');

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

/** CPU seconds this process spent since `start` (the machine may be shared: wall time lies). */
function cpuSeconds(start) {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

function countingChannel(name, mode) {
  const sent = { messages: 0, notices: 0 };
  return {
    sent,
    channel: {
      name,
      mode,
      reaches: () => true,
      async send(_recipient, notices) {
        sent.messages++;
        sent.notices += notices.length;
      },
    },
  };
}

async function bench(engine) {
  const pgTarget = engine === 'postgres' ? await postgresTarget() : null;
  const target = pgTarget?.target ?? {
    engine: 'pglite',
    dataDir: mkdtempSync(path.join(tmpdir(), 'dondoc-bench-')),
  };
  const database = await openDatabase(target);
  const db = database.db;
  try {
    await migrate(db);
    const t0 = performance.now();
    await bulkSeed(db, scale);
    // an officer and a head in every unit, the standing office in unit 2
    await db.executeQuery(
      (await import('kysely'))
        .sql`insert into users (username, display_name, role, unit_id, password_hash, email, is_unit_head)
        select 'canbo' || u.id, 'Cán bộ ' || u.id, 'officer', u.id, 'x', 'canbo' || u.id || '@bench.vn', false from units u
        union all
        select 'thutruong' || u.id, 'Thủ trưởng ' || u.id, 'viewer', u.id, 'x', 'thutruong' || u.id || '@bench.vn', true from units u
        union all
        select 'vanphong', 'Văn phòng', 'standing_office', 2, 'x', 'vanphong@bench.vn', false`.compile(db),
    );
    const open = await db
      .selectFrom('assignments')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('state', 'not in', ['done', 'cancelled'])
      .executeTakeFirstOrThrow();
    console.log(
      `\n${engine}: seeded ${scale.tasks * scale.assignmentsPerTask} assignments (${open.n} open) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const email = countingChannel('email', 'digest');
    const webhook = countingChannel('webhook', 'immediate');
    const handlers = deliveryHandlers({
      db,
      channels: [email.channel, webhook.channel],
      appUrl: 'https://dondoc.example.vn',
    });
    // the tick: the day's reminders job alone (the rules, the notifications, the deliveries queued)
    await enqueue(db, { kind: 'reminders', key: 'reminders:bench', runAt: REMINDERS_AT });
    let t = performance.now();
    let cpu = process.cpuUsage();
    await runDueJobs(db, { reminders: handlers.reminders }, REMINDERS_AT);
    const tick = (performance.now() - t) / 1000;
    const tickCpu = cpuSeconds(cpu);
    const made = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const queued = await db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('state', '=', 'pending')
      .executeTakeFirstOrThrow();
    console.log(
      `  reminder tick over ${open.n} open assignments: ${tick.toFixed(1)} s (CPU ${tickCpu.toFixed(1)} s), ${made.n} notifications (${Math.round(Number(made.n) / tick)}/s), ${queued.n} deliveries queued`,
    );
    // the deliveries: immediate ones (webhook, escalations by mail), then the day's digests
    t = performance.now();
    cpu = process.cpuUsage();
    await runDueJobs(db, handlers, REMINDERS_AT, { batch: 50 });
    await enqueue(db, {
      kind: 'digests',
      key: 'digests:bench',
      runAt: DIGEST_AT,
      payload: { day: '2025-11-03' },
    });
    await runDueJobs(db, handlers, DIGEST_AT, { batch: 50 });
    const send = (performance.now() - t) / 1000;
    const sendCpu = cpuSeconds(cpu);
    const notices = email.sent.notices + webhook.sent.notices;
    console.log(
      `  delivery: ${send.toFixed(1)} s (CPU ${sendCpu.toFixed(1)} s) — e-mail ${email.sent.messages} mails carrying ${email.sent.notices} notices, webhook ${webhook.sent.messages} batches carrying ${webhook.sent.notices}; ${Math.round(notices / send)} reminders/s (${Math.round(notices / sendCpu)} per CPU second)`,
    );
    // a second tick the same day adds nothing
    await enqueue(db, { kind: 'reminders', key: 'reminders:bench-again', runAt: REMINDERS_AT });
    t = performance.now();
    cpu = process.cpuUsage();
    await runDueJobs(db, { reminders: handlers.reminders }, REMINDERS_AT);
    const againCpu = cpuSeconds(cpu);
    const again = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    console.log(
      `  the same tick again: ${((performance.now() - t) / 1000).toFixed(1)} s (CPU ${againCpu.toFixed(1)} s), ${Number(again.n) - Number(made.n)} new notifications`,
    );
  } finally {
    await database.close();
    await pgTarget?.drop();
  }
}

await bench('pglite');
if (serverUrl) await bench('postgres');
else console.log('\n(set BENCH_DATABASE_URL=postgres://… to measure PostgreSQL too)');
process.exit(0);
