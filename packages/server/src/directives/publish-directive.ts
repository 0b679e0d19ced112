import { refreshStatuses } from '../assignments/refresh-status';
import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { authorizeDirective } from './directive-access';
import { type PublishSummary, planAssignments } from './plan-assignments';

export type { PublishSummary };

/** Publishes a reviewed draft: the assignments `planAssignments` shows beforehand, written. */
export async function publishDirective(ctx: Ctx, id: number, version: number): Promise<PublishSummary> {
  return transaction(ctx.db, async (db) => {
    const directive = await db
      .selectFrom('directives')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!directive) throw new AppError('not_found', 'Không tìm thấy văn bản.');
    authorizeDirective(ctx, 'directive.publish', directive);
    if (directive.version !== version) {
      throw new AppError('conflict', 'Văn bản vừa được người khác sửa; hãy tải lại trước khi ban hành.', {
        currentVersion: directive.version,
      });
    }
    if (directive.status !== 'draft') throw new AppError('refused', 'Văn bản đã được ban hành giao việc.');
    const { rows, summary } = await planAssignments(db, directive);
    const now = ctx.now();
    const inserted = rows.length
      ? await db
          .insertInto('assignments')
          .values(rows.map((r) => ({ ...r, directive_id: id, assigned_at: now, updated_at: now })))
          .returning('id')
          .execute()
      : [];
    await refreshStatuses(
      db,
      inserted.map((r) => r.id),
      now,
      ctx.dueSoonDays,
    );
    await db
      .updateTable('directives')
      .set({ status: 'published', published_at: now, version: directive.version + 1 })
      .where('id', '=', id)
      .execute();

    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'directive.publish',
      entity: 'directive',
      entityId: id,
      before: { status: 'draft', version },
      after: { status: 'published', assignments: rows.length },
    });
    return summary;
  });
}
