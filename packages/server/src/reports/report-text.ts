import type { Timeliness } from '@dondoc/domain';
import type { PeriodicReport, ReportSummary } from './build-report';

/** The words every export of the periodic report uses, so the four formats say the same. */
export const TIMELINESS_LABEL: Record<Timeliness, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_within_deadline: 'Đang thực hiện trong hạn',
  open_overdue: 'Đang thực hiện quá hạn',
};

/** "2025-03-14" → "14/03/2025"; an instant in Vietnam's day. */
export function vnDay(date: string | null): string {
  if (!date) return '';
  const day =
    date.length > 10 ? new Date(new Date(date).getTime() + 7 * 3_600_000).toISOString().slice(0, 10) : date;
  return day.split('-').reverse().join('/');
}

/** 0.5 → "50,0%"; none → "—". */
export function share(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1).replace('.', ',')}%`;
}

/** The summary as rows of label and figure, in the order reports state them. */
export function summaryRows(s: ReportSummary): [string, number | string][] {
  return [
    ['Tổng số nhiệm vụ được giao (lũy kế đến ngày chốt số liệu)', s.total],
    ['Trong đó giao trong kỳ', s.assignedInPeriod],
    ['Hoàn thành trong kỳ', s.doneInPeriod],
    ['Hoàn thành đúng hạn', s.doneOnTime],
    ['Hoàn thành quá hạn', s.doneLate],
    ['Đang thực hiện trong hạn', s.openWithinDeadline],
    ['Đang thực hiện quá hạn', s.openOverdue],
    ['Tỷ lệ hoàn thành đúng hạn', share(s.onTimeShare)],
    ['Tỷ lệ hoàn thành', share(s.doneShare)],
  ];
}

export const TASK_HEADERS = [
  'STT',
  'Văn bản',
  'Nhiệm vụ',
  'Đơn vị chủ trì',
  'Thời hạn',
  'Tình trạng',
  'Tiến độ (%)',
  'Báo cáo gần nhất',
  'Nội dung báo cáo',
  'Khó khăn, vướng mắc',
] as const;

export function taskRow(t: PeriodicReport['tasks'][number], i: number): (string | number)[] {
  return [
    i + 1,
    t.directive,
    `${t.taskRef ? `${t.taskRef}. ` : ''}${t.task}`,
    t.unit,
    vnDay(t.dueDate),
    t.timeliness ? TIMELINESS_LABEL[t.timeliness] : '',
    t.percent,
    vnDay(t.lastReportAt),
    t.lastReport,
    t.obstacles,
  ];
}

export const UNIT_HEADERS = [
  'Hạng',
  'Đơn vị',
  'Được giao',
  'Hoàn thành đúng hạn',
  'Hoàn thành quá hạn',
  'Đang thực hiện trong hạn',
  'Đang thực hiện quá hạn',
  'Tỷ lệ đúng hạn',
] as const;

export function unitRow(u: PeriodicReport['units'][number]): (string | number)[] {
  return [
    u.rank,
    u.unit,
    u.total,
    u.doneOnTime,
    u.doneLate,
    u.openWithinDeadline,
    u.openOverdue,
    share(u.onTimeShare),
  ];
}

export const LATE_HEADERS = ['Đơn vị', 'Nhiệm vụ', 'Thời hạn', 'Số ngày quá hạn', 'Nguyên nhân'] as const;

export function lateRows(r: PeriodicReport): (string | number)[][] {
  return r.lateUnits.flatMap((u) =>
    u.tasks.map((t) => [
      u.unit,
      `${t.taskRef ? `${t.taskRef}. ` : ''}${t.task}`,
      vnDay(t.dueDate),
      t.daysLate ?? '',
      t.reason,
    ]),
  );
}

/** "Số liệu tính từ ngày 15/09/2025 đến ngày 14/10/2025". */
export function dataLine(r: PeriodicReport): string {
  return `Số liệu tính từ ngày ${vnDay(r.period.from)} đến ngày ${vnDay(r.period.to)}`;
}

/** The sentence that states what changed since the previous period. */
export function changeLine(r: PeriodicReport): string | null {
  const p = r.previous;
  if (!p) return null;
  const diff = (now: number, before: number) =>
    now === before ? 'không đổi' : now > before ? `tăng ${now - before}` : `giảm ${before - now}`;
  return (
    `So với ${p.label.charAt(0).toLowerCase()}${p.label.slice(1)}: tổng số nhiệm vụ ${diff(r.summary.total, p.total)}; ` +
    `hoàn thành ${diff(r.summary.doneOnTime + r.summary.doneLate, p.doneOnTime + p.doneLate)}; ` +
    `quá hạn chưa hoàn thành ${diff(r.summary.openOverdue, p.openOverdue)}; ` +
    `tỷ lệ đúng hạn ${share(p.onTimeShare)} → ${share(r.summary.onTimeShare)}.`
  );
}

const KIND_LABEL: Record<string, string> = {
  'cong-van': 'Công văn',
  'thong-bao-ket-luan': 'Thông báo kết luận',
  'ke-hoach': 'Kế hoạch',
  'chi-thi': 'Chỉ thị',
  'quyet-dinh': 'Quyết định',
};

/** "Công văn số 21/UBND-TH": a directive named the way a report cites it. */
export function directiveName(kind: string, number: string | null): string {
  return `${KIND_LABEL[kind] ?? 'Văn bản'}${number ? ` số ${number}` : ''}`;
}
