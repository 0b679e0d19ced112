import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { authorizeDirective } from './directive-access';

/** Deletes a draft (its tasks go with it); a published directive has assignments and stays. */
export async function deleteDraft(ctx: Ctx, id: number, version: number): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const before = await db
      .selectFrom('directives')
      .select(['id', 'status', 'version', 'number', 'subject', 'source_name', 'standing_unit_id'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('not_found', 'Không tìm thấy văn bản.');
    authorizeDirective(ctx, 'directive.delete_draft', before);
    if (before.status !== 'draft')
      throw new AppError('refused', 'Văn bản đã ban hành giao việc; chỉ xóa được bản nháp.');
    if (before.version !== version)
      throw new AppError('conflict', 'Bản nháp vừa được người khác sửa; hãy tải lại trước khi xóa.', {
        currentVersion: before.version,
      });
    await db.deleteFrom('directives').where('id', '=', id).execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'directive.delete',
      entity: 'directive',
      entityId: id,
      before: { number: before.number, subject: before.subject, source: before.source_name, version },
    });
  });
}
