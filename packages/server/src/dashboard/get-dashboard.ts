import { recentPeriods, seesAllUnits } from '@dondoc/domain';
import { sql } from 'kysely';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import { directivesOf } from '../directives/programmes';
import { countedOnDashboard, onTimeShare } from './counted';
import { cached, scopeKey } from './dashboard-cache';

export interface DashboardFilters {
  directiveId?: number;
  programme?: string;
  unitId?: number;
}

const count = sql<number>`count(*)::int`;
const countWhere = (column: 'status_color' | 'timeliness', value: string) =>
  sql<number>`count(*) filter (where ${sql.ref(`assignments.${column}`)} = ${value})::int`;

/**
 * The figures a leader asks for, over what `countedOnDashboard` counts (each figure opens the list
 * `lead=true` with the same filter, so the two always agree): counts by colour and by the four-way
 * timeliness split, the share done on time, a row per unit, the directives and programmes, and
 * the completions of each of the last twelve months.
 */
export async function getDashboard(ctx: Ctx, f: DashboardFilters) {
  const db = ctx.db;
  const base = () => {
    let q = db.selectFrom('assignments').where(countedOnDashboard);
    if (!seesAllUnits(ctx.actor)) q = q.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
    if (f.directiveId) q = q.where('assignments.directive_id', '=', f.directiveId);
    if (f.unitId) q = q.where('assignments.unit_id', '=', f.unitId);
    if (f.programme) q = q.where('assignments.directive_id', 'in', (eb) => directivesOf(eb, f.programme!));
    return q;
  };
  const months = recentPeriods('month', ctx.now(), 12);
  const [byStatus, byUnit, byDirective, byProgramme, trend] = await Promise.all([
    base()
      .select(['assignments.status_color as color', 'assignments.timeliness', count.as('n')])
      .groupBy(['assignments.status_color', 'assignments.timeliness'])
      .execute(),
    base()
      .innerJoin('units', 'units.id', 'assignments.unit_id')
      .select([
        'units.id',
        'units.name',
        count.as('total'),
        countWhere('timeliness', 'done_on_time').as('doneOnTime'),
        countWhere('timeliness', 'done_late').as('doneLate'),
        countWhere('timeliness', 'open_overdue').as('openOverdue'),
      ])
      .groupBy(['units.id', 'units.name'])
      .orderBy('openOverdue', 'desc')
      .orderBy('units.name')
      .execute(),
    base()
      .innerJoin('directives', 'directives.id', 'assignments.directive_id')
      .select([
        'directives.id',
        'directives.number',
        'directives.subject',
        count.as('total'),
        countWhere('status_color', 'red').as('red'),
        countWhere('status_color', 'green').as('green'),
      ])
      .groupBy(['directives.id', 'directives.number', 'directives.subject'])
      .orderBy('red', 'desc')
      .orderBy('directives.id')
      .limit(20)
      .execute(),
    base()
      .innerJoin('directive_programmes', 'directive_programmes.directive_id', 'assignments.directive_id')
      .innerJoin('programmes', 'programmes.id', 'directive_programmes.programme_id')
      .select(['programmes.code', count.as('total'), countWhere('status_color', 'red').as('red')])
      .groupBy('programmes.code')
      .orderBy('programmes.code')
      .execute(),
    base()
      .where('assignments.done_at', '>=', new Date(`${months[0]!.start}T00:00:00+07:00`))
      .select([
        sql<string>`to_char(assignments.done_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`.as('month'),
        countWhere('timeliness', 'done_on_time').as('onTime'),
        countWhere('timeliness', 'done_late').as('late'),
      ])
      .groupBy(sql`1`)
      .execute(),
  ]);
  const colors = { green: 0, yellow: 0, red: 0 };
  const timeliness = { done_on_time: 0, done_late: 0, open_within_deadline: 0, open_overdue: 0 };
  for (const r of byStatus) {
    if (r.color) colors[r.color] += r.n;
    if (r.timeliness) timeliness[r.timeliness] += r.n;
  }
  const onTime = {
    doneOnTime: timeliness.done_on_time,
    // the share's denominator: done (on time or late) or past due and still open
    due: timeliness.done_on_time + timeliness.done_late + timeliness.open_overdue,
  };
  const share = onTimeShare({
    doneOnTime: timeliness.done_on_time,
    doneLate: timeliness.done_late,
    openOverdue: timeliness.open_overdue,
  });
  return {
    total: colors.green + colors.yellow + colors.red,
    colors,
    timeliness,
    onTimeShare: share,
    onTime,
    byUnit: byUnit.map((u) => ({ ...u, onTimeShare: onTimeShare(u) })),
    byDirective,
    byProgramme,
    // every month of the axis, a month without completions as zero
    trend: months.map(({ key }) => {
      const row = trend.find((t) => t.month === key);
      return { month: key, onTime: row?.onTime ?? 0, late: row?.late ?? 0 };
    }),
  };
}

/** The dashboard for those the policy lets read it, from the short cache per scope and filter. */
export async function readDashboard(ctx: Ctx, f: DashboardFilters) {
  authorize(ctx.actor, 'dashboard.read', undefined, {
    forbidden: 'Bạn không có quyền xem số liệu tổng hợp.',
  });
  const key = `${scopeKey(ctx.actor)}|${JSON.stringify(f)}`;
  return cached(key, Date.now(), () => getDashboard(ctx, f));
}
