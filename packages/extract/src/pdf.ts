import { ExtractError } from './errors';

/**
 * Reads a PDF's text layer with pdfjs and rebuilds its lines from the glyph positions: items on
 * one baseline form a line, a gap wider than a space becomes a space, and a gap of several
 * characters separates table cells. Table rows are written out one cell a line under their
 * serial number, the way the table parser reads them.
 */

interface Segment {
  x: number;
  end: number;
  text: string;
}

interface VisualLine {
  y: number;
  segments: Segment[];
  size: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

export async function pdfToText(bytes: Uint8Array, maxPages = Number.POSITIVE_INFINITY): Promise<string> {
  const lib = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ExtractError('encrypted', 'Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.');
    }
    throw new ExtractError('unreadable', 'Không đọc được tệp PDF (tệp hỏng hoặc không đúng định dạng).');
  }
  try {
    if (doc.numPages > maxPages) {
      throw new ExtractError(
        'too_large',
        `Tệp PDF có ${doc.numPages} trang, vượt giới hạn ${maxPages} trang; hãy tách phần văn bản chỉ đạo ra tệp riêng.`,
      );
    }
    const pages: string[] = [];
    let letters = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const lines = groupLines(content.items as { str: string; transform: number[]; width: number }[]);
      const text = renderLines(lines);
      letters += text.replace(/[^\p{L}]/gu, '').length;
      pages.push(text);
      page.cleanup();
    }
    if (letters < 20 * doc.numPages && letters < 200) {
      throw new ExtractError(
        'no_text_layer',
        'Tệp PDF không có lớp chữ (bản quét ảnh); hãy dùng bản PDF xuất từ Word hoặc nhận dạng chữ (OCR) trước.',
      );
    }
    const text = pages.join('\n\n');
    if (looksGarbled(text)) {
      throw new ExtractError(
        'unreadable',
        'Phông chữ trong tệp PDF không ánh xạ đúng sang Unicode nên dấu tiếng Việt bị lỗi; hãy xuất lại PDF từ tệp gốc hoặc tải lên tệp DOCX.',
      );
    }
    return text;
  } finally {
    await doc.destroy();
  }
}

/** Private-use glyphs or replacement characters in place of letters: a broken ToUnicode map. */
function looksGarbled(text: string): boolean {
  const bad = text.match(/[\uE000-\uF8FF\uFFFD]/gu)?.length ?? 0;
  return bad > 20 && bad > text.length * 0.02;
}

function groupLines(items: { str: string; transform: number[]; width: number }[]): VisualLine[] {
  const lines: VisualLine[] = [];
  for (const item of items) {
    if (!item.str.trim()) continue; // space items can span a whole gap between table cells
    const [a, , , d, x, y] = item.transform as [number, number, number, number, number, number];
    const size = Math.abs(d) || Math.abs(a) || 10;
    let line = lines.find((l) => Math.abs(l.y - y) < size * 0.4);
    if (!line) {
      line = { y, segments: [], size };
      lines.push(line);
    }
    line.segments.push({ x, end: x + item.width, text: item.str });
  }
  for (const line of lines) line.segments.sort((p, q) => p.x - q.x);
  return lines.sort((p, q) => q.y - p.y);
}

/** Joins a line's items into cells: a gap wider than about two spaces starts a new cell. */
function cells(line: VisualLine): Segment[] {
  const out: Segment[] = [];
  for (const seg of line.segments) {
    const last = out.at(-1);
    const gap = last ? seg.x - last.end : 0;
    if (last && gap < line.size * 0.6) {
      const space =
        gap > line.size * 0.15 && !last.text.endsWith(' ') && !seg.text.startsWith(' ') ? ' ' : '';
      last.text += space + seg.text;
      last.end = Math.max(last.end, seg.end);
    } else out.push({ ...seg });
  }
  for (const c of out) c.text = c.text.replace(/\s+/g, ' ').trim();
  return out.filter((c) => c.text);
}

const HEADER = /^(STT|TT)$/u;

function renderLines(lines: VisualLine[]): string {
  const out: string[] = [];
  let columns: number[] | null = null;
  let row: string[][] | null = null;
  const flushRow = () => {
    if (row) for (const cell of row) if (cell.length) out.push(cell.join(' '));
    row = null;
  };
  for (const line of lines) {
    const parts = cells(line);
    if (
      parts.length >= 3 &&
      HEADER.test(parts[0]!.text) &&
      parts.some((p) => /nhiệm vụ|nội dung/iu.test(p.text))
    ) {
      flushRow();
      columns = parts.map((p) => p.x);
      out.push(parts[0]!.text, ...parts.slice(1).map((p) => p.text));
      continue;
    }
    if (columns) {
      const cols = columns;
      const column = (x: number) => {
        let best = 0;
        for (let i = 0; i < cols.length; i++) if (x >= cols[i]! - 4) best = i;
        return best;
      };
      const first = parts[0];
      const startsRow = first && column(first.x) === 0 && /^(\d{1,3}|[IVX]{1,5})\.?$/u.test(first.text);
      const leavesTable =
        parts.length === 1 && first && first.x < cols[1]! - 4 && !startsRow && /\p{L}{3}/u.test(first.text);
      if (leavesTable) {
        flushRow();
        columns = null;
        out.push(first.text);
        continue;
      }
      if (startsRow) {
        flushRow();
        row = cols.map(() => []);
      }
      if (row) {
        const r: string[][] = row;
        for (const p of parts) r[column(p.x)]!.push(p.text);
        continue;
      }
    }
    out.push(parts.map((p) => p.text).join(' '));
  }
  flushRow();
  return out.join('\n');
}
