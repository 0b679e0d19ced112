import {
  type Actor,
  type AssignmentRole,
  type AssignmentState,
  assignmentAbilities,
  type Color,
  type Flag,
  fold,
  seesAllUnits,
  type Timeliness,
} from '@dondoc/domain';
import { sql } from 'kysely';
import type { Ctx } from '../context';
import { countedOnDashboard } from '../dashboard/counted';
import { directivesOf } from '../directives/programmes';
import { subtreeIds } from '../units/unit-repository';

export interface AssignmentFilters {
  unitId?: number;
  /** With unitId: include the units below it. */
  includeChildren?: boolean;
  /** Only what the dashboard counts (lead units' own assignments, not cancelled): its figures open this. */
  lead?: boolean;
  color?: Color;
  timeliness?: Timeliness;
  flag?: Flag;
  state?: AssignmentState;
  /** Only open work: neither done nor cancelled (partial index assignments_open). */
  open?: boolean;
  programme?: string;
  directiveId?: number;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  sort?: 'due' | '-due' | 'updated';
  page: number;
  pageSize: number;
}

/** One page of assignments the actor may see, filtered; accent-insensitive text search. */
export async function listAssignments(ctx: Ctx, f: AssignmentFilters) {
  const query = await filteredAssignments(ctx, f);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const order =
    f.sort === 'updated'
      ? sql`assignments.updated_at desc`
      : f.sort === '-due'
        ? sql`assignments.due_date desc nulls last`
        : sql`assignments.due_date asc nulls last`;
  const rows = await query
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .innerJoin('directives', 'directives.id', 'assignments.directive_id')
    .innerJoin('units', 'units.id', 'assignments.unit_id')
    .select([
      'assignments.id',
      'assignments.state',
      'assignments.role',
      'assignments.percent',
      'assignments.due_date',
      'assignments.original_due_date',
      'assignments.status_color',
      'assignments.timeliness',
      'assignments.flags',
      'assignments.version',
      'assignments.updated_at',
      'tasks.id as task_id',
      'tasks.text as task_text',
      'tasks.ref as task_ref',
      'directives.id as directive_id',
      'directives.number as directive_number',
      'directives.subject as directive_subject',
      'directives.standing_unit_id',
      'units.id as unit_id',
      'units.name as unit_name',
    ])
    .orderBy(order)
    .orderBy('assignments.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return {
    total: total.n,
    page: f.page,
    pageSize: f.pageSize,
    items: rows.map((r) => presentListItem(ctx.actor, r)),
  };
}

