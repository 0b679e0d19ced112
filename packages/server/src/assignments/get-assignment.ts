import { can } from '@dondoc/domain';
import type { Ctx } from '../context';
import { AppError } from '../errors';

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
  if (
    !row ||
    !can(ctx.actor, 'assignment.read', { unitId: row.unit_id, standingUnitId: row.standing_unit_id })
  ) {
    // the same answer whether it does not exist or may not be seen
    throw new AppError('not_found', 'Không tìm thấy nhiệm vụ được giao.');
  }
  const [reports, evidence, verifications, extensions] = await Promise.all([
    db
      .selectFrom('progress_reports')
      .leftJoin('users', 'users.id', 'progress_reports.author_id')
      .select([
        'progress_reports.id',
        'progress_reports.percent',
        'progress_reports.narrative',
        'progress_reports.obstacles',
        'progress_reports.created_at',
        'users.display_name as author',
      ])
      .where('assignment_id', '=', id)
      .orderBy('progress_reports.id')
      .execute(),
    db
      .selectFrom('report_evidence')
      .innerJoin('progress_reports', 'progress_reports.id', 'report_evidence.report_id')
      .select([
        'report_evidence.report_id',
        'report_evidence.file_sha256',
        'report_evidence.file_name',
        'report_evidence.url',
      ])
      .where('progress_reports.assignment_id', '=', id)
      .execute(),
    db
      .selectFrom('verifications')
      .leftJoin('users', 'users.id', 'verifications.decided_by')
      .select([
        'verifications.decision',
        'verifications.reason',
        'verifications.created_at',
        'users.display_name as by',
      ])
      .where('assignment_id', '=', id)
      .orderBy('verifications.id')
      .execute(),
    db.selectFrom('extensions').selectAll().where('assignment_id', '=', id).orderBy('id').execute(),
  ]);
  const timeline = [
    ...reports.map((r) => ({
      kind: 'report' as const,
      at: r.created_at,
      by: r.author,
      percent: r.percent,
      narrative: r.narrative,
      obstacles: r.obstacles,
      evidence: evidence
        .filter((e) => e.report_id === r.id)
        .map((e) => ({ sha256: e.file_sha256, fileName: e.file_name, url: e.url })),
    })),
    ...verifications.map((v) => ({
      kind: 'verification' as const,
      at: v.created_at,
      by: v.by,
      decision: v.decision,
      reason: v.reason,
    })),
    ...extensions.map((e) => ({
      kind: 'extension' as const,
      at: e.created_at,
      id: e.id,
      state: e.state,
      previousDue: e.previous_due_date,
      requestedDue: e.requested_due_date,
      reason: e.reason,
      decidedAt: e.decided_at,
      note: e.decision_note,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
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
  };
}
