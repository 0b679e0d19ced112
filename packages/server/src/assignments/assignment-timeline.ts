import { type Actor, extensionAbilities, obstacleAbilities, type Subject } from '@dondoc/domain';
import type { Db } from '../db/database';

/**
 * Everything that happened to an assignment, oldest first: reports (with their evidence and
 * obstacle handling), verifications, extensions, comments, reminders, deadline changes, a cancel.
 * Extensions and obstacles carry what this actor may do with them.
 */
export async function assignmentTimeline(db: Db, actor: Actor, id: number, subject: Subject) {
  const [reports, evidence, verifications, extensions, comments, reminders, deadlines, obstacles, cancels] =
    await Promise.all([
      db
        .selectFrom('progress_reports')
        .leftJoin('users', 'users.id', 'progress_reports.author_id')
        .select([
          'progress_reports.id',
          'progress_reports.percent',
          'progress_reports.narrative',
          'progress_reports.obstacles',
          'progress_reports.obstacle_state',
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
      db
        .selectFrom('extensions')
        .leftJoin('users as decider', 'decider.id', 'extensions.decided_by')
        .leftJoin('users as forwarder', 'forwarder.id', 'extensions.forwarded_by')
        .selectAll('extensions')
        .select(['decider.display_name as decided_by_name', 'forwarder.display_name as forwarded_by_name'])
        .where('assignment_id', '=', id)
        .orderBy('extensions.id')
        .execute(),
      db
        .selectFrom('assignment_comments')
        .leftJoin('users', 'users.id', 'assignment_comments.author_id')
        .select(['assignment_comments.body', 'assignment_comments.created_at', 'users.display_name as by'])
        .where('assignment_id', '=', id)
        .execute(),
      db
        .selectFrom('reminders')
        .leftJoin('users', 'users.id', 'reminders.created_by')
        .select([
          'reminders.message',
          'reminders.created_at',
          'reminders.sent_at',
          'users.display_name as by',
        ])
        .where('assignment_id', '=', id)
        .execute(),
      db
        .selectFrom('deadline_changes')
        .leftJoin('users', 'users.id', 'deadline_changes.recorded_by')
        .selectAll('deadline_changes')
        .select('users.display_name as by')
        .where('assignment_id', '=', id)
        .execute(),
      db
        .selectFrom('obstacle_actions')
        .innerJoin('progress_reports', 'progress_reports.id', 'obstacle_actions.report_id')
        .leftJoin('users', 'users.id', 'obstacle_actions.actor_id')
        .select([
          'obstacle_actions.report_id',
          'obstacle_actions.action',
          'obstacle_actions.message',
          'obstacle_actions.created_at',
          'users.display_name as by',
        ])
        .where('progress_reports.assignment_id', '=', id)
        .execute(),
      db
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.actor_id')
        .select(['audit_log.at', 'audit_log.after', 'users.display_name as by'])
        .where('entity', '=', 'assignment')
        .where('entity_id', '=', String(id))
        .where('action', '=', 'assignment.cancel')
        .execute(),
    ]);
  return [
    ...reports.map((r) => ({
      kind: 'report' as const,
      at: r.created_at,
      by: r.author,
      reportId: r.id,
      percent: r.percent,
      narrative: r.narrative,
      obstacles: r.obstacles,
      ...(r.obstacles.trim()
        ? {
            obstacleState: r.obstacle_state,
            abilities: obstacleAbilities(actor, subject, r.obstacle_state),
          }
        : {}),
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
      approvedDue: e.approved_due_date,
      reason: e.reason,
      decidedAt: e.decided_at,
      decidedBy: e.decided_by_name,
      note: e.decision_note,
      forwardedAt: e.forwarded_at,
      forwardedBy: e.forwarded_by_name,
      forwardNote: e.forward_note,
      abilities: extensionAbilities(actor, subject, {
        state: e.state,
        forwarded: e.forwarded_at !== null,
      }),
    })),
    ...comments.map((c) => ({ kind: 'comment' as const, at: c.created_at, by: c.by, body: c.body })),
    ...reminders.map((r) => ({
      kind: 'reminder' as const,
      at: r.created_at,
      by: r.by,
      message: r.message,
      sentAt: r.sent_at,
    })),
    ...deadlines.map((d) => ({
      kind: 'deadline' as const,
      at: d.created_at,
      by: d.by,
      previousDue: d.previous_due_date,
      newDue: d.new_due_date,
      decisionRef: d.decision_ref,
      decisionDate: d.decision_date,
      decidedBy: d.decided_by_name,
      reason: d.reason,
    })),
    ...obstacles.map((o) => ({
      kind: 'obstacle' as const,
      at: o.created_at,
      by: o.by,
      reportId: o.report_id,
      action: o.action,
      message: o.message,
    })),
    ...cancels.map((c) => ({
      kind: 'cancel' as const,
      at: c.at,
      by: c.by,
      reason: String((c.after as { cancel_reason?: string } | null)?.cancel_reason ?? ''),
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}
