import { nextState } from '@dondoc/domain';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { finishChange, lockAssignment, requireStep } from './workflow';

export async function cancelAssignment(ctx: Ctx, id: number, reason: string): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.cancel', row, 'hủy');
    if (!reason.trim()) throw new AppError('validation_failed', 'Hủy nhiệm vụ cần nêu lý do.');
    const changes = { state: nextState('assignment.cancel', row.state), cancel_reason: reason.trim() };
    await db.updateTable('assignments').set(changes).where('id', '=', id).execute();
    await finishChange(db, ctx, row, 'assignment.cancel', changes);
  });
}
