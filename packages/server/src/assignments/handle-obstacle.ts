import { OBSTACLE_TRANSITIONS, type ObstacleStep } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { lockAssignment } from './workflow';

export type { ObstacleStep };

/**
 * An obstacle is the obstacles text of a progress report. The office answers it, forwards it
 * to the leaders, or marks it resolved; each step is kept and shown on the timeline.
 */
export async function handleObstacle(
  ctx: Ctx,
  reportId: number,
  step: ObstacleStep,
  message: string,
): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const report = await db
      .selectFrom('progress_reports')
      .select(['id', 'assignment_id', 'obstacles', 'obstacle_state'])
      .where('id', '=', reportId)
      .forUpdate()
      .executeTakeFirst();
    if (!report?.obstacles.trim()) {
      throw new AppError('not_found', 'Không tìm thấy khó khăn, vướng mắc này.');
    }
    const row = await lockAssignment(db, report.assignment_id);
    const action = `obstacle.${step}` as const;
    authorize(
      ctx.actor,
      action,
      { kind: 'obstacle', unitId: row.unit_id, standingUnitId: row.standing_unit_id },
      { forbidden: 'Bạn không có quyền xử lý khó khăn, vướng mắc của nhiệm vụ này.' },
    );
    const rule = OBSTACLE_TRANSITIONS[action];
    if (!rule.from.includes(report.obstacle_state)) {
      throw new AppError(
        'refused',
        report.obstacle_state === 'resolved'
          ? 'Khó khăn, vướng mắc này đã được xử lý xong.'
          : 'Khó khăn, vướng mắc này đã được chuyển lãnh đạo.',
      );
    }
    if (step === 'answer' && !message) throw new AppError('validation_failed', 'Cần nhập nội dung trả lời.');
    await db
      .insertInto('obstacle_actions')
      .values({
        report_id: reportId,
        action: step,
        message,
        actor_id: ctx.actor.userId,
        created_at: ctx.now(),
      })
      .execute();
    const next = rule.to;
    if (next) {
      await db
        .updateTable('progress_reports')
        .set({ obstacle_state: next })
        .where('id', '=', reportId)
        .execute();
    }
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action,
      entity: 'obstacle',
      entityId: reportId,
      before: { state: report.obstacle_state },
      after: { state: next ?? report.obstacle_state, message },
    });
  });
}
