import type { NotificationTopic } from './closed-sets';
import { periodOf, type ReportingPeriod } from './periods';
import type { AssignmentState, Rhythm } from './status';
import { type IsoDate, vnDate } from './time';
import { addCalendarDays, type WorkingCalendar } from './working-days';

/**
 * Đôn đốc: which reminders and escalations are due today for one assignment. Pure: the facts, the
 * working-day calendar, the admin's settings and the instant in; the notices out, each with a key
 * that names it for good (the assignment, the deadline or period, the step), so computing them
 * again — another instance, a restart, a second tick the same day — adds nothing.
 */

export interface ReminderSettings {
  /** Working days before the due date a reminder goes to the unit (7, 3, 1). */
  beforeDue: number[];
  /** A reminder on the due day (or the last working day before it). */
  onDueDay: boolean;
  /** A reminder every working day after the due date until the task is done. */
  everyDayOverdue: boolean;
  /** Working days overdue after which the unit's head is told (once). */
  escalateToHeadAfter: number;
  /** Working days overdue after which the standing office and the following leader are told (once). */
  escalateToOfficeAfter: number;
  /** Working days before a reporting cut-off a recurring task's report is asked for (0: that day). */
  beforeCutoff: number;
  /** A "missed report" notice after a cut-off passed without a report. */
  missedReport: boolean;
  /** Working days a completion claim may wait for verification before the office is reminded. */
  claimUnverifiedAfter: number;
  /** Working days an extension request may wait for a decision before the office is reminded. */
  extensionUndecidedAfter: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  beforeDue: [7, 3, 1],
  onDueDay: true,
  everyDayOverdue: true,
  escalateToHeadAfter: 3,
  escalateToOfficeAfter: 7,
  beforeCutoff: 1,
  missedReport: true,
  claimUnverifiedAfter: 3,
  extensionUndecidedAfter: 2,
};

export interface ReminderFacts {
  assignmentId: number;
  state: AssignmentState;
  dueDate: IsoDate | null;
  /** A recurring task's reporting rhythm. */
  every: Rhythm | null;
  assignedAt: Date;
  claimedAt: Date | null;
  /** Progress reports made since the start of the previous reporting period (older ones are not needed). */
  reportedAt: Date[];
  pendingExtension: { id: number; requestedAt: Date } | null;
}

/** Who receives a notice: the unit's people, its head, or the standing office and the following leader. */
export type Audience = 'unit' | 'unit_head' | 'office';

/** The group a notice is listed under in a digest and chosen by in the preferences. */
/** What a rule's notice is about: every notification topic but the office's own reminder. */
export type NoticeTopic = Exclude<NotificationTopic, 'reminder'>;

export type NoticeKind =
  | 'due_soon'
  | 'due_today'
  | 'overdue'
  | 'escalation_head'
  | 'escalation_office'
  | 'report_due'
  | 'report_missed'
  | 'claim_unverified'
  | 'extension_undecided';

export interface Notice {
  key: string;
  kind: NoticeKind;
  topic: NoticeTopic;
  audience: Audience;
  /** Escalations go out at once, on every channel, whatever the person's preferences. */
  escalation: boolean;
  assignmentId: number;
  /** Working days before (due_soon) or after (overdue, escalations, waiting) the date concerned. */
  days?: number;
  dueDate?: IsoDate;
  period?: ReportingPeriod;
  extensionId?: number;
}

const OPEN: AssignmentState[] = ['assigned', 'in_progress'];

