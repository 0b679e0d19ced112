import type { ExpressionBuilder } from 'kysely';
import type { Schema } from '../db/schema';

/**
 * The one definition of what the leader's figures count, shared by the dashboard and by the list
 * each figure opens (`lead=true`): a task's status is its lead units' — supporting units are left
 * out, work a unit handed down rolls up into its own assignment, cancelled work counts nowhere.
 */
export function countedOnDashboard<DB extends Schema, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) {
  const e = eb as unknown as ExpressionBuilder<Schema, 'assignments'>;
  return e.and([
    e('assignments.role', '=', 'lead'),
    e('assignments.parent_id', 'is', null),
    e('assignments.state', '!=', 'cancelled'),
  ]);
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
