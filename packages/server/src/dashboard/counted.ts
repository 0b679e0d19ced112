import type { AssignmentRole, AssignmentState } from '@dondoc/domain';
import type { ExpressionBuilder } from 'kysely';
import type { Schema } from '../db/schema';

/**
 * The one definition of what the leader's figures count, shared by the dashboard and by the list
 * each figure opens (`lead=true`), and by the periodic report: a task's status is its lead units' —
 * supporting units are left out, work a unit handed down rolls up into its own assignment,
 * cancelled work counts nowhere.
 */
export function countedOnDashboard<DB extends Schema, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) {
  const e = eb as unknown as ExpressionBuilder<Schema, 'assignments'>;
  return e.and([countedShape(e), e('assignments.state', '!=', 'cancelled')]);
}

/**
 * The part of the definition that never changes over an assignment's life (lead, not handed down):
 * the periodic report selects with it, then applies `isCounted` to each assignment's state at its
 * cut-off (one cancelled after the cut-off still counts at it).
 */
export function countedShape<DB extends Schema, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) {
  const e = eb as unknown as ExpressionBuilder<Schema, 'assignments'>;
  return e.and([e('assignments.role', '=', 'lead'), e('assignments.parent_id', 'is', null)]);
}

/** The same definition over one assignment in memory. */
export function isCounted(a: { role: AssignmentRole; parentId: number | null; state: AssignmentState }) {
  return a.role === 'lead' && a.parentId === null && a.state !== 'cancelled';
}

/**
 * The share done on time, the way the Government Office reports it: assignments done on time over
 * every assignment that is settled or due by now (done on time, done late, open and overdue).
 * Finished-only shares read 100% beside hundreds of overdue tasks.
 */
export function onTimeShare(t: { doneOnTime: number; doneLate: number; openOverdue: number }) {
  const due = t.doneOnTime + t.doneLate + t.openOverdue;
  return due ? t.doneOnTime / due : null;
}
