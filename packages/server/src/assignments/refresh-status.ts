import { closedPeriods, computeStatus, missedPeriods, type Rhythm } from '@dondoc/domain';
import type { Db } from '../db/database';

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
  const rhythmic = rows.filter((r) => r.every || r.due_type === 'ongoing');
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
    const rhythm: Rhythm | null = row.every ?? (row.due_type === 'ongoing' ? 'quarter' : null);
    const missed = rhythm
      ? missedPeriods(
          rhythm,
          row.assigned_at,
          now,
          reports.filter((r) => r.assignment_id === row.id).map((r) => r.created_at),
        ).length
      : 0;
    const closed = rhythm ? closedPeriods(rhythm, row.assigned_at, now).length : 0;
    const status = computeStatus(
      {
        state: row.state,
        dueDate: row.due_date,
        ongoing: row.due_type === 'ongoing' || (row.due_type === 'recurring' && !row.due_date),
        assignedAt: row.assigned_at,
        claimedAt: row.claimed_at,
        percent: row.percent,
        returned: row.returned,
        missedPeriods: missed,
        closedPeriods: closed,
      },
      now,
      { dueSoonDays },
    );
    await db
      .updateTable('assignments')
      .set({
        status_color: status.color,
        timeliness: status.timeliness,
        flags: status.flags,
        missed_periods: missed,
      })
      .where('id', '=', row.id)
      .execute();
  }
}
