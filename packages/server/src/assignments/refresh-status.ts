import {
  type AssignmentFacts,
  type AssignmentState,
  closedPeriods,
  computeStatus,
  type DueType,
  missedPeriods,
  type Rhythm,
} from '@dondoc/domain';
import type { Db } from '../db/database';

/** What the status rules read from an assignment and its task. */
export interface StatusRow {
  state: AssignmentState;
  due_date: string | null;
  assigned_at: Date;
  claimed_at: Date | null;
  percent: number;
  returned: boolean;
  due_type: DueType;
  every: Rhythm | null;
}

/** An ongoing or recurring task is judged by its reporting periods (quarterly when none is set). */
export function rhythmOf(row: Pick<StatusRow, 'due_type' | 'every'>): Rhythm | null {
  return row.every ?? (row.due_type === 'ongoing' ? 'quarter' : null);
}

/**
 * The facts the domain's rules judge at an instant, from an assignment's columns and the times of
 * its progress reports. The stored status and the periodic report at a past cut-off (which passes
 * only the reports made before it) both come from here.
 */
export function statusFacts(row: StatusRow, reportedAt: Date[], now: Date): AssignmentFacts {
  const rhythm = rhythmOf(row);
  return {
    state: row.state,
    dueDate: row.due_date,
    ongoing: row.due_type === 'ongoing' || (row.due_type === 'recurring' && !row.due_date),
    assignedAt: row.assigned_at,
    claimedAt: row.claimed_at,
    percent: row.percent,
    returned: row.returned,
    missedPeriods: rhythm ? missedPeriods(rhythm, row.assigned_at, now, reportedAt).length : 0,
    closedPeriods: rhythm ? closedPeriods(rhythm, row.assigned_at, now).length : 0,
  };
}

/**
 * Recomputes the stored status (colour, timeliness, flags) of assignments from their facts with
 * the domain's rules. Called after every change, and by the status job as time passes.
 */
export async function refreshStatuses(db: Db, ids: number[], now: Date, dueSoonDays: number): Promise<void> {
  if (!ids.length) return;
  const rows = await db
    .selectFrom('assignments')
    .innerJoin('tasks', 'tasks.id', 'assignments.task_id')
    .select([
      'assignments.id',
      'assignments.state',
      'assignments.due_date',
      'assignments.assigned_at',
      'assignments.claimed_at',
      'assignments.percent',
      'assignments.returned',
      'tasks.due_type',
      'tasks.every',
    ])
    .where('assignments.id', 'in', ids)
    .execute();
  const rhythmic = rows.filter((r) => rhythmOf(r));
  const reports = rhythmic.length
    ? await db
        .selectFrom('progress_reports')
        .select(['assignment_id', 'created_at'])
        .where(
          'assignment_id',
          'in',
          rhythmic.map((r) => r.id),
        )
        .execute()
    : [];
  for (const row of rows) {
    const facts = statusFacts(
      row,
      reports.filter((r) => r.assignment_id === row.id).map((r) => r.created_at),
      now,
    );
    const status = computeStatus(facts, now, { dueSoonDays });
    await db
      .updateTable('assignments')
      .set({
        status_color: status.color,
        timeliness: status.timeliness,
        flags: status.flags,
        missed_periods: facts.missedPeriods,
      })
      .where('id', '=', row.id)
      .execute();
  }
}
