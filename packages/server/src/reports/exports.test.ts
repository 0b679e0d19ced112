import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/api-harness';
import { ctxAs, followDirective } from '../../test/report-world';
import { buildReport, type PeriodicReport } from './build-report';
import { reportCsv } from './export-csv';
import { type Letterhead, reportDocx } from './export-docx';
import { reportPdf } from './export-pdf';
import { reportXlsx } from './export-xlsx';
import { TIMELINESS_LABEL } from './report-text';

const HEAD: Letterhead = {
  parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
  body: 'Văn phòng',
  abbreviation: 'VP',
  place: 'Thử Nghiệm',
  recipients: ['Văn phòng Chính phủ', 'Thường trực Tỉnh ủy', 'Chủ tịch, các PCT UBND tỉnh'],
  signer: { authority: 'KT. Chánh Văn phòng', title: 'Phó Chánh Văn phòng', name: 'Trần Thị Bình' },
};

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
  const out: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    out.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return out.join('\n').replace(/\s+/g, ' ');
}

/** The four exports of the November 2025 report, read back and compared with the model's figures. */
describe('the periodic report’s exports', () => {
  let world: World;
  let report: PeriodicReport;

  beforeAll(async () => {
    world = await createWorld('pglite');
    const ids = await followDirective(world);
    report = await buildReport(await ctxAs(world, 'lanhdao'), {
      period: '2025-11',
      scope: { directiveId: ids.directive },
    });
    expect(report.summary).toMatchObject({ total: 4, doneOnTime: 1, doneLate: 1, openOverdue: 1 });
  });
  afterAll(async () => {
    await world?.close();
  });

  it('XLSX: one sheet per part, frozen header and filters, the figures and the status colours', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportXlsx(report)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Nhiệm vụ',
      'Xếp hạng đơn vị',
      'Đơn vị chậm',
    ]);
    const summary = book.getWorksheet('Tổng hợp')!;
    const figure = (label: string) => {
      for (let r = 6; r <= 14; r++)
        if (summary.getCell(`A${r}`).value === label) return summary.getCell(`B${r}`).value;
      return undefined;
    };
    expect(figure('Hoàn thành đúng hạn')).toBe(report.summary.doneOnTime);
    expect(figure('Hoàn thành quá hạn')).toBe(report.summary.doneLate);
    expect(figure('Đang thực hiện quá hạn')).toBe(report.summary.openOverdue);
    expect(figure('Tỷ lệ hoàn thành đúng hạn')).toBe('33,3%'); // 1 on time of 3 due
    expect(summary.getCell('C5').value).toBe('Tháng 10 năm 2025');

    const tasks = book.getWorksheet('Nhiệm vụ')!;
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.autoFilter).toBeTruthy();
    expect(tasks.rowCount).toBe(report.tasks.length + 1);
    const overdue = report.tasks.findIndex((t) => t.timeliness === 'open_overdue');
    const cell = tasks.getRow(overdue + 2).getCell(6);
    expect(cell.value).toBe(TIMELINESS_LABEL.open_overdue);
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(tasks.getColumn(3).width).toBeGreaterThanOrEqual(50);

    const units = book.getWorksheet('Xếp hạng đơn vị')!;
    expect(units.getRow(2).values).toEqual([
      undefined,
      1,
      'Sở Khoa học và Công nghệ',
      2,
      1,
      0,
      0,
      1,
      '50,0%',
    ]);
    const late = book.getWorksheet('Đơn vị chậm')!;
    expect(late.getRow(2).getCell(5).value).toBe('Chờ hướng dẫn của Bộ Nội vụ về định dạng lưu trữ.');
  });

  it('DOCX: the Nghị định 30/2020 layout in Times New Roman, with the figures', async () => {
    const bytes = await reportDocx(report, HEAD);
    const text = (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM VĂN PHÒNG');
    expect(text).toContain('Số: /BC-VP');
    expect(text).toContain('Thử Nghiệm, ngày … tháng … năm …');
    expect(text).toContain('Số liệu tính từ ngày 15/10/2025 đến ngày 14/11/2025');
    const s = report.summary;
    expect(text).toContain(
      `Tổng số nhiệm vụ được giao: ${s.total} nhiệm vụ (giao trong kỳ: ${s.assignedInPeriod}). ` +
        `Đã hoàn thành ${s.doneOnTime + s.doneLate} nhiệm vụ, trong đó đúng hạn ${s.doneOnTime}, quá hạn ${s.doneLate}; ` +
        `đang thực hiện ${s.openWithinDeadline + s.openOverdue} nhiệm vụ, trong đó trong hạn ${s.openWithinDeadline}, quá hạn ${s.openOverdue}.`,
    );
    expect(text).toContain('Nơi nhận: - Văn phòng Chính phủ;');
    expect(text).toContain('KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG Trần Thị Bình');
    expect(text).toContain('Chờ hướng dẫn của Bộ Nội vụ về định dạng lưu trữ.');
    // the font of every run: Times New Roman, 13 pt for the body
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const fonts = new Set([...xml.matchAll(/w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect(fonts).toEqual(new Set(['Times New Roman']));
    expect(xml).toContain('<w:sz w:val="26"/>');
  });

  it('PDF: the same text with its Vietnamese letters, and the figures', async () => {
    const text = await pdfText(await reportPdf(report, HEAD));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain(`đúng hạn ${report.summary.doneOnTime}, quá hạn ${report.summary.doneLate}`);
    expect(text).toContain('Sở Khoa học và Công nghệ');
    expect(text).toContain('Trần Thị Bình');
  });

  it('CSV: UTF-8 with a byte-order mark, a row per task with its status', async () => {
    const bytes = reportCsv(report);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'STT,Văn bản,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng,Tiến độ (%),Báo cáo gần nhất,Nội dung báo cáo,"Khó khăn, vướng mắc"',
    );
    expect(lines).toHaveLength(report.tasks.length + 1);
    for (const [label, n] of [
      [TIMELINESS_LABEL.done_on_time, report.summary.doneOnTime],
      [TIMELINESS_LABEL.done_late, report.summary.doneLate],
      [TIMELINESS_LABEL.open_overdue, report.summary.openOverdue],
    ] as const)
      expect(lines.filter((l) => l.includes(`,${label},`))).toHaveLength(n);
  });
});
