import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import { type Database, openDatabase } from '../db/database';
import { type ClaimedJob, claimJobs, enqueue, enqueueMany, purgeFinishedJobs, runDueJobs } from './queue';
import { scheduledJobs } from './scheduler';

const T0 = new Date('2026-03-02T01:00:00Z'); // 08:00 in Vietnam
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testEngines())('job queue on %s', (engine) => {
  let database: Database & { url?: string };
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(() => database.close());

  it('keeps one job per key and runs it once', async () => {
    const db = database.db;
    expect(await enqueue(db, { kind: 'k1', key: 'k1:a', runAt: T0 })).toBe(true);
    expect(await enqueue(db, { kind: 'k1', key: 'k1:a', runAt: T0 })).toBe(false);
    expect(
      await enqueueMany(db, [
        { kind: 'k1', key: 'k1:a', runAt: T0 },
        { kind: 'k1', key: 'k1:b', runAt: at(10) },
      ]),
    ).toBe(1);
    const ran: string[] = [];
    const handlers = { k1: async (job: ClaimedJob) => void ran.push(job.key) };
    expect(await runDueJobs(db, handlers, T0)).toEqual({ done: 1, failed: 0 });
    expect(ran).toEqual(['k1:a']);
    expect(await runDueJobs(db, handlers, at(5))).toEqual({ done: 0, failed: 0 });
    expect(await runDueJobs(db, handlers, at(10))).toEqual({ done: 1, failed: 0 });
    expect(await runDueJobs(db, handlers, at(60))).toEqual({ done: 0, failed: 0 });
    expect(ran).toEqual(['k1:a', 'k1:b']);
    // a key that ran stays taken: scheduling the same slot again adds nothing
    expect(await enqueue(db, { kind: 'k1', key: 'k1:a', runAt: at(60) })).toBe(false);
  });

  it('retries a failing job with back-off, then gives up', async () => {
    const db = database.db;
    await enqueue(db, { kind: 'k2', key: 'k2:a', runAt: T0, maxAttempts: 3 });
    let calls = 0;
    const handlers = {
      k2: async () => {
        calls++;
        throw new Error('SMTP down');
      },
    };
    expect(await runDueJobs(db, handlers, T0)).toEqual({ done: 0, failed: 1 });
    expect(await runDueJobs(db, handlers, at(0.4))).toEqual({ done: 0, failed: 0 }); // back-off 30 s
    expect(await runDueJobs(db, handlers, at(1))).toEqual({ done: 0, failed: 1 });
    expect(await runDueJobs(db, handlers, at(1.5))).toEqual({ done: 0, failed: 0 }); // back-off 1 min
    expect(await runDueJobs(db, handlers, at(3))).toEqual({ done: 0, failed: 1 });
    expect(await runDueJobs(db, handlers, at(600))).toEqual({ done: 0, failed: 0 });
    expect(calls).toBe(3);
    const row = await db.selectFrom('jobs').selectAll().where('key', '=', 'k2:a').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'failed', attempts: 3, last_error: 'SMTP down' });
  });

  it('gives a job back after a crash only when its lease has ended', async () => {
    const db = database.db;
    await enqueue(db, { kind: 'k3', key: 'k3:a', runAt: T0 });
    // a worker claims it and dies without finishing
    expect((await claimJobs(db, 'dead-worker', T0, 10, 60_000, ['k3'])).map((j) => j.key)).toEqual(['k3:a']);
    const ran: string[] = [];
    const handlers = { k3: async (job: ClaimedJob) => void ran.push(`${job.key}#${job.attempts}`) };
    expect(await runDueJobs(db, handlers, at(0.5))).toEqual({ done: 0, failed: 0 });
    expect(await runDueJobs(db, handlers, at(2))).toEqual({ done: 1, failed: 0 });
    expect(ran).toEqual(['k3:a#2']);
  });

  it('lets two workers race for the same jobs and runs each once', async () => {
    // on PostgreSQL the second worker has its own pool, as a second server instance would
    const other = database.url ? await openDatabase({ engine: 'postgres', url: database.url }) : null;
    try {
      const jobs = Array.from({ length: 200 }, (_, i) => ({ kind: 'race', key: `race:${i}`, runAt: T0 }));
      // both instances schedule the same jobs
      await Promise.all([enqueueMany(database.db, jobs), enqueueMany((other ?? database).db, jobs)]);
      const seen = new Map<string, string[]>();
      const handlerFor = (name: string) => ({
        race: async (job: ClaimedJob) => {
          seen.set(job.key, [...(seen.get(job.key) ?? []), name]);
          await new Promise((r) => setTimeout(r, 1));
        },
      });
      const [a, b] = await Promise.all([
        runDueJobs(database.db, handlerFor('a'), T0, { worker: 'a', batch: 5 }),
        runDueJobs((other ?? database).db, handlerFor('b'), T0, { worker: 'b', batch: 5 }),
      ]);
      expect(a.done + b.done).toBe(200);
      expect(seen.size).toBe(200);
      expect([...seen.values()].every((names) => names.length === 1)).toBe(true);
      if (other) expect(a.done > 0 && b.done > 0).toBe(true);
    } finally {
      await other?.close();
    }
  });

  it('purges jobs finished long ago', async () => {
    const db = database.db;
    const before = await db
      .selectFrom('jobs')
      .select('key')
      .where('state', 'in', ['done', 'failed'])
      .execute();
    expect(before.length).toBeGreaterThan(0);
    expect(await purgeFinishedJobs(db, at(60 * 24 * 29))).toBe(0);
    expect(await purgeFinishedJobs(db, at(60 * 24 * 31))).toBe(before.length);
    expect(await db.selectFrom('jobs').select('key').where('key', '=', 'k2:a').execute()).toHaveLength(0); // failed too
  });

  it('schedules the day’s slots by Vietnam’s hour', () => {
    expect(scheduledJobs(new Date('2026-03-02T18:30:00Z')).map((j) => j.key)).toEqual([
      'refresh-statuses:2026-03-03T01',
    ]);
    expect(scheduledJobs(new Date('2026-03-02T01:30:00Z')).map((j) => j.key)).toEqual([
      'refresh-statuses:2026-03-02T08',
      'sweep-uploads:2026-03-02',
      'purge-jobs:2026-03-02',
      'reminders:2026-03-02',
      'digests:2026-03-02',
    ]);
  });
});
