import { can } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { finishChange, lockAssignment } from './workflow';

export interface ExtensionDecision {
  decision: 'approve' | 'refuse';
  note?: string;
}

/** Approving moves the deadline in force; the original stays on the assignment and in history. */
export async function decideExtension(
  ctx: Ctx,
  extensionId: number,
  input: ExtensionDecision,
): Promise<void> {
  await ctx.db.transaction().execute(async (db) => {
    const ext = await db
      .selectFrom('extensions')
      .selectAll()
      .where('id', '=', extensionId)
      .forUpdate()
      .executeTakeFirst();
    if (!ext) throw new AppError('not_found', 'Không tìm thấy đề nghị gia hạn.');
    const row = await lockAssignment(db, ext.assignment_id);
    if (!can(ctx.actor, 'extension.decide', { unitId: row.unit_id, standingUnitId: row.standing_unit_id })) {
      throw new AppError('forbidden', 'Bạn không có quyền quyết định gia hạn cho nhiệm vụ này.');
    }
    if (ext.state !== 'pending') throw new AppError('refused', 'Đề nghị gia hạn này đã được quyết định.');
    const state = input.decision === 'approve' ? ('approved' as const) : ('refused' as const);
    await db
      .updateTable('extensions')
      .set({ state, decided_by: ctx.actor.userId, decided_at: ctx.now(), decision_note: input.note ?? null })
      .where('id', '=', extensionId)
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: `extension.${state}`,
      entity: 'extension',
      entityId: extensionId,
      before: { state: 'pending' },
      after: { state, note: input.note ?? null },
    });
    if (state === 'approved') {
      await db
        .updateTable('assignments')
        .set({ due_date: ext.requested_due_date })
        .where('id', '=', row.id)
        .execute();
      await finishChange(db, ctx, row, 'assignment.extension.approved', { due_date: ext.requested_due_date });
    }
  });
}
