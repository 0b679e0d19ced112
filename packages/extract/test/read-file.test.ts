import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  ExtractError,
  type ExtractErrorCode,
  extractFile,
  MAX_FILE_BYTES,
  readDocumentText,
  sniffFormat,
} from '../src';
import { makeDocx, makePdf } from './fixtures';

async function refusal(bytes: Uint8Array): Promise<ExtractErrorCode> {
  try {
    await readDocumentText(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).message).toMatch(/\p{L}/u);
    return (err as ExtractError).code;
  }
  throw new Error('the input was accepted');
}

describe('reading a PDF', () => {
  it('reads the text layer with its Vietnamese marks and extracts the tasks', async () => {
    const result = await extractFile(await makePdf());
    expect(result.format).toBe('pdf');
    expect(result.document).toMatchObject({
      number: '15/UBND-KGVX',
      date: '2026-01-05',
      signer: 'Nguyễn Văn An',
    });
    expect(result.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['Sở Khoa học và Công nghệ'], { type: 'date', date: '2026-03-31' }],
      [['Công an tỉnh'], { type: 'period', end: '2026-06-30', label: 'trong Quý II/2026' }],
    ]);
    expect(result.tasks[0]!.support).toEqual(['Sở Nội vụ']);
  });

  it('rebuilds table rows from the columns of the page', async () => {
    const result = await extractFile(await makePdf({ table: true }));
    const rows = result.tasks.slice(-2);
    expect(rows.map((t) => [t.text, t.lead, t.due])).toEqual([
      [
        'Số hóa hồ sơ thủ tục hành chính',
        ['Sở Nội vụ'],
        { type: 'period', end: '2026-09-30', label: 'Quý III/2026' },
      ],
      [
        'Kết nối cơ sở dữ liệu đất đai với Cổng dịch vụ công',
        ['Sở Nông nghiệp và Môi trường'],
        { type: 'date', date: '2026-09-30' },
      ],
    ]);
  });

  it('refuses a PDF with no text layer', async () => {
    expect(await refusal(await makePdf({ empty: true }))).toBe('no_text_layer');
  });

  it('refuses a password-protected PDF', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage().drawText('Directive text behind a password', { x: 50, y: 700, font, size: 12 });
    doc.encrypt({ userPassword: 'mat-khau', ownerPassword: 'chu-so-huu' });
    expect(await refusal(await doc.save())).toBe('encrypted');
  });

  it('refuses a broken PDF', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> garbage'))).toBe('unreadable');
  });
});

describe('reading a DOCX', () => {
  it('reads paragraphs and table rows', async () => {
    const result = await extractFile(await makeDocx());
    expect(result.format).toBe('docx');
    expect(result.document.recipients).toEqual(['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường']);
    expect(result.tasks.map((t) => t.lead)).toEqual([
      ['Sở Khoa học và Công nghệ'],
      ['Công an tỉnh'],
      ['Sở Nội vụ'],
      ['Sở Nông nghiệp và Môi trường'],
    ]);
  });

  it('refuses a zip that is not a Word document, and a legacy .doc', async () => {
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBe('unsupported_format');
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'unsupported_format',
    );
  });
});

describe('reading plain text', () => {
  const sample = 'Số: 12/UBND-VX\n1. Sở Nội vụ rà soát biên chế, hoàn thành trước ngày 31/3/2025.';

  it('reads UTF-8 and UTF-16 with a byte-order mark alike', async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(sample, (c) => c.charCodeAt(0)).buffer),
    ]);
    expect((await readDocumentText(utf16)).text).toBe(
      (await readDocumentText(new TextEncoder().encode(sample))).text,
    );
  });

  it('converts Windows-1258 text', async () => {
    // "Sở Tư pháp" in Windows-1258: ơ 0xF5 with the combining hook 0xD2, ư 0xFD, á 0xE1
    const bytes = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0x54, 0xfd, 0x20, 0x70, 0x68, 0xe1, 0x70]);
    expect((await readDocumentText(bytes)).text).toBe('Sở Tư pháp');
  });

  it('refuses TCVN3 (ABC) text with a way out', async () => {
    const tcvn3 = new Uint8Array(
      Array.from({ length: 400 }, (_, i) => [0x53, 0xb8, 0x20, 0xb5, 0xb6][i % 5]!),
    );
    expect(await refusal(tcvn3)).toBe('legacy_encoding');
  });

  it('refuses empty, binary and oversized input', async () => {
    expect(await refusal(new Uint8Array())).toBe('empty');
    expect(await refusal(new TextEncoder().encode('   \n\n  '))).toBe('empty');
    expect(await refusal(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]))).toBe('binary');
    expect(await refusal(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61))).toBe('too_large');
  });

  it('refuses a 20 MB text quickly instead of working through it', async () => {
    const big = new TextEncoder().encode('Sở Nội vụ rà soát. '.repeat(Math.ceil((19 * 1024 * 1024) / 24)));
    expect(await refusal(big)).toBe('too_large');
  });

  it('tells formats by their bytes', () => {
    expect(sniffFormat(new TextEncoder().encode('%PDF-1.4'))).toBe('pdf');
    expect(sniffFormat(new TextEncoder().encode('Kính gửi'))).toBe('text');
  });
});
