import { ASSIGNMENT_STEPS, nextState } from '@dondoc/domain';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { listSubtree } from '../units/unit-repository';
import { refreshStatuses } from './refresh-status';
import { finishChange, lockAssignment, requireStep } from './workflow';

/**
 * A unit hands its assignment down to units below it (a department to its divisions). The child
 * assignments share the task and deadline; their progress rolls up into the parent's.
 */
export async function cascadeAssignment(
  ctx: Ctx,
  id: number,
  unitIds: number[],
): Promise<{ created: number[] }> {
  return transaction(ctx.db, async (db) => {
    const row = await lockAssignment(db, id);
    requireStep(ctx, 'assignment.cascade', row, 'giao tiếp cho đơn vị cấp dưới');
    const below = new Set(
      (await listSubtree(db, row.unit_id)).map((u) => u.id).filter((u) => u !== row.unit_id),
    );
    const outside = unitIds.filter((u) => !below.has(u));
    if (outside.length) throw new AppError('refused', 'Chỉ giao tiếp được cho đơn vị trực thuộc.');
    const created = unitIds.length
      ? await db
          .insertInto('assignments')
          .values(
            [...new Set(unitIds)].map((unitId) => ({
              task_id: row.task_id,
              directive_id: row.directive_id,
              unit_id: unitId,
              role: row.role,
              parent_id: row.id,
              original_due_date: row.due_date,
              due_date: row.due_date,
              assigned_at: ctx.now(),
            })),
          )
          .onConflict((oc) => oc.columns(['task_id', 'unit_id', 'role']).doNothing())
          .returning('id')
          .execute()
      : [];
    await refreshStatuses(
      db,
      created.map((r) => r.id),
      ctx.now(),
      ctx.dueSoonDays,
    );
    await finishChange(db, ctx, row, 'assignment.cascade', { children: created.map((r) => r.id) });
    return { created: created.map((r) => r.id) };
  });
}

/** A parent's progress is the mean of its children's; the first child report sets it in progress. */
export async function rollUp(db: Db, ctx: Ctx, parentId: number): Promise<void> {
  const children = await db
    .selectFrom('assignments')
    .select('percent')
    .where('parent_id', '=', parentId)
    .where('state', '!=', 'cancelled')
    .execute();
  if (!children.length) return;
  const percent = Math.round(children.reduce((sum, c) => sum + c.percent, 0) / children.length);
  // a child's report counts as a report on the parent: the same row of the state machine
  const reportable = ASSIGNMENT_STEPS['assignment.report'].from;
  await db
    .updateTable('assignments')
    .set({ percent, updated_at: ctx.now() })
    .where('id', '=', parentId)
    .where('state', 'in', reportable)
    .execute();
  await db
    .updateTable('assignments')
    .set({ state: nextState('assignment.report', 'assigned') })
    .where('id', '=', parentId)
    .where('state', '=', 'assigned')
    .execute();
  await refreshStatuses(db, [parentId], ctx.now(), ctx.dueSoonDays);
}
