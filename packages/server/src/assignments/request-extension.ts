import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { finishChange, lockAssignment, requireStep } from './workflow';

export interface ExtensionRequest {
  requestedDue: string;
  reason: string;
}

/** A unit asks to move its deadline; the standing office or a leader decides. */
export async function requestExtension(
  ctx: Ctx,
  id: number,
  input: ExtensionRequest,
): Promise<{ extensionId: number }> {
  return transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.request_extension', row, 'xin gia hạn');
    if (!row.due_date) throw new AppError('refused', 'Nhiệm vụ không có thời hạn nên không cần gia hạn.');
    if (input.requestedDue <= row.due_date) {
      throw new AppError('validation_failed', 'Thời hạn xin gia hạn phải sau thời hạn hiện tại.');
    }
    const pending = await db
      .selectFrom('extensions')
      .select('id')
      .where('assignment_id', '=', id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw new AppError('refused', 'Đã có một đề nghị gia hạn đang chờ quyết định.');
    const ext = await db
      .insertInto('extensions')
      .values({
        assignment_id: id,
        requested_by: ctx.actor.userId,
        previous_due_date: row.due_date,
        requested_due_date: input.requestedDue,
        reason: input.reason,
        created_at: ctx.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await finishChange(db, ctx, row, 'assignment.extension.request', {
      extensionId: ext.id,
      requestedDue: input.requestedDue,
    });
    return { extensionId: ext.id };
  });
}
