import { seesAllUnits } from '@dondoc/domain';
import { sql } from 'kysely';
import type { Ctx } from '../context';
import { directivesOf } from '../directives/programmes';

export interface DashboardFilters {
  directiveId?: number;
  programme?: string;
  unitId?: number;
}

/**
 * The figures a leader asks for, over lead assignments (a task's status is its lead units'):
 * counts by colour and by the four-way timeliness split, the share done on time, the units with
 * the most overdue work, the directives and programmes, and the monthly trend of completions.
 */
export async function getDashboard(ctx: Ctx, f: DashboardFilters) {
  const db = ctx.db;
  const base = () => {
    let q = db
      .selectFrom('assignments')
      .where('assignments.role', '=', 'lead')
      .where('assignments.parent_id', 'is', null) // work handed down rolls up into its parent
      .where('assignments.state', '!=', 'cancelled');
    if (!seesAllUnits(ctx.actor)) q = q.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
    if (f.directiveId) q = q.where('assignments.directive_id', '=', f.directiveId);
    if (f.unitId) q = q.where('assignments.unit_id', '=', f.unitId);
    if (f.programme) q = q.where('assignments.directive_id', 'in', (eb) => directivesOf(eb, f.programme!));
    return q;
  };
  const count = sql<number>`count(*)::int`;
  const [byStatus, overdueUnits, byDirective, byProgramme, trend] = await Promise.all([
    base()
      .select(['assignments.status_color as color', 'assignments.timeliness', count.as('n')])
      .groupBy(['assignments.status_color', 'assignments.timeliness'])
      .execute(),
    base()
      .innerJoin('units', 'units.id', 'assignments.unit_id')
      .where('assignments.timeliness', '=', 'open_overdue')
      .select(['units.id', 'units.name', count.as('overdue')])
      .groupBy(['units.id', 'units.name'])
      .orderBy('overdue', 'desc')
      .orderBy('units.name')
      .limit(10)
      .execute(),
    base()
      .innerJoin('directives', 'directives.id', 'assignments.directive_id')
      .select([
        'directives.id',
        'directives.number',
        'directives.subject',
        count.as('total'),
        sql<number>`count(*) filter (where assignments.status_color = 'red')::int`.as('red'),
        sql<number>`count(*) filter (where assignments.status_color = 'green')::int`.as('green'),
      ])
      .groupBy(['directives.id', 'directives.number', 'directives.subject'])
      .orderBy('red', 'desc')
      .limit(20)
      .execute(),
    base()
      .innerJoin('directive_programmes', 'directive_programmes.directive_id', 'assignments.directive_id')
      .innerJoin('programmes', 'programmes.id', 'directive_programmes.programme_id')
      .select([
        'programmes.code',
        count.as('total'),
        sql<number>`count(*) filter (where assignments.status_color = 'red')::int`.as('red'),
      ])
      .groupBy('programmes.code')
      .execute(),
    base()
      .where('assignments.done_at', 'is not', null)
      .select([
        sql<string>`to_char(assignments.done_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`.as('month'),
        sql<number>`count(*) filter (where assignments.timeliness = 'done_on_time')::int`.as('onTime'),
        sql<number>`count(*) filter (where assignments.timeliness = 'done_late')::int`.as('late'),
      ])
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
  ]);
  const colors = { green: 0, yellow: 0, red: 0 };
  const timeliness = { done_on_time: 0, done_late: 0, open_within_deadline: 0, open_overdue: 0 };
  for (const r of byStatus) {
    if (r.color) colors[r.color] += r.n;
    if (r.timeliness) timeliness[r.timeliness] += r.n;
  }
  const done = timeliness.done_on_time + timeliness.done_late;
  return {
    total: colors.green + colors.yellow + colors.red,
    colors,
    timeliness,
    onTimeShare: done ? timeliness.done_on_time / done : null,
    overdueByUnit: overdueUnits,
    byDirective,
    byProgramme,
    trend: trend.slice(-12),
  };
}
