import { describe, expect, it } from 'vitest';
import { customWindow, previousPeriodKey, reportWindow } from './report-periods';

describe('reporting periods of Nghị định 09/2019', () => {
  it('counts a month from the 15th of the month before to the 14th', () => {
    expect(reportWindow('2025-03')).toMatchObject({
      from: '2025-02-15',
      to: '2025-03-14',
      label: 'Tháng 3 năm 2025',
    });
    expect(reportWindow('2025-01')).toMatchObject({ from: '2024-12-15', to: '2025-01-14' });
  });

  it('counts a quarter, a half and a year the same way', () => {
    expect(reportWindow('2025-Q1')).toMatchObject({
      from: '2024-12-15',
      to: '2025-03-14',
      label: 'Quý I năm 2025',
    });
    expect(reportWindow('2025-Q4')).toMatchObject({ from: '2025-09-15', to: '2025-12-14' });
    expect(reportWindow('2025-H1')).toMatchObject({ from: '2024-12-15', to: '2025-06-14' });
    expect(reportWindow('2025')).toMatchObject({ from: '2024-12-15', to: '2025-12-14', label: 'Năm 2025' });
  });

  it('takes another cut-off day, the calendar month with 31', () => {
    expect(reportWindow('2025-02', 31)).toMatchObject({ from: '2025-02-01', to: '2025-02-28' });
    expect(reportWindow('2025-Q3', 31)).toMatchObject({ from: '2025-07-01', to: '2025-09-30' });
    expect(reportWindow('2025-03', 20)).toMatchObject({ from: '2025-02-21', to: '2025-03-20' });
  });

  it('ends at midnight in Hanoi on the cut-off day', () => {
    expect(reportWindow('2025-Q1')!.cutoff.toISOString()).toBe('2025-03-14T17:00:00.000Z');
  });

  it('refuses what is not a period, and knows the previous one', () => {
    expect(reportWindow('2025-13')).toBeNull();
    expect(reportWindow('Q1')).toBeNull();
    expect(previousPeriodKey('2025-Q1')).toBe('2024-Q4');
    expect(previousPeriodKey('2025-01')).toBe('2024-12');
    expect(previousPeriodKey('2025-H1')).toBe('2024-H2');
    expect(customWindow('2025-01-01', '2025-02-10').label).toBe('Từ ngày 01/01/2025 đến ngày 10/02/2025');
  });
});
