import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../db/database';

/**
 * The job queue, in the database so both engines have it and several instances share it. A job's
 * key is unique: enqueueing it twice (two instances scheduling the same hour) keeps one. A worker
 * claims due jobs with `FOR UPDATE SKIP LOCKED` and holds them for a lease; done, they are marked
 * done; failed, they come back after a back-off until their attempts run out. A worker that dies
 * mid-job leaves it running until the lease ends, then another worker claims it again, so handlers
 * write idempotently (their effects carry unique keys too).
 */

export interface NewJob {
  kind: string;
  key: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export type JobHandler = (job: ClaimedJob, now: Date) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export const DEFAULT_LEASE_MS = 5 * 60_000;

export function workerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/** Adds a job unless one with its key exists; true when this call added it. */
export async function enqueue(db: Db, job: NewJob): Promise<boolean> {
  const added = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      key: job.key,
      run_at: job.runAt,
      payload: JSON.stringify(job.payload ?? {}),
      max_attempts: job.maxAttempts ?? 5,
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return added !== undefined;
}

/** Adds many jobs at once (keys already queued are skipped); how many were added. */
export async function enqueueMany(db: Db, jobs: NewJob[]): Promise<number> {
  if (!jobs.length) return 0;
  const rows = await db
    .insertInto('jobs')
    .values(
      jobs.map((job) => ({
        kind: job.kind,
        key: job.key,
        run_at: job.runAt,
        payload: JSON.stringify(job.payload ?? {}),
        max_attempts: job.maxAttempts ?? 5,
      })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Claims up to `limit` jobs due at `now` (pending ones, and running ones whose lease has ended):
 * rows another worker is claiming are skipped, so two workers never take the same job.
 */
export async function claimJobs(
  db: Db,
  worker: string,
  now: Date,
  limit: number,
  leaseMs = DEFAULT_LEASE_MS,
  kinds?: string[],
): Promise<ClaimedJob[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const kindFilter = kinds?.length ? sql`and kind in (${sql.join(kinds)})` : sql``;
  const result = await sql<{
    id: number;
    kind: string;
    key: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
  }>`
    update jobs set state = 'running', attempts = attempts + 1, locked_by = ${worker},
      locked_until = ${leaseUntil}
    where id in (
      select id from jobs
      where run_at <= ${now}
        and (state = 'pending' or (state = 'running' and locked_until < ${now}))
        ${kindFilter}
      order by run_at, id
      limit ${limit}
      for update skip locked
    )
    returning id, kind, key, payload, attempts, max_attempts`.execute(db);
  return result.rows
    .map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      key: r.key,
      payload: r.payload,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

/** Back-off before the next attempt: 30 s, 1 min, 2 min… at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export async function completeJob(db: Db, job: ClaimedJob, worker: string, now: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ state: 'done', finished_at: now, locked_by: null, locked_until: null, last_error: null })
    .where('id', '=', job.id)
    .where('locked_by', '=', worker)
    .execute();
}

export async function failJob(
  db: Db,
  job: ClaimedJob,
  worker: string,
  now: Date,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  const last = job.attempts >= job.maxAttempts;
  await db
    .updateTable('jobs')
    .set({
      state: last ? 'failed' : 'pending',
      run_at: new Date(now.getTime() + backoffMs(job.attempts)),
      finished_at: last ? now : null,
      locked_by: null,
      locked_until: null,
      last_error: message.slice(0, 2000),
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', worker)
    .execute();
}

export interface RunResult {
  done: number;
  failed: number;
}

/**
 * Claims and runs the jobs due at `now`, batch after batch, until none is left: what a worker's
 * tick does, and what tests call with a fake clock. A kind without a handler fails its job.
 */
export async function runDueJobs(
  db: Db,
  handlers: JobHandlers,
  now: Date,
  options: {
    worker?: string;
    batch?: number;
    leaseMs?: number;
    onError?: (job: ClaimedJob, err: unknown) => void;
  } = {},
): Promise<RunResult> {
  const worker = options.worker ?? workerId();
  const result: RunResult = { done: 0, failed: 0 };
  for (;;) {
    const jobs = await claimJobs(
      db,
      worker,
      now,
      options.batch ?? 10,
      options.leaseMs,
      Object.keys(handlers),
    );
    if (!jobs.length) return result;
    for (const job of jobs) {
      try {
        const handler = handlers[job.kind];
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job, now);
        await completeJob(db, job, worker, now);
        result.done++;
      } catch (err) {
        options.onError?.(job, err);
        await failJob(db, job, worker, now, err);
        result.failed++;
      }
    }
  }
}

/**
 * A worker polling the queue every `pollMs` with the real clock until stopped; the returned stop
 * waits for the job in hand to finish.
 */
export function startWorker(
  db: Db,
  handlers: JobHandlers,
  options: {
    pollMs?: number;
    clock?: () => Date;
    onError?: (job: ClaimedJob | null, err: unknown) => void;
  } = {},
): () => Promise<void> {
  const worker = workerId();
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runDueJobs(db, handlers, clock(), {
      worker,
      onError: (job, err) => options.onError?.(job, err),
    })
      .then(
        () => {},
        (err) => options.onError?.(null, err),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.pollMs ?? 5_000);
      });
  };
  timer = setTimeout(tick, 0);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

/**
 * Removes jobs finished more than `keepDays` ago. Their keys become free again, which is safe:
 * only the current hour's and day's slots are ever scheduled, and notices carry their own keys.
 */
export async function purgeFinishedJobs(db: Db, now: Date, keepDays = 30): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('state', 'in', ['done', 'failed'])
    .where('finished_at', '<', new Date(now.getTime() - keepDays * 86_400_000))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
