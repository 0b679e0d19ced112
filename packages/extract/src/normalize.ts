import { ExtractError } from './errors';

/** Directives run to tens of pages; anything far larger is not one and would only waste time. */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with a BOM. Windows-1258 text is
 * converted; TCVN3 (ABC) font-encoded text cannot be told from Latin-1 reliably enough to convert,
 * so it is refused with a message saying how to fix it.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ExtractError('empty', 'Tệp rỗng, không có nội dung văn bản.');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new ExtractError(
      'binary',
      'Tệp không phải văn bản (dữ liệu nhị phân); hãy tải lên tệp PDF, DOCX hoặc TXT.',
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('windows-1258').decode(bytes);
    if (looksTcvn3(text)) {
      throw new ExtractError(
        'legacy_encoding',
        'Văn bản dùng bảng mã cũ TCVN3 (ABC); hãy chuyển sang Unicode (ví dụ bằng Unikey) rồi tải lên lại.',
      );
    }
    return text;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

/** TCVN3 puts Vietnamese letters on Latin-1 symbols: a text full of them is TCVN3, not Vietnamese. */
function looksTcvn3(text: string): boolean {
  const symbols = text.match(/[¸µ¶·¹¨»¾¼½Æ©ÇÊÈÉËªÍÌÎÏÑ«®Õ]/g)?.length ?? 0;
  return symbols > 20 && symbols > text.length * 0.01;
}

/**
 * The one text every offset refers to: NFC, LF line ends, no tabs, no non-breaking or zero-width
 * spaces, no markdown emphasis, lines trimmed, runs of blank lines folded to one.
 */
export function normalizeText(input: string): string {
  if (input.length > MAX_TEXT_CHARS) {
    throw new ExtractError(
      'too_large',
      `Văn bản quá dài (${input.length.toLocaleString('vi-VN')} ký tự, tối đa ${MAX_TEXT_CHARS.toLocaleString('vi-VN')}).`,
    );
  }
  const text = input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/\*\*|__/g, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!/\p{L}{2}/u.test(text)) throw new ExtractError('empty', 'Văn bản không có nội dung chữ để bóc tách.');
  return text;
}

/** Folds whitespace to single spaces, as task texts are compared and shown. */
export function squash(text: string): string {
  return singleSpaced(text).trim();
}

/**
 * Every run of whitespace as one space, as `text.replace(/\s+/g, ' ')` gives, without replacing
 * each single space by another (most of a text's whitespace is single spaces).
 */
export function singleSpaced(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ');
}

/** The text without the run of `chars` at its end (a loop: a pattern ending in `+$` is tried at every character). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Footnote marks a PDF leaves glued to a word: one or two digits right after two lower-case letters,
 * then a separator or the end ("trên địa bàn tỉnh1;"). The scan looks for the digits first and only
 * then at the letters before them: a pattern that opens on \p{Ll}{2,} retries at every letter of the text.
 */
const GLUED_DIGITS = /(?<!\d)\d{1,2}(?=[\s;,.:]|$)/g;
const TWO_LOWER_BEFORE = /\p{Ll}{2}$/u;

function gluedToWord(text: string, at: number): boolean {
  // two letters take at most four UTF-16 units
  return TWO_LOWER_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

/** The footnote marks glued to words in a text (their digits). */
export function footnoteMarks(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GLUED_DIGITS)) if (gluedToWord(text, m.index)) out.push(m[0]);
  return out;
}

/** The text without the footnote marks glued to its words. */
export function dropFootnoteMarks(text: string): string {
  return text.replace(GLUED_DIGITS, (digits: string, at: number) => (gluedToWord(text, at) ? '' : digits));
}
