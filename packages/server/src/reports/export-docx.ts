import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PeriodicReport } from './build-report';
import {
  changeLine,
  dataLine,
  LATE_HEADERS,
  lateRows,
  summaryRows,
  TASK_HEADERS,
  taskRow,
  UNIT_HEADERS,
  unitRow,
} from './report-text';

/** Who issues the report and who signs it (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export interface Letterhead {
  /** Cơ quan chủ quản, above the issuing body (e.g. "ỦY BAN NHÂN DÂN TỈNH MAI SƠN"); may be empty. */
  parentBody: string;
  /** The issuing body (e.g. "VĂN PHÒNG"). */
  body: string;
  /** The body's abbreviation after "Số: …/BC-". */
  abbreviation: string;
  /** Địa danh: where it is issued. Left for the clerk ("……") when unknown. */
  place: string;
  recipients: string[];
  signer: { authority: string; title: string; name: string };
}

const FONT = 'Times New Roman';
// half-points: 13 pt body, 12 pt for "Nơi nhận", 11 pt its items and the tables
const SIZE = 26;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

const run = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text,
    font: FONT,
    size: o.size ?? SIZE,
    bold: o.bold,
    italics: o.italics,
    underline: o.underline ? {} : undefined,
  });
const para = (
  children: TextRun[],
  o: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    before?: number;
    after?: number;
    indent?: boolean;
  } = {},
) =>
  new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: o.after ?? 60 },
    indent: o.indent ? { firstLine: 567 } : undefined,
  });
const centered = (children: TextRun[], after = 0) => para(children, { align: AlignmentType.CENTER, after });
const cell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });

function grid(headers: readonly string[], rows: (string | number)[][]): Table {
  const line = (values: readonly (string | number)[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: values.map(
        (v) =>
          new TableCell({
            children: [
              new Paragraph({
                children: [new TextRun({ text: String(v), font: FONT, size: 22, bold })],
                alignment: typeof v === 'number' || bold ? AlignmentType.CENTER : AlignmentType.LEFT,
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [line(headers, true), ...rows.map((r) => line(r, false))],
  });
}

/**
 * The report in the layout of Nghị định 30/2020: the issuing body and quốc hiệu, tiêu ngữ side by
 * side, số/ký hiệu left for the clerk, địa danh and date to be filled on signing, the title, the
 * body with its tables, nơi nhận and the signer's block. Times New Roman 13, A4 landscape for the tables.
 */
export async function reportDocx(report: PeriodicReport, head: Letterhead): Promise<Buffer> {
  const s = report.summary;
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(head.parentBody ? [centered([run(head.parentBody.toUpperCase(), { size: 24 })])] : []),
              centered([run(head.body.toUpperCase(), { bold: true, size: 24 })]),
              centered([run('———', { size: 24 })]),
              centered([run(`Số:        /BC-${head.abbreviation}`, { size: 24 })]),
            ],
            40,
          ),
          cell(
            [
              centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 })]),
              centered([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 26 })]),
              centered([run('———————————', { size: 24 })]),
              centered([run(`${head.place || '……'}, ngày … tháng … năm …`, { italics: true, size: 26 })]),
            ],
            60,
          ),
        ],
      }),
    ],
  });
  const change = changeLine(report);
  const body: (Paragraph | Table)[] = [
    header,
    centered([run('BÁO CÁO', { bold: true, size: 28 })], 0),
    centered([
      run(`Kết quả thực hiện nhiệm vụ được giao ${report.period.label.toLowerCase()}`, { bold: true }),
    ]),
    centered([run(`(${report.scope.label})`, { italics: true })], 240),
    para([run(`${dataLine(report)}.`, { italics: true })], { indent: true }),
    para([run('I. KẾT QUẢ THỰC HIỆN', { bold: true })], { before: 120 }),
    para(
      [
        run(
          `Tổng số nhiệm vụ được giao: ${s.total} nhiệm vụ (giao trong kỳ: ${s.assignedInPeriod}). ` +
            `Đã hoàn thành ${s.doneOnTime + s.doneLate} nhiệm vụ, trong đó đúng hạn ${s.doneOnTime}, quá hạn ${s.doneLate}; ` +
            `đang thực hiện ${s.openWithinDeadline + s.openOverdue} nhiệm vụ, trong đó trong hạn ${s.openWithinDeadline}, quá hạn ${s.openOverdue}.`,
        ),
      ],
      { indent: true },
    ),
    ...(change ? [para([run(change)], { indent: true })] : []),
    grid(
      ['Chỉ tiêu', 'Số liệu'],
      summaryRows(s).map(([l, v]) => [l, v]),
    ),
    para([run('II. XẾP HẠNG ĐƠN VỊ', { bold: true })], { before: 240 }),
    grid(UNIT_HEADERS, report.units.map(unitRow)),
    para([run('III. ĐƠN VỊ CHẬM TIẾN ĐỘ VÀ NGUYÊN NHÂN', { bold: true })], { before: 240 }),
    ...(report.lateUnits.length
      ? [grid(LATE_HEADERS, lateRows(report))]
      : [para([run('Không có nhiệm vụ quá hạn tại thời điểm chốt số liệu.')], { indent: true })]),
    para([run('IV. DANH MỤC NHIỆM VỤ', { bold: true })], { before: 240 }),
    grid(TASK_HEADERS, report.tasks.map(taskRow)),
    para([run('')], { after: 240 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          children: [
            cell(
              [
                para([run('Nơi nhận:', { bold: true, italics: true, size: 24 })], {
                  align: AlignmentType.LEFT,
                  after: 0,
                }),
                ...head.recipients.map((r, i) =>
                  para([run(`- ${r}${i === head.recipients.length - 1 ? '.' : ';'}`, { size: 22 })], {
                    align: AlignmentType.LEFT,
                    after: 0,
                  }),
                ),
                para([run('- Lưu: VT.', { size: 22 })], { align: AlignmentType.LEFT, after: 0 }),
              ],
              50,
            ),
            cell(
              [
                ...(head.signer.authority
                  ? [centered([run(head.signer.authority.toUpperCase(), { bold: true })])]
                  : []),
                centered([run(head.signer.title.toUpperCase(), { bold: true })], 1200),
                centered([run(head.signer.name, { bold: true })]),
              ],
              50,
            ),
          ],
        }),
      ],
    }),
  ];
  const doc = new Document({
    creator: 'dondoc',
    title: `Báo cáo ${report.period.label}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
            // Nghị định 30/2020: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children: body,
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
