import { docxToText } from './docx';
import { ExtractError } from './errors';
import { extractNormalized } from './extract';
import { decodeText, normalizeText } from './normalize';
import { pdfToText } from './pdf';
import type { Directive } from './types';

/** Largest file the extractor reads: directives are a few MB at most even with scanned seals. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type SourceFormat = 'pdf' | 'docx' | 'text';

/** Tells the format from the bytes themselves, never from a file name. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf'; // %PDF
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    if (head.includes('word/')) return 'docx';
    throw new ExtractError(
      'unsupported_format',
      'Tệp nén không phải văn bản Word (DOCX); hãy tải lên PDF, DOCX hoặc TXT.',
    );
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new ExtractError(
      'unsupported_format',
      'Tệp Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại dưới dạng DOCX hoặc PDF.',
    );
  }
  return 'text';
}

/** Bounds a caller may set on what a file may make the reader do. */
export interface ReadLimits {
  /** A PDF with more pages is refused before its pages are read. */
  maxPages?: number;
}

/** The normalised text of a PDF, DOCX or plain-text file. */
export async function readDocumentText(
  bytes: Uint8Array,
  limits: ReadLimits = {},
): Promise<{ format: SourceFormat; text: string }> {
  if (bytes.length === 0) throw new ExtractError('empty', 'Tệp rỗng, không có nội dung văn bản.');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ExtractError('too_large', `Tệp quá lớn (tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB).`);
  }
  const format = sniffFormat(bytes);
  const raw =
    format === 'pdf'
      ? await pdfToText(bytes, limits.maxPages)
      : format === 'docx'
        ? await docxToText(bytes)
        : decodeText(bytes);
  return { format, text: normalizeText(raw) };
}

/** Extracts a directive from a file's bytes; the spans refer to the returned `text`. */
export async function extractFile(
  bytes: Uint8Array,
  limits: ReadLimits = {},
): Promise<Directive & { format: SourceFormat; text: string }> {
  const { format, text } = await readDocumentText(bytes, limits);
  return { ...extractNormalized(text), format, text };
}
