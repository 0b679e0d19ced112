import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { enqueue } from '../jobs/queue';
import { lockAssignment, requireStep } from './workflow';

/**
 * The office nudges a unit about an open assignment. The reminder is recorded now and shown on
 * the timeline; a queued job (committed with it) makes it the unit's notifications and sends them.
 */
export async function remindAssignment(
  ctx: Ctx,
  id: number,
  message: string,
): Promise<{ reminderId: number }> {
  return transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.remind', row, 'nhắc việc');
    const reminder = await db
      .insertInto('reminders')
      .values({ assignment_id: id, created_by: ctx.actor.userId, message, created_at: ctx.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueue(db, {
      kind: 'office-reminder',
      key: `office-reminder:${reminder.id}`,
      runAt: ctx.now(),
      payload: { reminderId: reminder.id },
    });
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'assignment.remind',
      entity: 'assignment',
      entityId: id,
      after: { reminderId: reminder.id, message },
    });
    return { reminderId: reminder.id };
  });
}
