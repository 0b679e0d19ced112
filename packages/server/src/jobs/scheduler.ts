import { vnDate } from '@dondoc/domain';
import { Cron } from 'croner';
import type { Db } from '../db/database';
import type { Logger } from '../logger';
import { enqueueMany, type JobHandlers, type NewJob, startWorker } from './queue';

/** The local hour (Vietnam) from which a day's reminders are computed, and its digests sent. */
export interface ScheduleHours {
  remindersHour: number;
  digestHour: number;
}

export const DEFAULT_SCHEDULE_HOURS: ScheduleHours = { remindersHour: 7, digestHour: 8 };

function vnHour(now: Date): number {
  return (now.getUTCHours() + 7) % 24;
}

/**
 * The time-driven jobs due by `now`, each keyed by its slot (the hour, the day), so every instance
 * may enqueue them and the queue keeps one: the hourly status refresh, the nightly sweep of
 * unattached uploads and of finished jobs (from 03:00), the day's reminders and, after them, the
 * day's digests.
 * A slot missed while every instance was down is enqueued when one starts again within it.
 */
export function scheduledJobs(now: Date, hours: ScheduleHours = DEFAULT_SCHEDULE_HOURS): NewJob[] {
  const day = vnDate(now);
  const hour = vnHour(now);
  const jobs: NewJob[] = [
    { kind: 'refresh-statuses', key: `refresh-statuses:${day}T${String(hour).padStart(2, '0')}`, runAt: now },
  ];
  if (hour >= 3) {
    jobs.push({ kind: 'sweep-uploads', key: `sweep-uploads:${day}`, runAt: now });
    jobs.push({ kind: 'purge-jobs', key: `purge-jobs:${day}`, runAt: now });
  }
  if (hour >= hours.remindersHour)
    jobs.push({ kind: 'reminders', key: `reminders:${day}`, runAt: now, payload: { day } });
  if (hour >= hours.digestHour && hour >= hours.remindersHour)
    jobs.push({ kind: 'digests', key: `digests:${day}`, runAt: now, payload: { day } });
  return jobs;
}

export async function enqueueScheduled(db: Db, now: Date, hours?: ScheduleHours): Promise<number> {
  return enqueueMany(db, scheduledJobs(now, hours));
}

/**
 * Every five minutes (Vietnam's time zone) this instance enqueues the slots due — a key already
 * queued by another instance is skipped — and a worker runs whatever is due in the queue.
 */
export function startScheduler(
  db: Db,
  logger: Logger,
  handlers: JobHandlers,
  options: { hours?: ScheduleHours; pollMs?: number } = {},
): () => Promise<void> {
  const enqueue = async () => {
    try {
      await enqueueScheduled(db, new Date(), options.hours);
    } catch (err) {
      logger.error({ err }, 'scheduling jobs failed');
    }
  };
  void enqueue();
  const cron = new Cron('*/5 * * * *', { timezone: 'Asia/Ho_Chi_Minh', protect: true }, enqueue);
  const stopWorker = startWorker(db, handlers, {
    pollMs: options.pollMs,
    onError: (job, err) => logger.error({ err, job: job?.kind, key: job?.key }, 'job failed'),
  });
  return async () => {
    cron.stop();
    await stopWorker();
  };
}
