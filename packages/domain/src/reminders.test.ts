import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, dueNotices, type ReminderFacts, reminderSettings } from './reminders';
import { workingCalendar } from './working-days';

const cal = workingCalendar();
const S = DEFAULT_REMINDER_SETTINGS;
/** 07:00 in Vietnam on a date. */
const morning = (date: string) => new Date(`${date}T00:00:00Z`);
const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({
  assignmentId: 1,
  state: 'in_progress',
  dueDate: '2026-05-08',
  every: null,
  assignedAt: new Date('2026-03-01T00:00:00Z'),
  claimedAt: null,
  reportedAt: [],
  pendingExtension: null,
  ...over,
});
const keys = (date: string, f = facts()) => dueNotices(f, cal, S, morning(date)).map((n) => n.key);

describe('reminder rules', () => {
  it('reminds 7, 3 and 1 working days before, counting around 30/4 and 1/5', () => {
    // due Friday 08/05/2026; 27/4 (Giỗ Tổ made up), 30/4 and 1/5 are off
    expect(keys('2026-04-24')).toEqual(['due:1:2026-05-08:7']);
    expect(keys('2026-04-27')).toEqual([]);
    expect(keys('2026-04-28')).toEqual([]);
    expect(keys('2026-05-05')).toEqual(['due:1:2026-05-08:3']);
    expect(keys('2026-05-07')).toEqual(['due:1:2026-05-08:1']);
    expect(keys('2026-05-08')).toEqual(['due:1:2026-05-08:0']);
  });

  it('sends nothing on a day off', () => {
    expect(keys('2026-05-01')).toEqual([]);
    expect(keys('2026-05-09')).toEqual([]);
  });

  it('reminds every working day after, and escalates after 3 and 7 working days', () => {
    expect(keys('2026-05-11')).toEqual(['overdue:1:2026-05-08:2026-05-11']);
    expect(keys('2026-05-13')).toEqual(['overdue:1:2026-05-08:2026-05-13', 'escalate-head:1:2026-05-08']);
    const n = dueNotices(facts(), cal, S, morning('2026-05-19'));
    expect(n.map((x) => [x.kind, x.audience, x.escalation, x.days])).toEqual([
      ['overdue', 'unit', false, 7],
      ['escalation_head', 'unit_head', true, 7],
      ['escalation_office', 'office', true, 7],
    ]);
  });

  it('stops when the task is claimed, and reminds the office of a claim unverified for 3 working days', () => {
    const claimed = facts({ state: 'claimed', claimedAt: new Date('2026-05-06T03:00:00Z') });
    expect(keys('2026-05-08', claimed)).toEqual([]);
    expect(keys('2026-05-11', claimed)).toEqual(['claim-unverified:1:2026-05-06T03:00:00.000Z']);
    expect(keys('2026-05-12', claimed)).toEqual(['claim-unverified:1:2026-05-06T03:00:00.000Z']);
  });

  it('reminds the office of an extension undecided for 2 working days', () => {
    const f = facts({
      dueDate: '2026-06-30',
      pendingExtension: { id: 9, requestedAt: new Date('2026-05-07T03:00:00Z') },
    });
    expect(keys('2026-05-08', f)).toEqual([]);
    expect(keys('2026-05-11', f)).toEqual(['extension-undecided:9']);
  });

  it('asks for a monthly report before its cut-off and notices a missed one', () => {
    const assignedAt = new Date('2026-05-04T02:00:00Z');
    const f = facts({ dueDate: null, every: 'month', assignedAt });
    expect(keys('2026-05-27', f)).toEqual([]);
    // one working day before the last working day of May (Friday 29/05)
    expect(keys('2026-05-28', f)).toEqual(['report-due:1:2026-05']);
    expect(keys('2026-06-01', f)).toEqual(['report-missed:1:2026-05']);
    const reported = facts({
      dueDate: null,
      every: 'month',
      assignedAt,
      reportedAt: [new Date('2026-05-20T03:00:00Z')],
    });
    expect(keys('2026-05-28', reported)).toEqual([]);
    expect(keys('2026-06-01', reported)).toEqual([]);
  });

  it('asks for a daily report each working day before 16:00, and notices Friday’s on Monday', () => {
    const f = facts({ dueDate: null, every: 'day', reportedAt: [new Date('2026-05-07T05:00:00Z')] });
    expect(keys('2026-05-08', f)).toEqual(['report-due:1:2026-05-08']);
    expect(keys('2026-05-11', f)).toEqual(['report-due:1:2026-05-11', 'report-missed:1:2026-05-08']);
  });

  it('reads saved settings over the defaults, ignoring bad values', () => {
    expect(
      reminderSettings({ beforeDue: [1, 5, 5, -2], escalateToHeadAfter: 2, onDueDay: 'x' }),
    ).toMatchObject({
      beforeDue: [5, 1],
      escalateToHeadAfter: 2,
      onDueDay: true,
      escalateToOfficeAfter: 7,
    });
  });
});
