import { nextState } from '@dondoc/domain';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { maySeeFile } from '../files/file-access';
import { rollUp } from './cascade-assignment';
import { finishChange, lockAssignment, requireStep, requireVersion } from './workflow';

export interface Evidence {
  /** A file stored beforehand (POST /api/files), by its SHA-256. */
  sha256?: string;
  fileName?: string;
  url?: string;
}

export interface ReportInput {
  percent: number;
  narrative: string;
  obstacles?: string;
  evidence?: Evidence[];
  version?: number;
}

/** Appends a progress report; the first one moves the assignment from "assigned" to "in progress". */
export async function reportProgress(
  ctx: Ctx,
  id: number,
  input: ReportInput,
): Promise<{ reportId: number }> {
  return transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.report', row, 'báo cáo tiến độ');
    requireVersion(row, input.version);
    const reportId = await insertReport(db, ctx, id, input);
    const changes = {
      state: nextState('assignment.report', row.state),
      percent: input.percent,
      last_report_at: ctx.now(),
    };
    await db.updateTable('assignments').set(changes).where('id', '=', id).execute();
    await finishChange(db, ctx, row, 'assignment.report', { ...changes, reportId });
    if (row.parent_id) await rollUp(db, ctx, row.parent_id);
    return { reportId };
  });
}

/** Reports are append-only: a correction is a new report. */
export async function insertReport(
  db: Db,
  ctx: Ctx,
  assignmentId: number,
  input: ReportInput,
): Promise<number> {
  for (const e of input.evidence ?? []) {
    if (e.sha256) {
      const file = await db
        .selectFrom('files')
        .select('sha256')
        .where('sha256', '=', e.sha256)
        .executeTakeFirst();
      // a file one may not already read is answered as if it did not exist
      if (!file || !(await maySeeFile(db, ctx.actor, e.sha256)))
        throw new AppError('validation_failed', 'Tệp minh chứng chưa được tải lên hoặc không tồn tại.');
    }
  }
  const report = await db
    .insertInto('progress_reports')
    .values({
      assignment_id: assignmentId,
      author_id: ctx.actor.userId,
      percent: input.percent,
      narrative: input.narrative,
      obstacles: input.obstacles ?? '',
      created_at: ctx.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.evidence?.length) {
    await db
      .insertInto('report_evidence')
      .values(
        input.evidence.map((e) => ({
          report_id: report.id,
          file_sha256: e.sha256 ?? null,
          file_name: e.fileName ?? null,
          url: e.url ?? null,
        })),
      )
      .execute();
  }
  return report.id;
}
