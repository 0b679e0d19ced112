import type { Due, Rhythm } from './types';

/** Calendar helpers and the deadline grammar of Vietnamese directives. */

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) as string;
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

export function quarterEnd(year: number, quarter: number): string {
  return monthEnd(year, quarter * 3);
}

/** A year written with two digits ("25") means 2025. */
function fullYear(text: string | undefined, fallback: number | null): number | null {
  if (!text) return fallback;
  const y = Number(text);
  return y < 100 ? 2000 + y : y;
}

const D = String.raw`(\d{1,2})`;
const M = String.raw`(\d{1,2})`;
const Y = String.raw`(\d{4})`;

/** "31/3/2025", "31-3-2025", "31.3.2025", "ngày 31 tháng 3 năm 2025", "31/3" (year from context). */
export const DATE_PATTERN = new RegExp(
  String.raw`(?:${D}\s*[/.-]\s*${M}(?:\s*[/.-]\s*${Y})?(?!\d)|(?:ngày\s+)?${D}\s+tháng\s+${M}(?:\s*(?:năm|/)\s*${Y})?)`,
  'giu',
);

export interface FoundDate {
  date: string;
  index: number;
  end: number;
}

/** Every calendar date in a text, with the document year filling a missing year. */
export function findDates(text: string, year: number | null): FoundDate[] {
  const out: FoundDate[] = [];
  if (!/\d/.test(text)) return out; // every date has a digit; the pattern itself cannot skip ahead to one
  for (const m of text.matchAll(DATE_PATTERN)) {
    const [day, month, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const yy = fullYear(y, year);
    if (!yy) continue;
    // "1/2025", "57/2024": a serial and a year, not a day and a month
    if (!m[4] && !y && /^\s*[/.-]\s*\d{4}/.test(text.slice(m.index + m[0].length))) continue;
    const date = isoDate(yy, Number(month), Number(day));
    if (date) out.push({ date, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The words before a date that make it a deadline rather than the date of a cited document. */
const DEADLINE_LEAD =
  /(trước|chậm nhất|hạn chót|đến|tới|hết|xong|hoàn thành|kết thúc|trong|vào)\s*(?:ngày|hết ngày|hạn)?\s*(?:ngày)?\s*$/iu;
/** A date right after a document number or a meeting ("số 56/TB-VPCP ngày 23/02/2025"). */
const CITATION_LEAD = /(số\s+\S+|\d+[/-][\p{L}Đđ-]+\S*|,)\s*(ngày)?\s*$/iu;

export function findDeadlineDates(text: string, year: number | null): FoundDate[] {
  return findDates(text, year).filter((d) => {
    const before = text.slice(Math.max(0, d.index - 40), d.index);
    if (CITATION_LEAD.test(before) && !DEADLINE_LEAD.test(before)) return false;
    return DEADLINE_LEAD.test(before);
  });
}

const QUARTER = String.raw`qu[ýyíi]\s+(IV|III|II|I|[1-4])\s*(?:[/-]|năm)\s*(\d{4})`;
const MONTH = String.raw`(?<!ngày\s+\d{1,2}\s+)tháng\s+(\d{1,2})\s*(?:[/-]|năm)\s*(\d{4})`;
const YEAR = String.raw`(?<!tháng\s+\d{1,2}\s+)năm\s+(\d{4})`;
const PHASE = String.raw`giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})`;

const PERIOD_PATTERN = new RegExp(
  String.raw`((?:(?:ngay\s+)?trong|trước|đến hết|đến|hết|cuối|trước hết|từ nay đến hết|đến cuối)\s+)?(?:${QUARTER}|${MONTH}|${PHASE}|${YEAR})`,
  'giu',
);

export interface FoundPeriod {
  end: string;
  label: string;
  index: number;
  bounded: boolean;
}

/** Periods ("trong Quý I/2026", "hết tháng 6 năm 2025", "năm 2025"); `bounded` when a preposition bounds it. */
export function findPeriods(text: string): FoundPeriod[] {
  const out: FoundPeriod[] = [];
  if (!/\d{4}/.test(text)) return out; // every period names a year
  for (const m of text.matchAll(PERIOD_PATTERN)) {
    const lead = m[1];
    let end: string | null = null;
    if (m[2]) end = quarterEnd(Number(m[3]), ROMAN_QUARTER[m[2].toLowerCase()] ?? 4);
    else if (m[4])
      end = Number(m[4]) >= 1 && Number(m[4]) <= 12 ? monthEnd(Number(m[5]), Number(m[4])) : null;
    else if (m[6]) end = `${m[7]}-12-31`;
    else if (m[8]) end = `${m[8]}-12-31`;
    if (!end) continue;
    out.push({ end, label: m[0].trim(), index: m.index, bounded: Boolean(lead) || Boolean(m[6]) });
  }
  return out;
}

const RHYTHM_WORDS: [RegExp, Rhythm][] = [
  [/(?<![\p{L}\p{N}])(hằng|hàng)\s+ngày(?![\p{L}\p{N}])/iu, 'day'],
  [/(?<![\p{L}\p{N}])(hằng|hàng)\s+tuần(?![\p{L}\p{N}])/iu, 'week'],
  [/(?<![\p{L}\p{N}])(hằng|hàng)\s+tháng(?![\p{L}\p{N}])|định kỳ\s+tháng/iu, 'month'],
  [
    /(?<![\p{L}\p{N}])(hằng|hàng)\s+quý(?![\p{L}\p{N}])|định kỳ\s+quý|tháng cuối (của )?quý|theo quý/iu,
    'quarter',
  ],
  [/(?<![\p{L}\p{N}])(hằng|hàng)\s+năm(?![\p{L}\p{N}])|định kỳ\s+(hằng\s+|hàng\s+)?năm/iu, 'year'],
];

const RHYTHM_WORDS_ALL = RHYTHM_WORDS.map(([re, every]): [RegExp, Rhythm] => [
  new RegExp(re.source, 'giu'),
  every,
]);

export interface FoundRhythm {
  every: Rhythm;
  label: string;
  index: number;
}

/**
 * "kế hoạch công tác hàng năm", "dự toán ngân sách hằng năm", "chỉ đạo, điều hành hằng ngày": a
 * rhythm that qualifies a thing the task names, not how often the task is done.
 */
const QUALIFIED_THING =
  /(kế hoạch|chương trình|dự toán|ngân sách|công tác|điều hành|bồi dưỡng)(\s+[\p{L}\d]+){0,4}\s*$/iu;

export function findRhythm(text: string): FoundRhythm | null {
  if (!/hằng|hàng|định kỳ|quý/iu.test(text)) return null;
  let best: FoundRhythm | null = null;
  for (const [re, every] of RHYTHM_WORDS_ALL) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      // "báo cáo … hằng năm" reports on a rhythm, whatever it names on the way
      if (QUALIFIED_THING.test(before) && !/báo cáo[^;.]*$/iu.test(before)) continue;
      if (!best || m.index < best.index) best = { every, label: m[0], index: m.index };
      break;
    }
  }
  return best;
}

/** "thường xuyên" governing the action, not "chi thường xuyên" (recurrent spending) or a quality of a thing. */
export function isOngoing(text: string): boolean {
  if (!/thường xuyên/iu.test(text)) return false; // every rule below needs the words
  if (/nhiệm vụ thường xuyên/iu.test(text)) return true;
  // the item's own action is in its first clause: "…; thường xuyên cập nhật …" qualifies a later one only
  const clauses = text.split(/;\s+/u);
  // … unless the first clause is itself a standing action ("duy trì …; thường xuyên kiểm đếm …")
  const standing = /^(duy trì|tiếp tục|theo dõi|giám sát)(?![\p{L}])/iu.test(clauses[0]!.trim());
  const first = standing ? text : clauses[0]!;
  const m = /(^|[.:;]\s*|,\s*)thường xuyên(?![\p{L}\p{N}])/iu.exec(first);
  if (m && !/chi\s+$/iu.test(first.slice(0, m.index + m[1]!.length))) return true;
  // "Chỉ đạo lực lượng X thường xuyên kiểm tra …", "Các phường phải thường xuyên, kịp thời …"
  if (/(?<![\p{L}])(phải|cần|chỉ đạo [^,;.]{3,60}?)\s+thường xuyên(?![\p{L}])/iu.test(first)) return true;
  return (
    /^\s*(tiếp tục\s+)?thường xuyên(?![\p{L}\p{N}])/iu.test(text) ||
    /(?<![\p{L}\p{N}])thực hiện thường xuyên\s*[.;]?\s*$/iu.test(text)
  );
}

/**
 * The deadline a text states for itself: a day beats a period; a rhythm makes it recurring unless a
 * deadline is also stated (then the deadline, with `every`); "thường xuyên" makes it ongoing.
 */
export function parseDue(text: string, year: number | null): Due | undefined {
  const dates = findDeadlineDates(text, year);
  const periods = findPeriods(text).filter(
    (p) => (p.bounded || /hoàn thành|xong|báo cáo|trình/iu.test(text)) && !namesAHorizon(text, p),
  );
  return chooseDue(text, dates, periods);
}

/**
 * "Chương trình … đến năm 2030", "tầm nhìn đến năm 2045": the horizon in a plan's name, not a
 * deadline for the task that mentions the plan.
 */
function namesAHorizon(text: string, period: FoundPeriod): boolean {
  // "danh mục dự án đầu tư công trung hạn giai đoạn 2026 - 2030": the phase of the plan the task names
  if (/^giai đoạn/iu.test(period.label)) {
    const before = text.slice(Math.max(0, period.index - 60), period.index);
    return /(kế hoạch|chương trình|đề án|quy hoạch|trung hạn|chiến lược|danh mục|nguồn vốn|vốn|ngân sách)[^;.,]*$/iu.test(
      before,
    );
  }
  if (!/^đến\s+năm/iu.test(period.label)) return false;
  const before = text.slice(Math.max(0, period.index - 90), period.index);
  return /(tầm nhìn|định hướng|thời kỳ|quy hoạch|chiến lược|chương trình|đề án|kế hoạch|nghị quyết)[^;.]*$/iu.test(
    before,
  );
}

/**
 * The deadline a table cell or a "Thời gian thực hiện:" line states: every date and period in it
 * is a deadline; "Tháng 11 - 12/2025" ends with its last month; "Từ … đến khi …" is none.
 */
export function parseDueField(text: string, year: number | null): Due | undefined {
  const t = text.trim().replace(/[.;]$/u, '');
  if (/đến khi/iu.test(t)) return undefined;
  const bareYear = /^(?:năm\s+)?(\d{4})$/iu.exec(t);
  if (bareYear) return { type: 'period', end: `${bareYear[1]}-12-31`, label: t };
  const monthRange = /tháng\s+\d{1,2}\s*[-–]\s*(\d{1,2})\s*[/-]\s*(\d{4})/iu.exec(t);
  if (monthRange)
    return { type: 'period', end: monthEnd(Number(monthRange[2]), Number(monthRange[1])), label: t };
  const dates = findDates(t, year).filter((d) => !/^\s*[/.-]?\s*\d{4}/.test(t.slice(d.end)));
  return chooseDue(t, dates, findPeriods(t));
}

/** "Quý I năm 2026 và các năm tiếp theo", "từ năm 2025 trở đi": a standing duty from then on, no deadline. */
const FROM_THEN_ON = /(và\s+(các|những)\s+năm\s+tiếp theo|từ\s+năm\s+\d{4}\s+trở đi)(?![\p{L}])/iu;

function chooseDue(text: string, dates: FoundDate[], periods: FoundPeriod[]): Due | undefined {
  if (FROM_THEN_ON.test(text) && !dates.length) return { type: 'ongoing' };
  const rhythm = findRhythm(text);
  let due: Due | undefined;
  const lastDate = dates.at(-1);
  const lastPeriod = periods.at(-1);
  if (lastDate && (!lastPeriod || lastDate.index > lastPeriod.index || lastPeriod.end >= lastDate.date)) {
    due = { type: 'date', date: lastDate.date };
  } else if (lastPeriod) {
    due = { type: 'period', end: lastPeriod.end, label: lastPeriod.label };
  }
  if (due && rhythm && due.type !== null) return { ...due, every: rhythm.every } as Due;
  if (due) return due;
  if (rhythm) return { type: 'recurring', every: rhythm.every, label: rhythm.label };
  if (isOngoing(text)) return { type: 'ongoing' };
  return undefined;
}
