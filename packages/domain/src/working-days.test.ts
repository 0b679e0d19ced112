import { describe, expect, it } from 'vitest';
import { publicHolidays, workingCalendar } from './working-days';

describe('working-day calendar', () => {
  const cal = workingCalendar();

  it('skips weekends', () => {
    expect(cal.isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(cal.dayOffReason('2026-03-07')).toBe('Thứ Bảy');
    expect(cal.dayOffReason('2026-03-08')).toBe('Chủ nhật');
    expect(cal.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
  });

  it('knows Tết 2026: mùng 1 is 17/02/2026, off from 16/02 to 20/02', () => {
    const tet = publicHolidays(2026)
      .filter((h) => h.name === 'Tết Nguyên đán')
      .map((h) => h.date);
    expect(tet).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
    // the whole week of Tết is off: the next working day after Friday 13/02 is Monday 23/02
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
  });

  it('knows Tết 2027: mùng 1 is 06/02/2027, a Saturday, so the weekend days are made up after', () => {
    const tet = publicHolidays(2027)
      .filter((h) => h.name === 'Tết Nguyên đán')
      .map((h) => h.date);
    expect(tet).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    expect(cal.dayOffReason('2027-02-10')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(cal.dayOffReason('2027-02-11')).toBe('Nghỉ bù Tết Nguyên đán');
    expect(cal.addWorkingDays('2027-02-04', 1)).toBe('2027-02-12');
  });

  it('knows Giỗ Tổ Hùng Vương from the lunar calendar, made up on Monday when it falls on Sunday', () => {
    expect(cal.dayOffReason('2025-04-07')).toBe('Giỗ Tổ Hùng Vương'); // 10/3 Ất Tỵ, a Monday
    expect(cal.dayOffReason('2026-04-26')).toBe('Giỗ Tổ Hùng Vương'); // 10/3 Bính Ngọ, a Sunday
    expect(cal.dayOffReason('2026-04-27')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
  });

  it('gives 2/9 and the day next to it', () => {
    // 2025: 2/9 a Tuesday, 1/9 the adjacent Monday
    expect(cal.dayOffReason('2025-09-01')).toBe('Quốc khánh (ngày liền kề)');
    expect(cal.dayOffReason('2025-09-02')).toBe('Quốc khánh');
    expect(cal.isWorkingDay('2025-09-03')).toBe(true);
    // 2024: 2/9 a Monday, 1/9 a Sunday, so Tuesday 3/9 is off instead
    expect(cal.isWorkingDay('2024-09-02')).toBe(false);
    expect(cal.isWorkingDay('2024-09-03')).toBe(false);
    expect(cal.isWorkingDay('2024-09-04')).toBe(true);
  });

  it('counts "trong 5 ngày làm việc" across 30/4 and 1/5', () => {
    // 2026: 30/4 Thursday, 1/5 Friday; from Tuesday 28/04: 29/04, 04/05, 05/05, 06/05, 07/05
    expect(cal.deadlineWithin('2026-04-28', 5)).toBe('2026-05-07');
    expect(cal.workingDaysBetween('2026-04-28', '2026-05-07')).toBe(5);
    expect(cal.workingDaysBetween('2026-05-07', '2026-04-28')).toBe(-5);
    expect(cal.addWorkingDays('2026-05-07', -5)).toBe('2026-04-28');
  });

  it('takes the announced days off and make-up working Saturdays', () => {
    // 2025: Friday 02/05 off, worked on Saturday 26/04 instead
    const announced = workingCalendar([
      { date: '2025-05-02', kind: 'off', note: 'Nghỉ hoán đổi' },
      { date: '2025-04-26', kind: 'working', note: 'Làm bù cho 02/05' },
    ]);
    expect(announced.isWorkingDay('2025-04-26')).toBe(true);
    expect(announced.dayOffReason('2025-05-02')).toBe('Nghỉ hoán đổi');
    expect(announced.addWorkingDays('2025-04-25', 1)).toBe('2025-04-26');
    // 29/04 Tue, then 30/4, 1/5, 2/5 off, then Monday 05/05
    expect(announced.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(cal.addWorkingDays('2025-04-29', 1)).toBe('2025-05-02');
  });

  it('moves a due date on a day off to the next working day', () => {
    expect(cal.nextWorkingDayFrom('2026-02-14')).toBe('2026-02-23');
    expect(cal.nextWorkingDayFrom('2026-02-12')).toBe('2026-02-12');
  });
});
