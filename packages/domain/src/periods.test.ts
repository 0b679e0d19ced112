import { describe, expect, it } from 'vitest';
import { missedPeriods, periodOf, periodsBetween } from './periods';

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
});
