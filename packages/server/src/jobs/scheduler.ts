import { vnDate } from '@dondoc/domain';
import { Cron } from 'croner';
import type { Db } from '../db/database';
import type { FileStore } from '../files/file-store';
import type { Logger } from '../logger';
import { refreshAllStatuses } from './refresh-statuses';
import { runOnce } from './run-once';
import { sweepUnattachedUploads } from './sweep-uploads';

/** Hourly status refresh in Vietnam's time zone; each hour's slot runs on one instance only. */
export function startScheduler(db: Db, logger: Logger, dueSoonDays: number, files?: FileStore): () => void {
  const job = new Cron('5 * * * *', { timezone: 'Asia/Ho_Chi_Minh', protect: true }, async () => {
    const now = new Date();
    const slot = `${vnDate(now)}T${String((now.getUTCHours() + 7) % 24).padStart(2, '0')}`;
    try {
      const ran = await runOnce(db, 'refresh-statuses', slot, async () => {
        const n = await refreshAllStatuses(db, now, dueSoonDays);
        logger.info({ job: 'refresh-statuses', slot, assignments: n }, 'job done');
      });
      if (!ran) logger.debug({ job: 'refresh-statuses', slot }, 'slot taken by another instance');
    } catch (err) {
      logger.error({ err, job: 'refresh-statuses' }, 'job failed');
    }
  });
  // uploads never attached to a report are removed once a day, at night
  const sweep = new Cron('15 3 * * *', { timezone: 'Asia/Ho_Chi_Minh', protect: true }, async () => {
    if (!files) return;
    const now = new Date();
    try {
      await runOnce(db, 'sweep-uploads', vnDate(now), async () => {
        const removed = await sweepUnattachedUploads(db, files, now);
        logger.info({ job: 'sweep-uploads', removed }, 'job done');
      });
    } catch (err) {
      logger.error({ err, job: 'sweep-uploads' }, 'job failed');
    }
  });
  return () => {
    job.stop();
    sweep.stop();
  };
}
