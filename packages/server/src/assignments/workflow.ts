import { type Action, ASSIGNMENT_STEPS, type AssignmentStep } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import type { AssignmentState } from '../db/schema';
import { AppError } from '../errors';
import { refreshStatuses } from './refresh-status';

/** An assignment locked for a change, with what its policy checks need. */
export async function lockAssignment(db: Db, id: number) {
  const row = await db
    .selectFrom('assignments')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('directives', 'directives.id', 'tasks.directive_id')
    .selectAll('assignments')
    .select(['directives.standing_unit_id'])
    .where('assignments.id', '=', id)
    .forUpdate('assignments')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ được giao.');
  return row;
}

export type LockedAssignment = Awaited<ReturnType<typeof lockAssignment>>;

/** The policy's check on a locked assignment (403 for a step one may not take). */
export function authorizeOn(ctx: Ctx, action: Action, row: LockedAssignment): void {
  authorize(
    ctx.actor,
    action,
    { kind: 'assignment', unitId: row.unit_id, standingUnitId: row.standing_unit_id },
    { forbidden: 'Bạn không có quyền thực hiện thao tác này với nhiệm vụ này.' },
  );
}

const STATE_NAMES: Record<AssignmentState, string> = {
  assigned: 'mới giao',
  in_progress: 'đang thực hiện',
  claimed: 'chờ xác nhận hoàn thành',
  done: 'đã hoàn thành',
  cancelled: 'đã hủy',
};

export function requireState(
  row: LockedAssignment,
  allowed: readonly AssignmentState[],
  doing: string,
): void {
  if (!allowed.includes(row.state)) {
    throw new AppError(
      'refused',
      `Không thể ${doing} khi nhiệm vụ ở trạng thái "${STATE_NAMES[row.state]}".`,
    );
  }
}

/**
 * Authorises a step and checks the state it starts from: the policy's row and the state
 * machine's row (`ASSIGNMENT_STEPS`) for the same action. The use case then writes `nextState`.
 */
export function requireStep(ctx: Ctx, step: AssignmentStep, row: LockedAssignment, doing: string): void {
  authorizeOn(ctx, step, row);
  requireState(row, ASSIGNMENT_STEPS[step].from, doing);
}

/** An optimistic-concurrency check for writes that carry the version the client read. */
export function requireVersion(row: LockedAssignment, version: number | undefined): void {
  if (version !== undefined && version !== row.version) {
    throw new AppError('conflict', 'Nhiệm vụ vừa được cập nhật bởi người khác; hãy tải lại rồi thử lại.', {
      currentVersion: row.version,
    });
  }
}

/** Ends a change: bumps the version, recomputes the status, and writes the audit entry. */
export async function finishChange(
  db: Db,
  ctx: Ctx,
  row: LockedAssignment,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await db
    .updateTable('assignments')
    .set({ version: row.version + 1, updated_at: ctx.now() })
    .where('id', '=', row.id)
    .execute();
  await refreshStatuses(db, [row.id], ctx.now(), ctx.dueSoonDays);
  const before = Object.fromEntries(
    Object.keys(changes).map((k) => [k, (row as Record<string, unknown>)[k]]),
  );
  await recordAudit(db, {
    actorId: ctx.actor.userId,
    action,
    entity: 'assignment',
    entityId: row.id,
    before,
    after: changes,
    at: ctx.now(),
  });
}
