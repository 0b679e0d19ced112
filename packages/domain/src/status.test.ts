import { describe, expect, it } from 'vitest';
import { type AssignmentFacts, computeStatus } from './status';

const base: AssignmentFacts = {
  state: 'in_progress',
  dueDate: '2025-03-31',
  ongoing: false,
  assignedAt: new Date('2025-03-01T02:00:00Z'),
  claimedAt: null,
  percent: 50,
  returned: false,
  missedPeriods: 0,
  closedPeriods: 0,
};
const at = (iso: string) => new Date(iso);

describe('status of an assignment', () => {
  it('is yellow and within deadline while open before the due date', () => {
    expect(computeStatus(base, at('2025-03-10T03:00:00Z'))).toEqual({
      color: 'yellow',
      timeliness: 'open_within_deadline',
      flags: [],
    });
  });

  it('counts the due date until midnight in Hanoi', () => {
    expect(computeStatus(base, at('2025-03-31T16:59:59Z')).color).toBe('yellow');
    expect(computeStatus(base, at('2025-03-31T17:00:00Z'))).toMatchObject({
      color: 'red',
      timeliness: 'open_overdue',
    });
  });

  it('flags due soon inside the window, which is configurable', () => {
    expect(computeStatus(base, at('2025-03-24T03:00:00Z')).flags).toContain('due_soon');
    expect(computeStatus(base, at('2025-03-23T03:00:00Z')).flags).not.toContain('due_soon');
    expect(computeStatus(base, at('2025-03-20T03:00:00Z'), { dueSoonDays: 14 }).flags).toContain('due_soon');
  });

  it('flags at risk when progress trails the time elapsed', () => {
    expect(computeStatus({ ...base, percent: 10 }, at('2025-03-20T03:00:00Z')).flags).toContain('at_risk');
    expect(computeStatus({ ...base, percent: 60 }, at('2025-03-20T03:00:00Z')).flags).not.toContain(
      'at_risk',
    );
    expect(computeStatus({ ...base, percent: 0 }, at('2025-03-05T03:00:00Z')).flags).not.toContain('at_risk');
  });

  it('keeps a claim made in time yellow while it awaits verification, even past the due date', () => {
    const claimed = { ...base, state: 'claimed' as const, claimedAt: at('2025-03-31T10:00:00Z') };
    expect(computeStatus(claimed, at('2025-04-10T03:00:00Z'))).toEqual({
      color: 'yellow',
      timeliness: 'open_within_deadline',
      flags: ['awaiting_verification'],
    });
  });

  it('turns a late claim red while it waits', () => {
    const late = { ...base, state: 'claimed' as const, claimedAt: at('2025-04-02T10:00:00Z') };
    expect(computeStatus(late, at('2025-04-03T03:00:00Z'))).toMatchObject({
      color: 'red',
      timeliness: 'open_overdue',
    });
  });

  it('is green once done, on time when the accepted claim was made by the due date', () => {
    const done = { ...base, state: 'done' as const, percent: 100 };
    expect(
      computeStatus({ ...done, claimedAt: at('2025-03-31T16:00:00Z') }, at('2025-05-01T00:00:00Z')),
    ).toEqual({
      color: 'green',
      timeliness: 'done_on_time',
      flags: [],
    });
    expect(
      computeStatus({ ...done, claimedAt: at('2025-04-01T01:00:00Z') }, at('2025-05-01T00:00:00Z'))
        .timeliness,
    ).toBe('done_late');
  });

  it('shows a returned claim', () => {
    expect(computeStatus({ ...base, returned: true }, at('2025-03-10T03:00:00Z')).flags).toContain(
      'returned',
    );
  });

  it('judges an ongoing task by its reports: green while every closed period was reported', () => {
    const ongoing = { ...base, dueDate: null, ongoing: true, closedPeriods: 2 };
    expect(computeStatus(ongoing, at('2025-06-01T00:00:00Z'))).toMatchObject({ color: 'green' });
    expect(computeStatus({ ...ongoing, missedPeriods: 1 }, at('2025-06-01T00:00:00Z'))).toEqual({
      color: 'red',
      timeliness: 'open_overdue',
      flags: ['missed_report'],
    });
  });

  it('#9.8 a recurring task is in progress (yellow), not green, until its first reporting period closes', () => {
    const fresh = { ...base, dueDate: null, ongoing: true, percent: 0, closedPeriods: 0 };
    expect(computeStatus(fresh, at('2025-03-02T00:00:00Z'))).toEqual({
      color: 'yellow',
      timeliness: 'open_within_deadline',
      flags: [],
    });
    // the first period closed and was reported: green; closed without a report: red
    expect(computeStatus({ ...fresh, closedPeriods: 1 }, at('2025-04-02T00:00:00Z')).color).toBe('green');
    expect(
      computeStatus({ ...fresh, closedPeriods: 1, missedPeriods: 1 }, at('2025-04-02T00:00:00Z')).color,
    ).toBe('red');
  });

  it('leaves a cancelled assignment out of every count', () => {
    expect(computeStatus({ ...base, state: 'cancelled' }, at('2025-06-01T00:00:00Z'))).toEqual({
      color: null,
      timeliness: null,
      flags: [],
    });
  });
});
