import { extensionAbilities, obstacleAbilities, seesAllUnits } from '@dondoc/domain';
import type { Ctx } from '../context';

/** Extension requests waiting for a decision, newest first, within what the actor may see. */
export async function pendingExtensions(ctx: Ctx) {
  let q = ctx.db
    .selectFrom('extensions')
    .innerJoin('assignments', 'assignments.id', 'extensions.assignment_id')
    .innerJoin('directives', 'directives.id', 'assignments.directive_id')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .leftJoin('users', 'users.id', 'extensions.forwarded_by')
    .where('extensions.state', '=', 'pending');
  if (!seesAllUnits(ctx.actor)) q = q.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
  const rows = await q
    .select([
      'extensions.id',
      'extensions.assignment_id as assignmentId',
      'extensions.previous_due_date as previousDue',
      'extensions.requested_due_date as requestedDue',
      'extensions.reason',
      'extensions.created_at as createdAt',
      'extensions.forwarded_at as forwardedAt',
      'extensions.forward_note as forwardNote',
      'users.display_name as forwardedBy',
      'tasks.text as taskText',
      'units.name as unitName',
      'assignments.unit_id',
      'directives.standing_unit_id',
    ])
    .orderBy('extensions.id', 'desc')
    .limit(200)
    .execute();
  return rows.map(({ unit_id, standing_unit_id, ...e }) => ({
    ...e,
    abilities: extensionAbilities(
      ctx.actor,
      { unitId: unit_id, standingUnitId: standing_unit_id },
      { state: 'pending', forwarded: e.forwardedAt !== null },
    ),
  }));
}

/**
 * Obstacles of open assignments not yet resolved, newest first: each report that names one,
 * with how far the office has taken it (open, forwarded to the leaders) and its answers.
 */
export async function reportedObstacles(ctx: Ctx) {
  let q = ctx.db
    .selectFrom('progress_reports')
    .innerJoin('assignments', 'assignments.id', 'progress_reports.assignment_id')
    .innerJoin('directives', 'directives.id', 'assignments.directive_id')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .where('progress_reports.obstacles', '!=', '')
    .where('progress_reports.obstacle_state', '!=', 'resolved')
    .where('assignments.state', 'in', ['assigned', 'in_progress']);
  if (!seesAllUnits(ctx.actor)) q = q.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
  const rows = await q
    .select([
      'progress_reports.id',
      'progress_reports.assignment_id as assignmentId',
      'progress_reports.obstacles',
      'progress_reports.obstacle_state as state',
      'progress_reports.created_at as createdAt',
      'tasks.text as taskText',
      'units.name as unitName',
      'assignments.unit_id',
      'directives.standing_unit_id',
    ])
    .orderBy('progress_reports.id', 'desc')
    .limit(200)
    .execute();
  const answers = rows.length
    ? await ctx.db
        .selectFrom('obstacle_actions')
        .leftJoin('users', 'users.id', 'obstacle_actions.actor_id')
        .select([
          'obstacle_actions.report_id',
          'obstacle_actions.action',
          'obstacle_actions.message',
          'obstacle_actions.created_at as at',
          'users.display_name as by',
        ])
        .where(
          'obstacle_actions.report_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('obstacle_actions.id')
        .execute()
    : [];
  return rows.map(({ unit_id, standing_unit_id, ...o }) => ({
    ...o,
    actions: answers.filter((a) => a.report_id === o.id).map(({ report_id: _, ...a }) => a),
    abilities: obstacleAbilities(ctx.actor, { unitId: unit_id, standingUnitId: standing_unit_id }, o.state),
  }));
}
