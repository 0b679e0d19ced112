import { assignmentAbilities } from '@dondoc/domain';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { assignmentTimeline } from './assignment-timeline';

/** One assignment with its task, directive, deadline history and the timeline of what happened. */
export async function getAssignment(ctx: Ctx, id: number) {
  const db = ctx.db;
  const row = await db
    .selectFrom('assignments')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('directives', 'directives.id', 'tasks.directive_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .selectAll('assignments')
    .select([
      'tasks.text as task_text',
      'tasks.ref as task_ref',
      'tasks.due_type',
      'tasks.due_label',
      'tasks.every',
      'tasks.targets',
      'directives.id as directive_id',
      'directives.number as directive_number',
      'directives.subject as directive_subject',
      'directives.standing_unit_id',
      'units.name as unit_name',
    ])
    .where('assignments.id', '=', id)
    .executeTakeFirst();
  // the same answer whether it does not exist or may not be seen
  if (!row) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ được giao.');
  authorize(ctx.actor, 'assignment.read', {
    kind: 'assignment',
    unitId: row.unit_id,
    standingUnitId: row.standing_unit_id,
  });
  const subject = { unitId: row.unit_id, standingUnitId: row.standing_unit_id };
  const timeline = await assignmentTimeline(db, ctx.actor, id, subject);
  return {
    id: row.id,
    state: row.state,
    role: row.role,
    percent: row.percent,
    dueDate: row.due_date,
    originalDueDate: row.original_due_date,
    color: row.status_color,
    timeliness: row.timeliness,
    flags: row.flags,
    version: row.version,
    assignedAt: row.assigned_at,
    claimedAt: row.claimed_at,
    doneAt: row.done_at,
    cancelReason: row.cancel_reason,
    unit: { id: row.unit_id, name: row.unit_name },
    task: {
      id: row.task_id,
      ref: row.task_ref,
      text: row.task_text,
      due: { type: row.due_type, label: row.due_label, every: row.every },
      targets: row.targets,
    },
    directive: { id: row.directive_id, number: row.directive_number, subject: row.directive_subject },
    timeline,
    abilities: assignmentAbilities(ctx.actor, {
      ...subject,
      state: row.state,
      role: row.role,
      hasDue: row.due_date !== null,
    }),
  };
}
