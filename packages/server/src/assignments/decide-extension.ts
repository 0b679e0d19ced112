import { type ExtensionDecision as Decision, EXTENSION_TRANSITIONS } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { finishChange, type LockedAssignment, lockAssignment } from './workflow';

export interface ExtensionDecision {
  decision: Decision;
  /** Approving may grant another date than the one asked. */
  approvedDue?: string;
  note?: string;
}

/** A pending extension request with its assignment locked, checked against the policy. */
export async function lockPendingExtension(
  db: Db,
  ctx: Ctx,
  extensionId: number,
  action: 'extension.decide' | 'extension.forward',
) {
  const ext = await db
    .selectFrom('extensions')
    .selectAll()
    .where('id', '=', extensionId)
    .forUpdate()
    .executeTakeFirst();
  if (!ext) throw new AppError('not_found', 'Không tìm thấy đề nghị gia hạn.');
  const row: LockedAssignment = await lockAssignment(db, ext.assignment_id);
  authorize(
    ctx.actor,
    action,
    {
      kind: 'extension',
      unitId: row.unit_id,
      standingUnitId: row.standing_unit_id,
      forwarded: ext.forwarded_at !== null,
    },
    {
      forbidden:
        ext.forwarded_at && action === 'extension.decide'
          ? 'Đề nghị gia hạn đã chuyển lãnh đạo quyết định.'
          : 'Bạn không có quyền xử lý đề nghị gia hạn của nhiệm vụ này.',
    },
  );
  const step = EXTENSION_TRANSITIONS[action];
  if (!step.from.includes(ext.state))
    throw new AppError('refused', 'Đề nghị gia hạn này đã được quyết định.');
  if (step.onlyUnforwarded && ext.forwarded_at)
    throw new AppError('refused', 'Đề nghị gia hạn đã được chuyển lãnh đạo.');
  return { ext, row };
}

/** Approving moves the deadline in force; the original stays on the assignment and in history. */
export async function decideExtension(
  ctx: Ctx,
  extensionId: number,
  input: ExtensionDecision,
): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const { ext, row } = await lockPendingExtension(db, ctx, extensionId, 'extension.decide');
    const note = input.note?.trim() ?? '';
    if (input.decision === 'refuse' && !note) {
      throw new AppError('validation_failed', 'Không chấp thuận gia hạn cần nêu lý do để đơn vị biết.');
    }
    const granted = input.decision === 'approve' ? (input.approvedDue ?? ext.requested_due_date) : null;
    if (granted && ext.previous_due_date && granted <= ext.previous_due_date) {
      throw new AppError(
        'validation_failed',
        'Thời hạn được gia hạn phải sau thời hạn trước khi xin gia hạn.',
      );
    }
    const state = EXTENSION_TRANSITIONS['extension.decide'].to![input.decision];
    await db
      .updateTable('extensions')
      .set({
        state,
        decided_by: ctx.actor.userId,
        decided_at: ctx.now(),
        decision_note: note || null,
        approved_due_date: granted,
      })
      .where('id', '=', extensionId)
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: `extension.${state}`,
      entity: 'extension',
      entityId: extensionId,
      before: { state: 'pending', requestedDue: ext.requested_due_date },
      after: { state, approvedDue: granted, note: note || null },
    });
    if (granted) {
      await db.updateTable('assignments').set({ due_date: granted }).where('id', '=', row.id).execute();
      await finishChange(db, ctx, row, 'assignment.extension.approved', { due_date: granted });
    }
  });
}
