import { getSolarDate } from '@dqcai/vn-lunar';
import type { CalendarDayKind } from './closed-sets';
import type { IsoDate } from './time';

/**
 * Vietnam's working-day calendar (Bộ luật Lao động 2019, Điều 111–112): Saturdays and Sundays off;
 * the public holidays — Tết Dương lịch (1/1), Tết Nguyên đán (5 days), Giỗ Tổ Hùng Vương (10/3 âm
 * lịch), 30/4, 1/5, Quốc khánh (2/9 and one adjacent day); a holiday on a weekend is made up on the
 * next working day (nghỉ bù, Điều 111 khoản 3). The government fixes the Tết days and the day next
 * to 2/9 each year and moves days for civil servants (a day off swapped with a Saturday worked):
 * those announcements come in as data and win over the computed days.
 */

/** A day the government (or the admin, for the province) announced: off, or a make-up working day. */
export interface AnnouncedDay {
  date: IsoDate;
  kind: CalendarDayKind;
  note?: string;
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function isWeekend(date: IsoDate): boolean {
  const day = new Date(Date.parse(date)).getUTCDay();
  return day === 0 || day === 6;
}

function lunarToSolar(day: number, month: number, lunarYear: number): IsoDate {
  const s = getSolarDate(day, month, lunarYear, false);
  return iso(s.year, s.month, s.day);
}

/**
 * The public holidays of a year as the law sets them, with the days made up for holidays falling
 * on a weekend. Tết Nguyên đán, by default, is the last day of the lunar year and mùng 1 to mùng 4
 * (how the 2026 days were set: 16/02–20/02/2026); Quốc khánh's adjacent day is 1/9. Where the
 * government decides otherwise, its announcement is passed to `workingCalendar` as data.
 */
export function publicHolidays(year: number): Holiday[] {
  const days: Holiday[] = [{ date: iso(year, 1, 1), name: 'Tết Dương lịch' }];
  const tet = lunarToSolar(1, 1, year);
  for (let i = -1; i <= 3; i++) days.push({ date: addCalendarDays(tet, i), name: 'Tết Nguyên đán' });
  days.push({ date: lunarToSolar(10, 3, year), name: 'Giỗ Tổ Hùng Vương' });
  days.push({ date: iso(year, 4, 30), name: 'Ngày Chiến thắng' });
  days.push({ date: iso(year, 5, 1), name: 'Ngày Quốc tế Lao động' });
  days.push({ date: iso(year, 9, 1), name: 'Quốc khánh (ngày liền kề)' });
  days.push({ date: iso(year, 9, 2), name: 'Quốc khánh' });
  days.sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(days.map((d) => d.date));
  const makeUp: Holiday[] = [];
  for (const h of days) {
    if (!isWeekend(h.date)) continue;
    let d = addCalendarDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addCalendarDays(d, 1);
    taken.add(d);
    makeUp.push({ date: d, name: `Nghỉ bù ${h.name}` });
  }
  return [...days, ...makeUp].sort((a, b) => a.date.localeCompare(b.date));
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  /** Why a date is not a working day ("Tết Nguyên đán", "Thứ Bảy"…), or null on a working day. */
  dayOffReason(date: IsoDate): string | null;
  /** The `n`-th working day after `date` (n > 0), before it (n < 0), or `date` itself (n = 0). */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** Working days after `from` up to and including `to`; negative when `to` is earlier. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number;
  /** "trong N ngày làm việc" from a date: the last day, counting from the next working day. */
  deadlineWithin(from: IsoDate, n: number): IsoDate;
  /** The working day on or after a date (a deadline falling on a day off moves forward). */
  nextWorkingDayFrom(date: IsoDate): IsoDate;
}

/** A calendar of the computed holidays plus the announced days (which win over them). */
export function workingCalendar(announced: readonly AnnouncedDay[] = []): WorkingCalendar {
  const byDate = new Map(announced.map((a) => [a.date, a]));
  const years = new Map<number, Map<IsoDate, string>>();
  const holidaysOf = (year: number) => {
    let map = years.get(year);
    if (!map) {
      map = new Map(publicHolidays(year).map((h) => [h.date, h.name]));
      years.set(year, map);
    }
    return map;
  };
  const dayOffReason = (date: IsoDate): string | null => {
    const a = byDate.get(date);
    if (a) return a.kind === 'working' ? null : a.note || 'Ngày nghỉ theo thông báo';
    const holiday = holidaysOf(Number(date.slice(0, 4))).get(date);
    if (holiday) return holiday;
    const day = new Date(Date.parse(date)).getUTCDay();
    return day === 6 ? 'Thứ Bảy' : day === 0 ? 'Chủ nhật' : null;
  };
  const isWorkingDay = (date: IsoDate) => dayOffReason(date) === null;
  // per year, the working days up to and including each day of it: counting is a subtraction
  const counts = new Map<number, { before: Int32Array; total: number }>();
  const countsOf = (year: number) => {
    let c = counts.get(year);
    if (!c) {
      const days = Math.round((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000);
      const upTo = new Int32Array(days);
      let n = 0;
      for (let i = 0; i < days; i++) {
        if (isWorkingDay(new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10))) n++;
        upTo[i] = n;
      }
      c = { before: upTo, total: n };
      counts.set(year, c);
    }
    return c;
  };
  /** Working days from 1 January of `base` up to and including `date`. */
  const ordinal = (date: IsoDate, base: number): number => {
    const year = Number(date.slice(0, 4));
    let n = 0;
    for (let y = base; y < year; y++) n += countsOf(y).total;
    const dayOfYear = Math.round((Date.parse(date) - Date.UTC(year, 0, 1)) / 86_400_000);
    return n + countsOf(year).before[dayOfYear]!;
  };
  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    const step = n < 0 ? -1 : 1;
    let d = date;
    for (let left = Math.abs(n); left > 0; ) {
      d = addCalendarDays(d, step);
      if (isWorkingDay(d)) left--;
    }
    return d;
  };
  const workingDaysBetween = (from: IsoDate, to: IsoDate): number => {
    if (to < from) return -workingDaysBetween(to, from);
    const base = Number(from.slice(0, 4));
    return ordinal(to, base) - ordinal(from, base);
  };
  const nextWorkingDayFrom = (date: IsoDate): IsoDate => {
    let d = date;
    while (!isWorkingDay(d)) d = addCalendarDays(d, 1);
    return d;
  };
  return {
    isWorkingDay,
    dayOffReason,
    addWorkingDays,
    workingDaysBetween,
    deadlineWithin: (from, n) => addWorkingDays(from, n),
    nextWorkingDayFrom,
  };
}
