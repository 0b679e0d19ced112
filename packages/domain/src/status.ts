import type { AssignmentState, Color, Flag, Timeliness } from './closed-sets';
import { daysBetween, endOfVnDay, type IsoDate, vnDate } from './time';

/**
 * The status of one assignment, as the Government Office reports it: a colour, the four-way
 * timeliness split, and flags. Pure: the same facts and the same instant give the same answer.
 */

export type { AssignmentState, Color, Flag, Rhythm, Timeliness } from './closed-sets';

export interface AssignmentFacts {
  state: AssignmentState;
  /** The deadline in force: the approved extension's, else the original. Null when none is set. */
  dueDate: IsoDate | null;
  /** A task with no end date, judged by its periodic reports. */
  ongoing: boolean;
  /** When the assignment was given. */
  assignedAt: Date;
  /** When completion was claimed (the claim that was accepted, once done). */
  claimedAt: Date | null;
  /** Latest reported progress, 0–100. */
  percent: number;
  /** The last verification returned the claim. */
  returned: boolean;
  /** Closed reporting periods that got no report (for ongoing and recurring tasks). */
  missedPeriods: number;
  /** Reporting periods whose cut-off has passed since the assignment (for ongoing and recurring tasks). */
  closedPeriods: number;
}

export interface StatusOptions {
  /** Days before the deadline from which an open assignment is flagged "due soon". */
  dueSoonDays: number;
}

export interface Status {
  color: Color | null;
  timeliness: Timeliness | null;
  flags: Flag[];
}

export const DEFAULT_STATUS_OPTIONS: StatusOptions = { dueSoonDays: 7 };

/**
 * Names the rules below. Statuses are stored, so a change of rules bumps it and the server
 * recomputes every open assignment once at its next start (see the server's status-rules job).
 */
export const STATUS_RULES_VERSION = '2026-12-03: ongoing tasks yellow until their first period closes';

/** A deadline is met by anything done before the end of its day in Vietnam. */
function withinDeadline(at: Date, due: IsoDate): boolean {
  return at.getTime() < endOfVnDay(due).getTime();
}

export function computeStatus(facts: AssignmentFacts, now: Date, options = DEFAULT_STATUS_OPTIONS): Status {
  if (facts.state === 'cancelled') return { color: null, timeliness: null, flags: [] };
  const flags: Flag[] = [];
  if (facts.returned && facts.state !== 'done') flags.push('returned');

  if (facts.state === 'done') {
    const onTime = !facts.dueDate || !facts.claimedAt || withinDeadline(facts.claimedAt, facts.dueDate);
    return { color: 'green', timeliness: onTime ? 'done_on_time' : 'done_late', flags };
  }

  if (facts.state === 'claimed') flags.push('awaiting_verification');

  // an ongoing task is judged by its reporting periods: green only once a report has been due and
  // every one was made in time; until its first period closes it is simply in progress
  if (facts.ongoing && !facts.dueDate) {
    if (facts.missedPeriods > 0)
      return { color: 'red', timeliness: 'open_overdue', flags: [...flags, 'missed_report'] };
    if (facts.closedPeriods === 0) return { color: 'yellow', timeliness: 'open_within_deadline', flags };
    return { color: 'green', timeliness: 'open_within_deadline', flags };
  }

  if (facts.missedPeriods > 0) flags.push('missed_report');
  if (!facts.dueDate) return { color: 'yellow', timeliness: 'open_within_deadline', flags };

  if (!withinDeadline(now, facts.dueDate)) {
    // a claim made in time does not turn red while it waits for verification
    const claimedInTime =
      facts.state === 'claimed' && facts.claimedAt && withinDeadline(facts.claimedAt, facts.dueDate);
    if (claimedInTime) return { color: 'yellow', timeliness: 'open_within_deadline', flags };
    return { color: 'red', timeliness: 'open_overdue', flags };
  }

  const today = vnDate(now);
  const daysLeft = daysBetween(today, facts.dueDate);
  if (daysLeft <= options.dueSoonDays && facts.state !== 'claimed') flags.push('due_soon');
  if (facts.state !== 'claimed' && lagsBehind(facts, today)) flags.push('at_risk');
  return { color: 'yellow', timeliness: 'open_within_deadline', flags };
}

/**
 * "At risk": past the middle of the time allowed, progress trails the share of time elapsed by
 * more than a fifth of the work.
 */
function lagsBehind(facts: AssignmentFacts, today: IsoDate): boolean {
  if (!facts.dueDate) return false;
  const start = vnDate(facts.assignedAt);
  const total = daysBetween(start, facts.dueDate) + 1;
  if (total <= 0) return false;
  const elapsed = Math.min(1, Math.max(0, (daysBetween(start, today) + 1) / total));
  return elapsed >= 0.5 && facts.percent < elapsed * 100 - 20;
}