/** The assignments the actor may see, filtered: a query to count, page, or group. */
export async function filteredAssignments(
  ctx: Ctx,
  f: Omit<AssignmentFilters, 'page' | 'pageSize' | 'sort'>,
) {
  const db = ctx.db;
  // filters touch the assignments table alone; the page's rows are joined to their names after
  let query = db.selectFrom('assignments');
  if (!seesAllUnits(ctx.actor)) {
    query = query.where('assignments.unit_id', 'in', [...ctx.actor.unitScope, 0]);
  }
  if (f.unitId) {
    if (f.includeChildren) {
      // the ids first, as literals: the planner then reads the (unit, colour) index
      const ids = await subtreeIds(db, f.unitId);
      query = query.where('assignments.unit_id', 'in', [...ids, 0]);
    } else query = query.where('assignments.unit_id', '=', f.unitId);
  }
  if (f.lead) query = query.where(countedOnDashboard);
  if (f.color) query = query.where('assignments.status_color', '=', f.color);
  if (f.timeliness) query = query.where('assignments.timeliness', '=', f.timeliness);
  if (f.flag) query = query.where(sql<boolean>`${f.flag} = any(assignments.flags)`);
  if (f.state) query = query.where('assignments.state', '=', f.state as never);
  // the same expression as assignments_open's predicate, so the planner can read that index
  if (f.open) query = query.where(sql<boolean>`assignments.state not in ('done', 'cancelled')`);
  if (f.directiveId) query = query.where('assignments.directive_id', '=', f.directiveId);
  if (f.dueFrom) query = query.where('assignments.due_date', '>=', f.dueFrom);
  if (f.dueTo) query = query.where('assignments.due_date', '<=', f.dueTo);
  if (f.programme)
    query = query.where('assignments.directive_id', 'in', (eb) => directivesOf(eb, f.programme!));
  const word = f.q?.trim() ? searchLike(f.q) : null;
  if (word) {
    if (f.unitId || f.directiveId || !seesAllUnits(ctx.actor)) {
      // Restricted to a unit (or a directive, or the actor's units): the word is checked on those
      // few rows, each task's text read by its key, so a common word costs no more than a rare one
      // (the trigram index would first list every task holding it: 50,000 for "cai cach"); the hits
      // are then sorted, where the planner left to itself walks the whole due-date index.
      query = query.where((eb) =>
        eb.or([
          eb(
            eb
              .selectFrom('tasks')
              .select('tasks.search_text')
              .whereRef('tasks.id', '=', 'assignments.task_id'),
            'like',
            word,
          ),
          eb(
            eb
              .selectFrom('directives')
              .select('directives.search_text')
              .whereRef('directives.id', '=', 'assignments.directive_id'),
            'like',
            word,
          ),
          eb(
            eb
              .selectFrom('units')
              .select('units.search_text')
              .whereRef('units.id', '=', 'assignments.unit_id'),
            'like',
            word,
          ),
        ]),
      );
      const hits = query.select('assignments.id');
      query = db
        .with(
          (cte) => cte('hits').materialized(),
          () => hits,
        )
        .selectFrom('hits')
        .innerJoin('assignments', 'assignments.id', 'hits.id') as unknown as typeof query;
    } else {
      // everything the actor sees: tasks, directives and units found through the trigram indexes
      // on their folded text (search_text)
      query = query.where((eb) =>
        eb.or([
          eb(
            'assignments.task_id',
            'in',
            eb.selectFrom('tasks').select('id').where('search_text', 'like', word),
          ),
          eb(
            'assignments.directive_id',
            'in',
            eb.selectFrom('directives').select('id').where('search_text', 'like', word),
          ),
          eb(
            'assignments.unit_id',
            'in',
            eb.selectFrom('units').select('id').where('search_text', 'like', word),
          ),
        ]),
      );
    }
  }
  return query;
}
/** The LIKE pattern for a word typed in any case, with or without accents: "SỐ 12" → "%so 12%". */
function searchLike(q: string): string {
  return `%${fold(q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function presentListItem(
  actor: Actor,
  r: {
    id: number;
    state: AssignmentState;
    role: AssignmentRole;
    percent: number;
    due_date: string | null;
    original_due_date: string | null;
    status_color: Color | null;
    timeliness: Timeliness | null;
    flags: Flag[];
    version: number;
    updated_at: Date;
    task_id: number;
    task_text: string;
    task_ref: string;
    directive_id: number;
    directive_number: string | null;
    directive_subject: string | null;
    standing_unit_id: number | null;
    unit_id: number;
    unit_name: string;
  },
) {
  return {
    id: r.id,
    state: r.state,
    role: r.role,
    percent: r.percent,
    dueDate: r.due_date,
    originalDueDate: r.original_due_date,
    color: r.status_color,
    timeliness: r.timeliness,
    flags: r.flags,
    version: r.version,
    updatedAt: r.updated_at,
    task: { id: r.task_id, ref: r.task_ref, text: r.task_text },
    directive: { id: r.directive_id, number: r.directive_number, subject: r.directive_subject },
    unit: { id: r.unit_id, name: r.unit_name },
    abilities: assignmentAbilities(actor, {
      unitId: r.unit_id,
      standingUnitId: r.standing_unit_id,
      state: r.state,
      role: r.role,
      hasDue: r.due_date !== null,
    }),
  };
}
