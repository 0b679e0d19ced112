import type { AssignmentRole, AssignmentState, Color, Timeliness } from '@dondoc/domain';
import { sql } from 'kysely';
import type { Ctx } from '../context';
import { type AssignmentFilters, filteredAssignments } from './list-assignments';

export type TaskSearch = Pick<AssignmentFilters, 'q' | 'unitId' | 'includeChildren' | 'open'> & {
  page: number;
  pageSize: number;
};

/**
 * Word search grouped by task: one row per task among the assignments the actor may see that match,
 * with those assignments (a task given to five units is one result, not five), earliest due first.
 */
export async function searchByTask(ctx: Ctx, f: TaskSearch) {
  const query = await filteredAssignments(ctx, f);
  const groups = await query
    .select([
      'assignments.task_id',
      sql<string | null>`min(assignments.due_date)`.as('due_date'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .groupBy('assignments.task_id')
    .orderBy(sql`min(assignments.due_date) asc nulls last`)
    .orderBy('assignments.task_id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const taskIds = groups.map((g) => g.task_id);
  const rows = taskIds.length
    ? await query
        .where('assignments.task_id', 'in', taskIds)
        .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
        .innerJoin('directives', 'directives.id', 'assignments.directive_id')
        .innerJoin('units', 'units.id', 'assignments.unit_id')
        .select([
          'assignments.id',
          'assignments.task_id',
          'assignments.state',
          'assignments.role',
          'assignments.percent',
          'assignments.due_date',
          'assignments.status_color',
          'assignments.timeliness',
          'tasks.ref as task_ref',
          'tasks.text as task_text',
          'directives.id as directive_id',
          'directives.number as directive_number',
          'directives.subject as directive_subject',
          'units.id as unit_id',
          'units.name as unit_name',
        ])
        .orderBy(sql`assignments.role = 'lead' desc`)
        .orderBy('units.name')
        .execute()
    : [];
  return {
    // the total rides on every row of the page; past the last page there is no row to carry it
    total: groups[0]?.total ?? (f.page > 1 ? await countTasks(ctx, f) : 0),
    page: f.page,
    pageSize: f.pageSize,
    items: groups.flatMap((g) => {
      const mine = rows.filter((r) => r.task_id === g.task_id);
      const first = mine[0];
      if (!first) return []; // changed between the two reads
      return {
        task: { id: g.task_id, ref: first.task_ref, text: first.task_text },
        directive: {
          id: first.directive_id,
          number: first.directive_number,
          subject: first.directive_subject,
        },
        dueDate: g.due_date,
        assignments: mine.map((r) => ({
          id: r.id,
          role: r.role as AssignmentRole,
          state: r.state as AssignmentState,
          percent: r.percent,
          dueDate: r.due_date,
          color: r.status_color as Color | null,
          timeliness: r.timeliness as Timeliness | null,
          unit: { id: r.unit_id, name: r.unit_name },
        })),
      };
    }),
  };
}

async function countTasks(ctx: Ctx, f: TaskSearch): Promise<number> {
  const query = await filteredAssignments(ctx, f);
  const row = await query
    .select(sql<number>`count(distinct assignments.task_id)`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
