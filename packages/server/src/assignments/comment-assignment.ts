import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { lockAssignment, requireStep } from './workflow';

/**
 * A comment by the office or the unit, shown on the timeline. It changes nothing on the
 * assignment, so its version stays: a report being written meanwhile is not made stale.
 */
export async function commentAssignment(ctx: Ctx, id: number, body: string): Promise<{ commentId: number }> {
  return transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.comment', row, 'bình luận');
    const comment = await db
      .insertInto('assignment_comments')
      .values({ assignment_id: id, author_id: ctx.actor.userId, body, created_at: ctx.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'assignment.comment',
      entity: 'assignment',
      entityId: id,
      after: { commentId: comment.id, body },
    });
    return { commentId: comment.id };
  });
}
