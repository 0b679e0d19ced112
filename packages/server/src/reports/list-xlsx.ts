import type { AssignmentState, Color, Flag } from '@dondoc/domain';
import ExcelJS from 'exceljs';
import { type AssignmentFilters, listAssignments } from '../assignments/list-assignments';
import type { Ctx } from '../context';
import { directiveName, TIMELINESS_LABEL, vnDay } from './report-text';

/** The most rows one download carries (a list of more is narrowed first). */
export const MAX_LIST_ROWS = 10_000;

const COLOR_LABEL: Record<Color, string> = { green: 'Xanh', yellow: 'Vàng', red: 'Đỏ' };
const COLOR_FILL: Record<Color, string> = { green: 'FFC6EFCE', yellow: 'FFFFEB9C', red: 'FFFFC7CE' };
const STATE_LABEL: Record<AssignmentState, string> = {
  assigned: 'Mới giao',
  in_progress: 'Đang thực hiện',
  claimed: 'Chờ xác nhận hoàn thành',
  done: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};
const FLAG_LABEL: Record<Flag, string> = {
  due_soon: 'Sắp đến hạn',
  at_risk: 'Có nguy cơ chậm',
  awaiting_verification: 'Chờ xác nhận',
  returned: 'Bị trả lại',
  missed_report: 'Thiếu báo cáo định kỳ',
};

const HEADERS = [
  'STT',
  'Văn bản',
  'Nhiệm vụ',
  'Đơn vị',
  'Vai trò',
  'Thời hạn',
  'Màu',
  'Tình trạng',
  'Trạng thái',
  'Tiến độ (%)',
  'Cảnh báo',
];
const WIDTHS = [6, 22, 60, 32, 11, 12, 8, 26, 22, 11, 30];

/** The filters as a line a reader understands ("Màu: Đỏ; Từ khóa: chuyển đổi số"). */
async function describeFilters(ctx: Ctx, f: AssignmentFilters): Promise<string> {
  const parts: string[] = [];
  if (f.unitId) {
    const unit = await ctx.db
      .selectFrom('units')
      .select('name')
      .where('id', '=', f.unitId)
      .executeTakeFirst();
    parts.push(`Đơn vị: ${unit?.name ?? f.unitId}${f.includeChildren ? ' và các đơn vị trực thuộc' : ''}`);
  }
  if (f.directiveId) {
    const d = await ctx.db
      .selectFrom('directives')
      .select(['number', 'kind'])
      .where('id', '=', f.directiveId)
      .executeTakeFirst();
    parts.push(`Văn bản: ${d ? directiveName(d.kind, d.number) : f.directiveId}`);
  }
  if (f.programme) parts.push(`Chương trình: ${f.programme}`);
  if (f.lead) parts.push('Chỉ đơn vị chủ trì');
  if (f.color) parts.push(`Màu: ${COLOR_LABEL[f.color]}`);
  if (f.timeliness) parts.push(`Tình trạng: ${TIMELINESS_LABEL[f.timeliness]}`);
  if (f.flag) parts.push(`Cảnh báo: ${FLAG_LABEL[f.flag]}`);
  if (f.state) parts.push(`Trạng thái: ${STATE_LABEL[f.state]}`);
  if (f.dueFrom) parts.push(`Thời hạn từ ${vnDay(f.dueFrom)}`);
  if (f.dueTo) parts.push(`Thời hạn đến ${vnDay(f.dueTo)}`);
  if (f.q?.trim()) parts.push(`Từ khóa: ${f.q.trim()}`);
  return parts.length ? `Bộ lọc: ${parts.join('; ')}` : 'Bộ lọc: tất cả nhiệm vụ được xem';
}

/**
 * The work list with its filters applied, as a workbook: the filters and the date on top, then
 * the rows (frozen header, filters, colours); the same rows and order as the screen, every page.
 */
export async function assignmentListXlsx(ctx: Ctx, filters: Omit<AssignmentFilters, 'page' | 'pageSize'>) {
  const book = new ExcelJS.Workbook();
  book.creator = 'dondoc';
  const sheet = book.addWorksheet('Danh sách nhiệm vụ');
  sheet.getCell('A1').value = 'DANH SÁCH NHIỆM VỤ ĐƯỢC GIAO';
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value = await describeFilters(ctx, { ...filters, page: 1, pageSize: 1 });
  sheet.getCell('A3').value = `Số liệu tại ngày ${vnDay(ctx.now().toISOString())}`;
  const header = sheet.getRow(5);
  header.values = HEADERS;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  WIDTHS.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  let n = 0;
  let total = 0;
  for (let page = 1; n < MAX_LIST_ROWS; page++) {
    const result = await listAssignments(ctx, { ...filters, page, pageSize: 200 });
    total = result.total;
    for (const a of result.items) {
      if (n >= MAX_LIST_ROWS) break;
      const row = sheet.getRow(6 + n);
      row.values = [
        n + 1,
        a.directive.number ?? '',
        `${a.task.ref ? `${a.task.ref}. ` : ''}${a.task.text}`,
        a.unit.name,
        a.role === 'lead' ? 'Chủ trì' : 'Phối hợp',
        vnDay(a.dueDate),
        a.color ? COLOR_LABEL[a.color] : '',
        a.timeliness ? TIMELINESS_LABEL[a.timeliness] : '',
        STATE_LABEL[a.state],
        a.percent,
        a.flags.map((f) => FLAG_LABEL[f]).join(', '),
      ];
      row.alignment = { vertical: 'top', wrapText: true };
      if (a.color)
        row.getCell(7).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOR_FILL[a.color] } };
      n++;
    }
    if (page * 200 >= result.total) break;
  }
  if (total > n) sheet.getCell('A4').value = `Chỉ xuất ${n} trên ${total} nhiệm vụ; hãy thu hẹp bộ lọc.`;
  sheet.views = [{ state: 'frozen', ySplit: 5 }];
  sheet.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5 + Math.max(n, 1), column: HEADERS.length } };
  return { bytes: Buffer.from(await book.xlsx.writeBuffer()), rows: n, total };
}
