import { createRequire } from 'node:module';
import path from 'node:path';
import type { PeriodicReport } from './build-report';
import type { Letterhead } from './export-docx';
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

interface PdfMake {
  setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
  setLocalAccessPolicy(allow: (file: string) => boolean): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
let pdfmake: PdfMake | null = null;

/**
 * pdfmake with the Roboto that ships in its package (it has every Vietnamese glyph), so the PDF
 * needs no font from the machine; it may read those files and nothing else, and fetch no URL.
 */
function printer(): PdfMake {
  if (pdfmake) return pdfmake;
  const p = require('pdfmake') as PdfMake;
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  p.setFonts({
    Roboto: {
      normal: path.join(dir, 'Roboto-Regular.ttf'),
      bold: path.join(dir, 'Roboto-Medium.ttf'),
      italics: path.join(dir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
    },
  });
  p.setLocalAccessPolicy((file) => path.resolve(file).startsWith(dir + path.sep));
  p.setUrlAccessPolicy(() => false);
  pdfmake = p;
  return p;
}

const grid = (headers: readonly string[], rows: (string | number)[][], widths: (number | string)[]) => ({
  table: {
    headerRows: 1,
    widths,
    body: [
      headers.map((h) => ({ text: h, bold: true, alignment: 'center' })),
      ...rows.map((r) => r.map(String)),
    ],
  },
  fontSize: 9,
  margin: [0, 4, 0, 8],
});

/** The same report as the DOCX, as a PDF (A4 landscape). */
export async function reportPdf(report: PeriodicReport, head: Letterhead): Promise<Buffer> {
  const s = report.summary;
  const change = changeLine(report);
  const doc = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [60, 40, 40, 40],
    info: { title: `Báo cáo ${report.period.label}`, creator: 'dondoc' },
    defaultStyle: { font: 'Roboto', fontSize: 11 },
    content: [
      {
        columns: [
          {
            width: '40%',
            stack: [
              ...(head.parentBody ? [{ text: head.parentBody.toUpperCase() }] : []),
              { text: head.body.toUpperCase(), bold: true },
              { text: `Số:        /BC-${head.abbreviation}`, margin: [0, 6, 0, 0] },
            ],
            alignment: 'center',
          },
          {
            width: '60%',
            stack: [
              { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
              { text: 'Độc lập - Tự do - Hạnh phúc', bold: true },
              { text: `${head.place || '……'}, ngày … tháng … năm …`, italics: true, margin: [0, 6, 0, 0] },
            ],
            alignment: 'center',
          },
        ],
      },
      { text: 'BÁO CÁO', bold: true, fontSize: 14, alignment: 'center', margin: [0, 16, 0, 0] },
      {
        text: `Kết quả thực hiện nhiệm vụ được giao ${report.period.label.toLowerCase()}`,
        bold: true,
        alignment: 'center',
      },
      { text: `(${report.scope.label})`, italics: true, alignment: 'center', margin: [0, 0, 0, 10] },
      { text: `${dataLine(report)}.`, italics: true },
      { text: 'I. KẾT QUẢ THỰC HIỆN', bold: true, margin: [0, 8, 0, 2] },
      {
        text:
          `Tổng số nhiệm vụ được giao: ${s.total} nhiệm vụ (giao trong kỳ: ${s.assignedInPeriod}). ` +
          `Đã hoàn thành ${s.doneOnTime + s.doneLate} nhiệm vụ, trong đó đúng hạn ${s.doneOnTime}, quá hạn ${s.doneLate}; ` +
          `đang thực hiện ${s.openWithinDeadline + s.openOverdue} nhiệm vụ, trong đó trong hạn ${s.openWithinDeadline}, quá hạn ${s.openOverdue}.`,
      },
      ...(change ? [{ text: change }] : []),
      grid(
        ['Chỉ tiêu', 'Số liệu'],
        summaryRows(s).map(([l, v]) => [l, v]),
        ['*', 80],
      ),
      { text: 'II. XẾP HẠNG ĐƠN VỊ', bold: true, margin: [0, 8, 0, 2] },
      grid(UNIT_HEADERS, report.units.map(unitRow), [30, '*', 50, 60, 60, 60, 60, 55]),
      { text: 'III. ĐƠN VỊ CHẬM TIẾN ĐỘ VÀ NGUYÊN NHÂN', bold: true, margin: [0, 8, 0, 2] },
      report.lateUnits.length
        ? grid(LATE_HEADERS, lateRows(report), [120, '*', 55, 50, '*'])
        : { text: 'Không có nhiệm vụ quá hạn tại thời điểm chốt số liệu.' },
      { text: 'IV. DANH MỤC NHIỆM VỤ', bold: true, margin: [0, 8, 0, 2] },
      grid(TASK_HEADERS, report.tasks.map(taskRow), [22, 55, '*', 70, 50, 65, 35, 50, 90, 90]),
      {
        columns: [
          {
            width: '50%',
            stack: [
              { text: 'Nơi nhận:', bold: true, italics: true },
              ...head.recipients.map((r, i) => ({
                text: `- ${r}${i === head.recipients.length - 1 ? '.' : ';'}`,
                fontSize: 10,
              })),
              { text: '- Lưu: VT.', fontSize: 10 },
            ],
          },
          {
            width: '50%',
            alignment: 'center',
            stack: [
              ...(head.signer.authority ? [{ text: head.signer.authority.toUpperCase(), bold: true }] : []),
              { text: head.signer.title.toUpperCase(), bold: true, margin: [0, 0, 0, 50] },
              { text: head.signer.name, bold: true },
            ],
          },
        ],
        margin: [0, 16, 0, 0],
        unbreakable: true,
      },
    ],
  };
  return Buffer.from(await printer().createPdf(doc).getBuffer());
}
