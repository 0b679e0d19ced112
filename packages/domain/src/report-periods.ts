import { daysInMonth, endOfVnDay, type IsoDate } from './time';

/**
 * The periods of the reporting regime of Nghị định 09/2019/NĐ-CP (Điều 12): a monthly report
 * counts from the 15th of the previous month to the 14th of the month reported, a quarterly one
 * from the 15th of the month before the quarter to the 14th of its last month, a six-monthly one
 * from 15 December of the year before to 14 June, a yearly one from 15 December to 14 December.
 * The cut-off day (14) is a parameter, so a programme may set its own.
 */
export const REPORT_PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type ReportPeriodKind = (typeof REPORT_PERIOD_KINDS)[number];

export interface ReportWindow {
  /** "2025-03", "2025-Q1", "2025-H1", "2025", or "2025-01-01..2025-03-31" for a custom range. */
  key: string;
  kind: ReportPeriodKind | 'custom';
  /** "Quý I năm 2025", "Tháng 3 năm 2025"… */
  label: string;
  /** The first and the last day the figures count (the last one is the data cut-off). */
  from: IsoDate;
  to: IsoDate;
  /** The instant of the cut-off: the end of `to` in Vietnam. */
  cutoff: Date;
}

export const DEFAULT_CUTOFF_DAY = 14;
const ROMAN = ['I', 'II', 'III', 'IV'];

const iso = (y: number, m: number, d: number): IsoDate =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The day `day` of a month (clamped to its length), and the day after the same day a month earlier. */
function cutoffIn(y: number, m: number, day: number): IsoDate {
  return iso(y, m, Math.min(day, daysInMonth(y, m)));
}
function startAfter(y: number, m: number, day: number): IsoDate {
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const last = daysInMonth(py, pm);
  return day >= last ? iso(y, m, 1) : iso(py, pm, day + 1);
}

function window(
  kind: ReportPeriodKind,
  key: string,
  label: string,
  from: IsoDate,
  to: IsoDate,
): ReportWindow {
  return { key, kind, label, from, to, cutoff: endOfVnDay(to) };
}

/**
 * The window of a period by its key ("2025-03", "2025-Q1", "2025-H1", "2025"), or null when the
 * key is not one. A cut-off day of 31 (or more) makes the periods calendar ones.
 */
export function reportWindow(key: string, cutoffDay = DEFAULT_CUTOFF_DAY): ReportWindow | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return window(
      'month',
      key,
      `Tháng ${mo} năm ${y}`,
      startAfter(y, mo, cutoffDay),
      cutoffIn(y, mo, cutoffDay),
    );
  }
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    const label = `Quý ${ROMAN[q - 1]} năm ${y}`;
    return window('quarter', key, label, startAfter(y, q * 3 - 2, cutoffDay), cutoffIn(y, q * 3, cutoffDay));
  }
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    const label = h === 1 ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
    return window('half', key, label, startAfter(y, h * 6 - 5, cutoffDay), cutoffIn(y, h * 6, cutoffDay));
  }
  m = /^(\d{4})$/.exec(key);
  if (m) {
    const y = Number(m[1]);
    return window('year', key, `Năm ${y}`, startAfter(y, 1, cutoffDay), cutoffIn(y, 12, cutoffDay));
  }
  return null;
}

/** A custom range, both days counted. */
export function customWindow(from: IsoDate, to: IsoDate): ReportWindow {
  const d = (x: IsoDate) => x.split('-').reverse().join('/');
  return {
    key: `${from}..${to}`,
    kind: 'custom',
    label: `Từ ngày ${d(from)} đến ngày ${d(to)}`,
    from,
    to,
    cutoff: endOfVnDay(to),
  };
}

/** The key of the period before one ("2025-Q1" → "2024-Q4"); a custom range has none. */
export function previousPeriodKey(key: string): string | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  m = /^(\d{4})-H([12])$/.exec(key);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-H2` : `${m[1]}-H1`;
  m = /^(\d{4})$/.exec(key);
  return m ? String(Number(m[1]) - 1) : null;
}
