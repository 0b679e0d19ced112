import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { finishChange, lockAssignment, requireStep, requireVersion } from './workflow';

export interface DeadlineChange {
  dueDate: string;
  /** The leader's decision that moves the deadline: its number, date and signer. */
  decisionRef: string;
  decisionDate: string;
  decidedBy: string;
  reason?: string;
  version?: number;
}

/** The office records a deadline moved by a leader's decision; the original deadline is kept. */
export async function changeDeadline(ctx: Ctx, id: number, input: DeadlineChange): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.change_deadline', row, 'đổi thời hạn');
    requireVersion(row, input.version);
    if (!row.due_date)
      throw new AppError('refused', 'Nhiệm vụ không có thời hạn nên không đổi được thời hạn.');
    if (input.dueDate === row.due_date) {
      throw new AppError('validation_failed', 'Thời hạn mới trùng với thời hạn hiện tại.');
    }
    await db
      .insertInto('deadline_changes')
      .values({
        assignment_id: id,
        previous_due_date: row.due_date,
        new_due_date: input.dueDate,
        decision_ref: input.decisionRef,
        decision_date: input.decisionDate,
        decided_by_name: input.decidedBy,
        reason: input.reason ?? '',
        recorded_by: ctx.actor.userId,
        created_at: ctx.now(),
      })
      .execute();
    // original_due_date is never touched: the timeline and reports show both
    await db.updateTable('assignments').set({ due_date: input.dueDate }).where('id', '=', id).execute();
    await finishChange(db, ctx, row, 'assignment.deadline.change', {
      due_date: input.dueDate,
      decisionRef: input.decisionRef,
      decisionDate: input.decisionDate,
      decidedBy: input.decidedBy,
    });
  });
}
