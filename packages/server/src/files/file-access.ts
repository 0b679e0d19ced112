import { type Actor, seesAllUnits } from '@dondoc/domain';
import type { Db } from '../db/database';

/**
 * Whether the actor may read a stored file, and so attach it as evidence: roles that see every
 * unit see every file; anyone sees a directive's source; others see the files they uploaded and
 * the evidence of assignments in their scope. Knowing a file's hash grants nothing.
 */
export async function maySeeFile(db: Db, actor: Actor, sha: string): Promise<boolean> {
  if (seesAllUnits(actor)) return true;
  const found = await db
    .selectNoFrom((eb) => [
      eb.exists(eb.selectFrom('directives').select('id').where('source_sha256', '=', sha)).as('source'),
      eb
        .exists(
          eb
            .selectFrom('file_uploads')
            .select('sha256')
            .where('sha256', '=', sha)
            .where('user_id', '=', actor.userId),
        )
        .as('uploaded'),
    ])
    .executeTakeFirstOrThrow();
  if (found.source || found.uploaded) return true;
  if (actor.unitScope.size === 0) return false;
  const use = await db
    .selectFrom('report_evidence')
    .innerJoin('progress_reports', 'progress_reports.id', 'report_evidence.report_id')
    .innerJoin('assignments', 'assignments.id', 'progress_reports.assignment_id')
    .select('assignments.id')
    .where('report_evidence.file_sha256', '=', sha)
    .where('assignments.unit_id', 'in', [...actor.unitScope])
    .limit(1)
    .executeTakeFirst();
  return use !== undefined;
}

/** Remembers who uploaded a file; uploading it again refreshes the time the sweep counts from. */
export async function recordUpload(
  db: Db,
  upload: { sha256: string; userId: number; fileName: string | null; at: Date },
): Promise<void> {
  await db
    .insertInto('file_uploads')
    .values({
      sha256: upload.sha256,
      user_id: upload.userId,
      file_name: upload.fileName,
      uploaded_at: upload.at,
    })
    .onConflict((oc) => oc.columns(['sha256', 'user_id']).doUpdateSet({ uploaded_at: upload.at }))
    .execute();
}
