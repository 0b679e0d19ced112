import { describe, expect, it } from 'vitest';
import { closedPeriods, missedPeriods, periodOf, periodsBetween, recentPeriods } from './periods';

describe('reporting periods', () => {
  it('gives each rhythm its period and cut-off', () => {
    expect(periodOf('day', '2025-03-05')).toMatchObject({ key: '2025-03-05' });
    expect(periodOf('day', '2025-03-05').cutoff.toISOString()).toBe('2025-03-05T09:00:00.000Z'); // 16:00 in Hanoi
    expect(periodOf('week', '2025-03-05')).toMatchObject({
      start: '2025-03-03',
      end: '2025-03-09',
      key: '2025-W10',
    });
    expect(periodOf('month', '2024-02-10')).toMatchObject({ key: '2024-02', end: '2024-02-29' });
    expect(periodOf('quarter', '2025-05-10')).toMatchObject({
      key: '2025-Q2',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(periodOf('year', '2025-05-10')).toMatchObject({ key: '2025', end: '2025-12-31' });
  });

  it('lists the periods between two instants', () => {
    const months = periodsBetween(
      'month',
      new Date('2025-01-15T00:00:00Z'),
      new Date('2025-04-02T00:00:00Z'),
    );
    expect(months.map((p) => p.key)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04']);
  });

  it('finds closed periods without a report', () => {
    const from = new Date('2025-01-10T00:00:00Z');
    const now = new Date('2025-04-10T00:00:00Z');
    const reports = [new Date('2025-01-20T03:00:00Z'), new Date('2025-03-31T16:00:00Z')];
    expect(missedPeriods('month', from, now, reports).map((p) => p.key)).toEqual(['2025-02']);
  });

  it('misses a daily report sent after 16:00', () => {
    const from = new Date('2025-03-03T00:00:00Z');
    const now = new Date('2025-03-04T00:00:00Z');
    expect(missedPeriods('day', from, now, [new Date('2025-03-03T10:00:00Z')]).map((p) => p.key)).toEqual([
      '2025-03-03',
    ]);
    expect(missedPeriods('day', from, now, [new Date('2025-03-03T08:00:00Z')])).toEqual([]);
  });

  it('#9.8 counts the periods closed since an assignment: none before the first cut-off', () => {
    const from = new Date('2025-01-10T00:00:00Z');
    expect(closedPeriods('quarter', from, new Date('2025-03-31T16:59:59Z'))).toHaveLength(0);
    expect(closedPeriods('quarter', from, new Date('2025-03-31T17:00:00Z')).map((p) => p.key)).toEqual([
      '2025-Q1',
    ]);
  });

  it('#9.11 gives a trend every month up to now, the empty ones included', () => {
    const months = recentPeriods('month', new Date('2026-12-03T05:00:00Z'), 12).map((p) => p.key);
    expect(months).toHaveLength(12);
    expect(months.slice(0, 2)).toEqual(['2026-01', '2026-02']);
    expect(months.slice(-3)).toEqual(['2026-10', '2026-11', '2026-12']);
    // 1 January in Hanoi is still 31 December in UTC
    expect(recentPeriods('month', new Date('2025-12-31T18:00:00Z'), 2).map((p) => p.key)).toEqual([
      '2025-12',
      '2026-01',
    ]);
  });
});
