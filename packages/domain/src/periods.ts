import type { Rhythm } from './status';
import { daysInMonth, endOfVnDay, type IsoDate, vnDate } from './time';

/** One reporting period of a rhythm, with the instant its report is due. */
export interface ReportingPeriod {
  /** "2025-03-31" (day), "2025-W14" (week), "2025-03" (month), "2025-Q1" (quarter), "2025" (year). */
  key: string;
  start: IsoDate;
  end: IsoDate;
  /** Reports are due before this instant: 16:00 Vietnam time for daily ones, else the end of the last day. */
  cutoff: Date;
}

const VN_OFFSET_MS = 7 * 3_600_000;

function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The period of a rhythm that contains a calendar date. */
export function periodOf(rhythm: Rhythm, date: IsoDate): ReportingPeriod {
  const [y, m] = date.split('-').map(Number) as [number, number];
  switch (rhythm) {
    case 'day': {
      const [yy, mm, dd] = date.split('-').map(Number) as [number, number, number];
      return {
        key: date,
        start: date,
        end: date,
        cutoff: new Date(Date.UTC(yy, mm - 1, dd, 16) - VN_OFFSET_MS),
      };
    }
    case 'week': {
      const weekday = (new Date(Date.parse(date)).getUTCDay() + 6) % 7; // Monday 0
      const start = addDays(date, -weekday);
      const end = addDays(start, 6);
      return { key: `${isoWeekKey(start)}`, start, end, cutoff: endOfVnDay(end) };
    }
    case 'month': {
      const end = iso(y, m, daysInMonth(y, m));
      return { key: date.slice(0, 7), start: iso(y, m, 1), end, cutoff: endOfVnDay(end) };
    }
    case 'quarter': {
      const q = Math.ceil(m / 3);
      const end = iso(y, q * 3, daysInMonth(y, q * 3));
      return { key: `${y}-Q${q}`, start: iso(y, q * 3 - 2, 1), end, cutoff: endOfVnDay(end) };
    }
    case 'year':
      return { key: String(y), start: iso(y, 1, 1), end: iso(y, 12, 31), cutoff: endOfVnDay(iso(y, 12, 31)) };
  }
}

function isoWeekKey(monday: IsoDate): string {
  const thursday = new Date(Date.parse(addDays(monday, 3)));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every period from the one containing `from` up to the one containing `until`. */
export function periodsBetween(rhythm: Rhythm, from: Date, until: Date): ReportingPeriod[] {
  const out: ReportingPeriod[] = [];
  let period = periodOf(rhythm, vnDate(from));
  const last = vnDate(until);
  while (period.start <= last && out.length < 10_000) {
    out.push(period);
    period = periodOf(rhythm, addDays(period.end, 1));
  }
  return out;
}

/** The last `count` periods up to the one containing `now`, oldest first: a trend's axis, gaps included. */
export function recentPeriods(rhythm: Rhythm, now: Date, count: number): ReportingPeriod[] {
  const out = [periodOf(rhythm, vnDate(now))];
  while (out.length < count) out.unshift(periodOf(rhythm, addDays(out[0]!.start, -1)));
  return out;
}

/** Periods since `from` whose cut-off has passed by `now`: the ones a report was due for. */
export function closedPeriods(rhythm: Rhythm, from: Date, now: Date): ReportingPeriod[] {
  return periodsBetween(rhythm, from, now).filter((p) => p.cutoff.getTime() <= now.getTime());
}

/** Periods whose cut-off has passed by `now` without a report made inside them. */
export function missedPeriods(rhythm: Rhythm, from: Date, now: Date, reportedAt: Date[]): ReportingPeriod[] {
  return closedPeriods(rhythm, from, now).filter(
    (p) =>
      // a period that began before the assignment did still counts from the assignment on
      !reportedAt.some((t) => vnDate(t) >= p.start && t.getTime() < p.cutoff.getTime()),
  );
}
