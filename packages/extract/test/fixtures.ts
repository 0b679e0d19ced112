import { createRequire } from 'node:module';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** Builds real PDF and DOCX files of a small directive, so readers are tested on what Word and PDF writers produce. */

const require = createRequire(import.meta.url);

export const DIRECTIVE_LINES = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH MAI SƠN',
  'Số: 15/UBND-KGVX',
  'V/v triển khai nhiệm vụ chuyển đổi số năm 2026',
  'Mai Sơn, ngày 05 tháng 01 năm 2026',
  'Kính gửi:',
  '- Các sở, ban, ngành tỉnh;',
  '- Ủy ban nhân dân các xã, phường.',
  'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:',
  '1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ xây dựng kế hoạch chuyển đổi số, hoàn thành trước ngày 31/3/2026.',
  '2. Công an tỉnh rà soát, làm sạch dữ liệu dân cư trong Quý II/2026.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT.',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
];

export const TABLE_ROWS = [
  ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
  ['1', 'Số hóa hồ sơ thủ tục hành chính', 'Sở Nội vụ', 'Quý III/2026'],
  [
    '2',
    'Kết nối cơ sở dữ liệu đất đai với Cổng dịch vụ công',
    'Sở Nông nghiệp và Môi trường',
    'Trước ngày 30/9/2026',
  ],
];

export async function makePdf(options: { table?: boolean; empty?: boolean } = {}): Promise<Uint8Array> {
  const pdfmake = require('pdfmake');
  const fonts = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts/Roboto');
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(fonts, 'Roboto-Regular.ttf'),
      bold: path.join(fonts, 'Roboto-Medium.ttf'),
      italics: path.join(fonts, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fonts, 'Roboto-MediumItalic.ttf'),
    },
  });
  pdfmake.setLocalAccessPolicy(() => true);
  const content: unknown[] = options.empty
    ? [{ canvas: [{ type: 'rect', x: 0, y: 0, w: 100, h: 100 }] }]
    : DIRECTIVE_LINES.map((text) => ({ text }));
  if (options.table) {
    content.splice(11, 0, 'PHỤ LỤC NHIỆM VỤ', {
      table: { widths: [30, 220, 120, 90], body: TABLE_ROWS },
    });
  }
  const doc = pdfmake.createPdf({ content, defaultStyle: { font: 'Roboto', fontSize: 11 } });
  return new Uint8Array(await doc.getBuffer());
}

export async function makeDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          ...DIRECTIVE_LINES.slice(0, 11).map((text) => new Paragraph({ children: [new TextRun(text)] })),
          new Paragraph('PHỤ LỤC NHIỆM VỤ'),
          new Table({ rows: TABLE_ROWS.map((r) => new TableRow({ children: r.map(cell) })) }),
          ...DIRECTIVE_LINES.slice(11).map((text) => new Paragraph(text)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
