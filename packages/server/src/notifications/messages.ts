import { formatVnDate, type Notice, type ReportingPeriod } from '@dondoc/domain';
import type { NotificationTopic } from '../db/schema';

/** What a notice is about, as a person reads it: the task, its unit, its directive. */
export interface NoticeSubject {
  taskText: string;
  unitName: string;
  directiveLabel: string;
}

export const TOPIC_LABELS: Record<NotificationTopic, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  awaiting: 'Chờ xác nhận',
  report: 'Kỳ báo cáo',
  reminder: 'Văn phòng nhắc việc',
};

export function shorten(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function periodLabel(period: ReportingPeriod): string {
  const k = period.key;
  if (/^\d{4}-\d{2}-\d{2}$/.test(k)) return `ngày ${formatVnDate(k)}`;
  let m = /^(\d{4})-W(\d{2})$/.exec(k);
  if (m) return `tuần ${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(k);
  if (m) return `quý ${m[2]}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(k);
  if (m) return `tháng ${m[2]}/${m[1]}`;
  return `năm ${k}`;
}

/** A notice's title and body in plain Vietnamese. */
export function noticeText(notice: Notice, s: NoticeSubject): { title: string; body: string } {
  const task = shorten(s.taskText);
  const where = `${s.unitName}${s.directiveLabel ? ` — ${s.directiveLabel}` : ''}`;
  const due = notice.dueDate ? formatVnDate(notice.dueDate) : '';
  const days = notice.days ?? 0;
  switch (notice.kind) {
    case 'due_soon':
      return {
        title: `Còn ${days} ngày làm việc đến hạn (${due}): ${task}`,
        body: `${where}. Hạn hoàn thành ${due}.`,
      };
    case 'due_today':
      return {
        title: `Đến hạn ngày ${due}: ${task}`,
        body: `${where}. Hôm nay là ngày làm việc cuối cùng trước hạn.`,
      };
    case 'overdue':
      return { title: `Quá hạn ${days} ngày làm việc: ${task}`, body: `${where}. Hạn hoàn thành ${due}.` };
    case 'escalation_head':
      return {
        title: `Báo cáo thủ trưởng: nhiệm vụ quá hạn ${days} ngày làm việc: ${task}`,
        body: `${where}. Hạn hoàn thành ${due}; đơn vị chưa báo cáo hoàn thành.`,
      };
    case 'escalation_office':
      return {
        title: `Nhiệm vụ quá hạn ${days} ngày làm việc: ${s.unitName}: ${task}`,
        body: `${where}. Hạn hoàn thành ${due}; đơn vị chưa báo cáo hoàn thành.`,
      };
    case 'report_due': {
      const label = notice.period ? periodLabel(notice.period) : '';
      const when =
        notice.period?.key === notice.period?.end
          ? 'trước 16 giờ'
          : `trước hết ngày ${formatVnDate(notice.period?.end ?? '')}`;
      return { title: `Báo cáo kỳ ${label}, hạn ${when}: ${task}`, body: `${where}.` };
    }
    case 'report_missed':
      return {
        title: `Chưa có báo cáo kỳ ${notice.period ? periodLabel(notice.period) : ''}: ${task}`,
        body: `${where}.`,
      };
    case 'claim_unverified':
      return {
        title: `Báo cáo hoàn thành chờ xác nhận ${days} ngày làm việc: ${task}`,
        body: `${where}. Đơn vị đã báo cáo hoàn thành; cần xác nhận hoặc trả lại.`,
      };
    case 'extension_undecided':
      return {
        title: `Đề nghị gia hạn chờ quyết định ${days} ngày làm việc: ${task}`,
        body: `${where}. Cần quyết định gia hạn hoặc chuyển lãnh đạo.`,
      };
  }
}
