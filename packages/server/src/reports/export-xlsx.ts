import type { Timeliness } from '@dondoc/domain';
import ExcelJS from 'exceljs';
import type { PeriodicReport } from './build-report';
import {
  changeLine,
  dataLine,
  LATE_HEADERS,
  lateRows,
  summaryRows,
  TASK_HEADERS,
  TIMELINESS_LABEL,
  taskRow,
  UNIT_HEADERS,
  unitRow,
} from './report-text';

/** Status colours (light fills that keep black text readable). */
const FILL: Record<Timeliness, string> = {
  done_on_time: 'FFC6EFCE',
  done_late: 'FFE2EFDA',
  open_within_deadline: 'FFFFEB9C',
  open_overdue: 'FFFFC7CE',
};

/** Column widths in characters, wide enough for Vietnamese text with its diacritics. */
const TASK_WIDTHS = [6, 22, 60, 30, 12, 26, 11, 14, 45, 45];
const UNIT_WIDTHS = [7, 40, 11, 14, 14, 14, 14, 12];
const LATE_WIDTHS = [32, 60, 12, 12, 60];

function table(
  sheet: ExcelJS.Worksheet,
  headers: readonly string[],
  rows: (string | number)[][],
  widths: number[],
  firstRow = 1,
) {
  const header = sheet.getRow(firstRow);
  header.values = [...headers];
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  rows.forEach((values, i) => {
    const row = sheet.getRow(firstRow + 1 + i);
    row.values = values;
    row.alignment = { vertical: 'top', wrapText: true };
  });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: 'frozen', ySplit: firstRow, xSplit: 0 }];
  sheet.autoFilter = {
    from: { row: firstRow, column: 1 },
    to: { row: firstRow + Math.max(rows.length, 1), column: headers.length },
  };
}

/** The report as a workbook: the summary, the tasks, the units ranked, the late units; one sheet each. */
export async function reportXlsx(report: PeriodicReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'dondoc';
  book.created = new Date(report.generatedAt);

  const summary = book.addWorksheet('Tổng hợp');
  summary.getCell('A1').value = `BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ — ${report.period.label.toUpperCase()}`;
  summary.getCell('A1').font = { bold: true, size: 13 };
  summary.getCell('A2').value = `Phạm vi: ${report.scope.label}`;
  summary.getCell('A3').value = dataLine(report);
  const previous = report.previous ? summaryRows(report.previous) : null;
  table(
    summary,
    ['Chỉ tiêu', 'Kỳ này', ...(report.previous ? [report.previous.label] : [])],
    summaryRows(report.summary).map(([label, value], i) => [
      label,
      value,
      ...(previous ? [previous[i]![1]] : []),
    ]),
    [62, 14, 18],
    5,
  );
  const change = changeLine(report);
  if (change) summary.getCell(`A${5 + 11}`).value = change;

  const tasks = book.addWorksheet('Nhiệm vụ');
  table(tasks, TASK_HEADERS, report.tasks.map(taskRow), TASK_WIDTHS);
  report.tasks.forEach((t, i) => {
    if (!t.timeliness) return;
    const cell = tasks.getRow(i + 2).getCell(6);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[t.timeliness] } };
    cell.value = TIMELINESS_LABEL[t.timeliness];
  });

  const units = book.addWorksheet('Xếp hạng đơn vị');
  table(units, UNIT_HEADERS, report.units.map(unitRow), UNIT_WIDTHS);

  const late = book.addWorksheet('Đơn vị chậm');
  table(late, LATE_HEADERS, lateRows(report), LATE_WIDTHS);

  return Buffer.from(await book.xlsx.writeBuffer());
}
