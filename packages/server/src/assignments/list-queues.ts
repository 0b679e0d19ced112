import { seesAllUnits } from '@dondoc/domain';
import type { Ctx } from '../context';

/** Extension requests waiting for a decision, newest first, within what the actor may see. */
export async function pendingExtensions(ctx: Ctx) {
  let q = ctx.db
    .selectFrom('extensions')
    .innerJoin('assignments', 'assignments.id', 'extensions.assignment_id')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .where('extensions.state', '=', 'pending');
  if (!seesAllUnits(ctx.actor)) q = q.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
  return q
    .select([
      'extensions.id',
      'extensions.assignment_id as assignmentId',
      'extensions.previous_due_date as previousDue',
      'extensions.requested_due_date as requestedDue',
      'extensions.reason',
      'extensions.created_at as createdAt',
      'tasks.text as taskText',
      'units.name as unitName',
    ])
    .orderBy('extensions.id', 'desc')
    .limit(200)
    .execute();
}

/** The latest report of each open assignment that names an obstacle needing a decision above. */
export async function reportedObstacles(ctx: Ctx) {
  let q = ctx.db
    .selectFrom('progress_reports')
    .innerJoin('assignments', 'assignments.id', 'progress_reports.assignment_id')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .where('progress_reports.obstacles', '!=', '')
    .where('assignments.state', 'in', ['assigned', 'in_progress']);
  if (!seesAllUnits(ctx.actor)) q = q.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
  return q
    .select([
      'progress_reports.id',
      'progress_reports.assignment_id as assignmentId',
      'progress_reports.obstacles',
      'progress_reports.created_at as createdAt',
      'tasks.text as taskText',
      'units.name as unitName',
    ])
    .orderBy('progress_reports.id', 'desc')
    .limit(200)
    .execute();
}
