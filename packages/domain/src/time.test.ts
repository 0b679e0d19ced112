import { describe, expect, it } from 'vitest';
import { daysBetween, endOfVnDay, formatVnDate, isIsoDate, vnDate } from './time';

describe('Vietnam calendar', () => {
  it('reads the Vietnamese date of an instant, which runs 7 hours ahead of UTC', () => {
    expect(vnDate(new Date('2025-03-31T16:59:59Z'))).toBe('2025-03-31');
    expect(vnDate(new Date('2025-03-31T17:00:00Z'))).toBe('2025-04-01');
  });

  it('lets a due date count until midnight in Hanoi', () => {
    const end = endOfVnDay('2025-03-31');
    expect(end.toISOString()).toBe('2025-03-31T17:00:00.000Z');
    expect(vnDate(new Date(end.getTime() - 1))).toBe('2025-03-31');
  });

  it('formats dates dd/mm/yyyy', () => {
    expect(formatVnDate('2025-01-05')).toBe('05/01/2025');
  });

  it('validates calendar dates, leap years included', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('31/03/2025')).toBe(false);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-12-25', '2026-01-01')).toBe(7);
    expect(daysBetween('2026-01-01', '2025-12-25')).toBe(-7);
  });
});
