import type { Db } from '../db/database';
import type { FileStore } from '../files/file-store';
import type { Logger } from '../logger';
import { type JobHandlers, purgeFinishedJobs } from './queue';
import { refreshAllStatuses } from './refresh-statuses';
import { sweepUnattachedUploads } from './sweep-uploads';

export interface JobDeps {
  db: Db;
  logger: Logger;
  dueSoonDays: number;
  files?: FileStore;
}

/** What each kind of job does; a job's payload carries only what its key names. */
export function jobHandlers(deps: JobDeps, extra: JobHandlers = {}): JobHandlers {
  const { db, logger } = deps;
  return {
    'refresh-statuses': async (job, now) => {
      const n = await refreshAllStatuses(db, now, deps.dueSoonDays);
      logger.info({ job: job.key, assignments: n }, 'job done');
    },
    'sweep-uploads': async (job, now) => {
      if (!deps.files) return;
      const removed = await sweepUnattachedUploads(db, deps.files, now);
      logger.info({ job: job.key, removed }, 'job done');
    },
    'purge-jobs': async (job, now) => {
      const removed = await purgeFinishedJobs(db, now);
      logger.info({ job: job.key, removed }, 'job done');
    },
    ...extra,
  };
}
