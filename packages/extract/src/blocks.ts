/**
 * Reflows a directive's lines into blocks: one block per numbered item or paragraph. Text from
 * PDFs is soft-wrapped at the page width and often has a blank line after every line, so blank
 * lines mean nothing; a block starts at a numbering mark, or after a line that ends a sentence and
 * is followed by a capital, or after a short line (a heading) followed by a capital.
 */

import { singleSpaced } from './normalize';

export interface Line {
  text: string;
  start: number;
  end: number;
  /** A blank line stands before this one. */
  gapBefore?: boolean;
}

export type MarkerKind =
  | 'roman' // I. II.
  | 'upper' // A. B.
  | 'article' // Điều 1.
  | 'decimal' // 1. 2. (depth 1) 1.1. (depth 2) ...
  | 'letter' // a) b) đ) b1)
  | 'paren' // (1) (2) at the start of a line
  | 'ordinal' // Thứ nhất, Thứ hai
  | 'dash' // - – •
  | 'plus'; // +

export interface Marker {
  kind: MarkerKind;
  /** For decimals, how many numbers ("2.1.3." is 3). */
  depth: number;
  label: string;
  /** Length of the mark and the space after it in the block's first line. */
  length: number;
}

export interface Block {
  marker: Marker | null;
  lines: Line[];
}

const ORDINALS = 'nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba| bốn| lăm)?';

type MarkerRule = [RegExp, MarkerKind, (m: RegExpExecArray) => { label: string; depth?: number }, RegExp?];

/** Numbering marks in the order they are tried; the optional last pattern vetoes a match. */
const MARKER_RULES: MarkerRule[] = [
  [/^([IVXL]{1,6})\s*[.:-](?:\s*(?=\S)|$)/u, 'roman', (m) => ({ label: m[1]! }), /^[IVXL]+\.\d/],
  [/^([IVXL]{1,6})$/u, 'roman', (m) => ({ label: m[1]! })],
  [/^Điều\s+(\d+)\s*[.:]\s*/u, 'article', (m) => ({ label: m[1]! })],
  [/^([A-HK-Z])\s*[.)]\s+(?=\p{Lu})/u, 'upper', (m) => ({ label: m[1]! })],
  [
    /^(\d{1,2}(?:\.\d{1,2}){1,4})\.?\)?(?:\s+(?=\S)|$)/u,
    'decimal',
    (m) => ({ label: m[1]!, depth: m[1]!.split('.').length }),
    /^\d+\.\d{3}/,
  ],
  [/^(\d{1,2})\s*[.)]\s*/u, 'decimal', (m) => ({ label: m[1]! }), /^\d+\.\d/],
  [/^([a-zđ]\d?)\s*\)\s*/u, 'letter', (m) => ({ label: m[1]! })],
  [/^([a-eg-iđ])\.\s+(?=\p{Lu})/u, 'letter', (m) => ({ label: m[1]! })],
  [/^\((\d{1,2}|[a-zđ])\)\.?\s*/u, 'paren', (m) => ({ label: m[1]! })],
  [new RegExp(`^Thứ (${ORDINALS})\\s*[,:.]\\s*`, 'iu'), 'ordinal', (m) => ({ label: `Thứ ${m[1]}` })],
  [/^[-–—•·](?:\s*(?=\S)|$)/u, 'dash', () => ({ label: '-' })],
  [/^\+(?:\s*(?=\S)|$)/u, 'plus', () => ({ label: '+' })],
];

export function matchMarker(text: string): Marker | null {
  for (const [re, kind, read, veto] of MARKER_RULES) {
    const m = re.exec(text);
    if (!m || veto?.test(text)) continue;
    const { label, depth } = read(m);
    return { kind, depth: depth ?? 1, label, length: m[0].length };
  }
  return null;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const out: Line[] = [];
  let start = from;
  let gap = false;
  while (start < to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const raw = text.slice(start, end);
    if (raw.trim()) {
      out.push({ text: raw, start, end, gapBefore: gap });
      gap = false;
    } else gap = true;
    start = end + 1;
  }
  return out;
}

/** The width of a full line of this document's body, to tell a paragraph's last line from a wrapped one. */
export function typicalWidth(lines: Line[]): number {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 80;
}