/** The notices due for one assignment on `now`'s day; none on a day that is not a working day. */
export function dueNotices(
  facts: ReminderFacts,
  calendar: WorkingCalendar,
  settings: ReminderSettings,
  now: Date,
): Notice[] {
  const today = vnDate(now);
  if (!calendar.isWorkingDay(today)) return [];
  if (facts.state === 'done' || facts.state === 'cancelled') return [];
  const out: Notice[] = [];
  const id = facts.assignmentId;
  const base = { assignmentId: id, escalation: false } as const;

  if (facts.dueDate && OPEN.includes(facts.state)) {
    const due = facts.dueDate;
    if (today <= due) {
      const left = calendar.workingDaysBetween(today, due);
      if (left === 0 && settings.onDueDay)
        out.push({
          ...base,
          key: `due:${id}:${due}:0`,
          kind: 'due_today',
          topic: 'due_soon',
          audience: 'unit',
          days: 0,
          dueDate: due,
        });
      else if (left > 0 && settings.beforeDue.includes(left))
        out.push({
          ...base,
          key: `due:${id}:${due}:${left}`,
          kind: 'due_soon',
          topic: 'due_soon',
          audience: 'unit',
          days: left,
          dueDate: due,
        });
    } else {
      const late = calendar.workingDaysBetween(due, today);
      if (late > 0) {
        if (settings.everyDayOverdue)
          out.push({
            ...base,
            key: `overdue:${id}:${due}:${today}`,
            kind: 'overdue',
            topic: 'overdue',
            audience: 'unit',
            days: late,
            dueDate: due,
          });
        if (settings.escalateToHeadAfter > 0 && late >= settings.escalateToHeadAfter)
          out.push({
            ...base,
            escalation: true,
            key: `escalate-head:${id}:${due}`,
            kind: 'escalation_head',
            topic: 'overdue',
            audience: 'unit_head',
            days: late,
            dueDate: due,
          });
        if (settings.escalateToOfficeAfter > 0 && late >= settings.escalateToOfficeAfter)
          out.push({
            ...base,
            escalation: true,
            key: `escalate-office:${id}:${due}`,
            kind: 'escalation_office',
            topic: 'overdue',
            audience: 'office',
            days: late,
            dueDate: due,
          });
      }
    }
  }

  if (facts.every && OPEN.includes(facts.state))
    out.push(...reportNotices(facts, facts.every, calendar, settings, now, today));

  if (facts.state === 'claimed' && facts.claimedAt && settings.claimUnverifiedAfter > 0) {
    const waited = calendar.workingDaysBetween(vnDate(facts.claimedAt), today);
    if (waited >= settings.claimUnverifiedAfter)
      out.push({
        ...base,
        key: `claim-unverified:${id}:${facts.claimedAt.toISOString()}`,
        kind: 'claim_unverified',
        topic: 'awaiting',
        audience: 'office',
        days: waited,
      });
  }

  const ext = facts.pendingExtension;
  if (ext && settings.extensionUndecidedAfter > 0) {
    const waited = calendar.workingDaysBetween(vnDate(ext.requestedAt), today);
    if (waited >= settings.extensionUndecidedAfter)
      out.push({
        ...base,
        key: `extension-undecided:${ext.id}`,
        kind: 'extension_undecided',
        topic: 'awaiting',
        audience: 'office',
        days: waited,
        extensionId: ext.id,
      });
  }
  return out;
}

function reportedIn(period: ReportingPeriod, reportedAt: Date[]): boolean {
  return reportedAt.some((t) => vnDate(t) >= period.start && t.getTime() < period.cutoff.getTime());
}

function reportNotices(
  facts: ReminderFacts,
  every: Rhythm,
  calendar: WorkingCalendar,
  settings: ReminderSettings,
  now: Date,
  today: IsoDate,
): Notice[] {
  const out: Notice[] = [];
  const id = facts.assignmentId;
  const current = periodOf(every, today);
  // a daily report is due on working days only: the previous one is the last working day's
  const previous =
    every === 'day'
      ? periodOf('day', calendar.addWorkingDays(today, -1))
      : periodOf(every, addCalendarDays(current.start, -1));
  // the period whose cut-off comes next: today's, until 16:00 for a daily report
  if (now.getTime() < current.cutoff.getTime() && !reportedIn(current, facts.reportedAt)) {
    const left = calendar.workingDaysBetween(today, current.end);
    if (left <= settings.beforeCutoff)
      out.push({
        assignmentId: id,
        escalation: false,
        key: `report-due:${id}:${current.key}`,
        kind: 'report_due',
        topic: 'report',
        audience: 'unit',
        days: left,
        period: current,
      });
  }
  if (settings.missedReport)
    for (const p of [previous, current])
      if (
        p.cutoff.getTime() <= now.getTime() &&
        facts.assignedAt.getTime() < p.cutoff.getTime() &&
        !reportedIn(p, facts.reportedAt)
      )
        out.push({
          assignmentId: id,
          escalation: false,
          key: `report-missed:${id}:${p.key}`,
          kind: 'report_missed',
          topic: 'report',
          audience: 'unit',
          period: p,
        });
  return out;
}

/** Settings read from storage: the defaults, overridden by the valid numbers an admin saved. */
export function reminderSettings(saved: unknown): ReminderSettings {
  const s = { ...DEFAULT_REMINDER_SETTINGS };
  if (!saved || typeof saved !== 'object') return s;
  const v = saved as Record<string, unknown>;
  const count = (x: unknown) =>
    typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 60 ? x : undefined;
  if (Array.isArray(v.beforeDue)) {
    const days = v.beforeDue.map(count).filter((x): x is number => x !== undefined && x > 0);
    s.beforeDue = [...new Set(days)].sort((a, b) => b - a);
  }
  for (const k of ['onDueDay', 'everyDayOverdue', 'missedReport'] as const)
    if (typeof v[k] === 'boolean') s[k] = v[k];
  for (const k of [
    'escalateToHeadAfter',
    'escalateToOfficeAfter',
    'beforeCutoff',
    'claimUnverifiedAfter',
    'extensionUndecidedAfter',
  ] as const) {
    const n = count(v[k]);
    if (n !== undefined) s[k] = n;
  }
  return s;
}
