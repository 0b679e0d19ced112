import { sql } from 'kysely';
import type { Db } from '../db/database';
import { sqlState } from '../db/pg-error';
import type { FileStore } from '../files/file-store';

/** How long an upload may wait to be attached to a report before it is removed. */
export const UNATTACHED_HOURS = 24;

/**
 * Removes files that no report and no directive uses and that nobody uploaded within the last
 * day: an upload that was never attached would otherwise stay forever. Returns how many went.
 */
export async function sweepUnattachedUploads(
  db: Db,
  files: FileStore,
  now: Date,
  hours = UNATTACHED_HOURS,
): Promise<number> {
  const cutoff = new Date(now.getTime() - hours * 3_600_000);
  const stale = await db
    .selectFrom('files')
    .select('files.sha256')
    .where((eb) =>
      eb.and([
        eb.not(
          eb.exists(
            eb.selectFrom('report_evidence').select('id').whereRef('file_sha256', '=', 'files.sha256'),
          ),
        ),
        eb.not(
          eb.exists(eb.selectFrom('directives').select('id').whereRef('source_sha256', '=', 'files.sha256')),
        ),
        eb(
          sql`coalesce((select max(uploaded_at) from file_uploads u where u.sha256 = files.sha256), files.created_at)`,
          '<',
          cutoff,
        ),
      ]),
    )
    .limit(10_000)
    .execute();
  let removed = 0;
  for (const { sha256 } of stale) {
    try {
      // a report that attached the file meanwhile keeps it: its reference blocks the delete
      const gone = await db
        .deleteFrom('files')
        .where('sha256', '=', sha256)
        .where((eb) =>
          eb.not(eb.exists(eb.selectFrom('report_evidence').select('id').where('file_sha256', '=', sha256))),
        )
        .returning('sha256')
        .executeTakeFirst();
      if (!gone) continue;
      await files.remove(sha256);
      removed++;
    } catch (err) {
      if (sqlState(err) !== '23503') throw err;
    }
  }
  return removed;
}