const ENDS_SENTENCE = /[.;:!?]["”’)]?$|\.\/\.$/u;
const STARTS_CAPITAL = /^["“‘(]?[\p{Lu}\d]/u;

/** A line holding only a numbering mark ("1.", "a)") whose item text starts on the next line. */
function isBareMarker(text: string): boolean {
  return /^(\d{1,2}(\.\d{1,2})*\.?|[a-zđ]\d?\)|[IVXL]{1,6}\.?|\(\d{1,2}\)|[-–+•])$/u.test(text);
}

export function reflow(lines: Line[], width = typicalWidth(lines)): Block[] {
  const blocks: Block[] = [];
  // HTML conversions separate paragraphs by blank lines; PDF text has one after nearly every line
  const gapsSeparateParagraphs = blankLinesSeparateParagraphs(lines);
  let current: Block | null = null;
  let prev: Line | null = null;
  const caps = new Map<Line, boolean>();
  const isAllCapsLine = (l: Line) => {
    const known = caps.get(l);
    if (known !== undefined) return known;
    const found = isAllCaps(l.text);
    caps.set(l, found);
    return found;
  };
  for (const line of lines) {
    const marker = matchMarker(line.text);
    // "… theo Nghị quyết số 66/NQ-CP về" / "TTHC.": an abbreviation ending a sentence is no heading
    const endsSentenceInCaps = prev !== null && !ENDS_SENTENCE.test(prev.text) && /[.;,]$/u.test(line.text);
    const isHeading = prev !== null && isAllCapsLine(line) && !isAllCapsLine(prev) && !endsSentenceInCaps;
    const afterBareMarker =
      prev !== null && current !== null && current.lines.length === 1 && isBareMarker(prev.text);
    const goesOn =
      current !== null &&
      prev !== null &&
      marker === null &&
      firstLineGoesOn(current, prev, line, gapsSeparateParagraphs);
    const newBlock =
      !goesOn &&
      (!current ||
        prev === null ||
        (!afterBareMarker && marker === null && line.gapBefore && gapsSeparateParagraphs) ||
        (marker !== null && !afterBareMarker && !continuesWord(prev.text, line.text, marker)) ||
        (!afterBareMarker && isHeading) ||
        (!afterBareMarker &&
          !(gapsSeparateParagraphs && !line.gapBefore) &&
          STARTS_CAPITAL.test(line.text) &&
          (ENDS_SENTENCE.test(prev.text) ||
            (prev.text.length < width * 0.6 && !/[,(\-–]$/u.test(prev.text)))) ||
        (isAllCapsLine(prev) && !isAllCapsLine(line) && STARTS_CAPITAL.test(line.text)));
    if (newBlock) {
      current = { marker, lines: [line] };
      blocks.push(current);
    } else {
      current!.lines.push(line);
    }
    prev = line;
  }
  return blocks;
}

/**
 * Double-spaced PDF text has a blank line after nearly every line; HTML text separates paragraphs by
 * blank lines, and a paragraph is a chunk of several lines unless most paragraphs fit on two.
 */
function blankLinesSeparateParagraphs(lines: Line[]): boolean {
  const gaps = lines.filter((l) => l.gapBefore).length;
  if (gaps === 0) return false;
  if (gaps < lines.length * 0.45) return true;
  let chunks = 0;
  let multi = 0;
  lines.forEach((l, i) => {
    if (i === 0 || l.gapBefore) chunks++;
    else if (lines[i - 1]!.gapBefore || i === 1) multi++;
  });
  return multi >= chunks * 0.3;
}

/**
 * HTML conversions cut the first line of a paragraph short ("IV. NỘI" / "DUNG TRIỂN KHAI", "- Phối
 * hợp với Bộ đội" / "Biên phòng …"): a marked first line without final punctuation goes on with the
 * next line when no blank line parts them, or, in PDF text, when both are upper case.
 */
function firstLineGoesOn(current: Block, prev: Line, line: Line, gapsSeparateParagraphs: boolean): boolean {
  if (!current.marker || current.lines.length !== 1 || ENDS_SENTENCE.test(prev.text)) return false;
  if (gapsSeparateParagraphs) return !line.gapBefore;
  const title = prev.text.slice(current.marker.length);
  const upper = (t: string) => /\p{Lu}/u.test(t) && t === t.toUpperCase();
  return upper(title) && upper(line.text) && isAllCaps(`${title} ${line.text}`);
}

/** A wrapped line may begin with "2025." or "- phục vụ": only a mark after a finished line starts an item. */
function continuesWord(prev: string, next: string, marker: Marker): boolean {
  if (ENDS_SENTENCE.test(prev)) return false;
  if (marker.kind === 'dash' || marker.kind === 'plus')
    // "… giai đoạn 2016" / "- 2025”;": a range of years wrapped at its dash
    return (
      (/[\p{Ll},]$/u.test(prev) && /^[-–]\s*\p{Ll}/u.test(next)) ||
      (/(?<![\p{L}\p{N}])\d{4}$/u.test(prev) && /^[-–]\s*\d{4}(?!\d)/u.test(next))
    );
  if (marker.kind === 'decimal' && marker.depth === 1)
    return /\p{Ll}$/u.test(prev) && /(?<![\p{L}\p{N}])(năm|ngày|tháng|số|khoản|điểm|mục)$/u.test(prev);
  if (marker.kind === 'paren')
    return /\p{Ll}$/u.test(prev) && prev.length > 40 && /^\(\d+\)\s*\p{Ll}/u.test(next) === false;
  return false;
}

export function isAllCaps(text: string): boolean {
  // a lower-case ASCII letter is a letter that upper case changes (the common case, decided early)
  if (/[a-z]/.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

const blockTexts = new WeakMap<Block, { lines: number; text: string }>();

/** A block's text: lines joined by a space, or glued where a word was split at an attached hyphen. */
export function blockText(block: Block): string {
  // the outline and the task rules ask for the same block's text many times
  const known = blockTexts.get(block);
  if (known && known.lines === block.lines.length) return known.text;
  const text = joinBlock(block);
  blockTexts.set(block, { lines: block.lines.length, text });
  return text;
}

function joinBlock(block: Block): string {
  let out = '';
  block.lines.forEach((line, i) => {
    const text = i === 0 && block.marker ? line.text.slice(block.marker.length) : line.text;
    if (!out) out = text;
    else if (/[\p{L}\d]-$/u.test(out) && /^[\p{Lu}\d]/u.test(text)) out += text;
    else out += ` ${text}`;
  });
  return singleSpaced(out).trim();
}
