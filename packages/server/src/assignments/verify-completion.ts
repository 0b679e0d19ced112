import { nextState, type VerificationDecision } from '@dondoc/domain';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { finishChange, lockAssignment, requireStep } from './workflow';

export interface VerificationInput {
  decision: VerificationDecision;
  reason?: string;
}

/** The standing office accepts a claimed completion, or returns it with a reason. */
export async function verifyCompletion(ctx: Ctx, id: number, input: VerificationInput): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.verify', row, 'xác nhận hoàn thành');
    const reason = input.reason?.trim() ?? '';
    if (input.decision === 'return' && !reason) {
      throw new AppError('validation_failed', 'Trả lại cần nêu lý do để đơn vị biết cần bổ sung gì.');
    }
    await db
      .insertInto('verifications')
      .values({
        assignment_id: id,
        decided_by: ctx.actor.userId,
        decision: input.decision,
        reason,
        created_at: ctx.now(),
      })
      .execute();
    const state = nextState('assignment.verify', row.state, input.decision);
    const changes =
      input.decision === 'accept'
        ? { state, done_at: ctx.now() }
        : {
            state,
            returned: true,
            claimed_at: null,
            percent: Math.min(row.percent, 90),
          };
    await db.updateTable('assignments').set(changes).where('id', '=', id).execute();
    await finishChange(db, ctx, row, `assignment.verification.${input.decision}`, { ...changes, reason });
  });
}
