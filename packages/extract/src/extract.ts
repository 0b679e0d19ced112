import { type Line, matchMarker, reflow, splitLines } from './blocks';
import { parseDue } from './dates';
import { type Frame, parseFrame } from './header';
import { footnoteMarks, normalizeText } from './normalize';
import { buildOutline } from './outline';
import { isTableHeader, parseTable, type Table } from './tables';
import { type Context, tasksFromOutline, tasksFromTable } from './tasks';
import type { Directive, Task } from './types';
import { cleanUnit } from './units';

/** Extracts a directive from its plain text (any line breaks; the text is normalised first). */
export function extractText(input: string): Directive {
  return extractNormalized(normalizeText(input));
}

/** Extracts from text already normalised by `normalizeText`; spans are offsets into it. */
export function extractNormalized(text: string): Directive {
  const lines = splitLines(text);
  const frame = parseFrame(lines.map((l) => l.text));
  const tables = findTables(lines, frame);
  const inTable = new Set<number>();
  for (const t of tables) for (let i = t.titleIndex; i < t.end; i++) inTable.add(i);

  const base: Context = {
    lead: frame.document.recipients.map(cleanUnit),
    due: undefined,
    skip: 'none',
    ref: [],
    year: frame.year,
  };
  const footnotes = findFootnotes(lines);
  const bodyLines = lines
    .slice(frame.bodyStart, frame.bodyEnd)
    .filter((_, i) => !inTable.has(i + frame.bodyStart) && !footnotes.has(i + frame.bodyStart));
  const tasks: Task[] = tasksFromOutline(buildOutline(reflow(bodyLines)), base);
  if (frame.appendixStart >= 0) {
    const from = attachmentStart(lines, frame.appendixStart);
    const attached = lines.slice(from).filter((_, i) => !inTable.has(from + i));
    tasks.push(...tasksFromOutline(buildOutline(reflow(attached)), { ...base, lead: [], ref: ['PL'] }));
  }

  for (const table of tables) {
    const context = tableContext(lines, table, frame, base);
    tasks.push(...tasksFromTable(table, context));
  }
  return { document: frame.document, tasks };
}

/**
 * Footnotes a PDF drops at the foot of a page: "1 Mục đích …" where the body has a word with that
 * number glued to it ("trên địa bàn tỉnh1;"). The note runs until a line ends its sentence.
 */
function findFootnotes(lines: Line[]): Set<number> {
  const marks = new Set(footnoteMarks(lines.map((l) => l.text).join('\n')));
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\d{1,2}) \p{Lu}/u.exec(lines[i]!.text);
    if (!m || !marks.has(m[1]!)) continue;
    let j = i;
    while (j < lines.length && j < i + 6) {
      out.add(j);
      if (/[.;]$/u.test(lines[j]!.text) || matchMarker(lines[j + 1]?.text ?? '')) break;
      j++;
    }
    i = j;
  }
  return out;
}

/** Where the attached document's lines start, after its title block. */
function attachmentStart(lines: Line[], start: number): number {
  let i = start + 1;
  while (
    i < lines.length &&
    (lines[i]!.text === lines[i]!.text.toUpperCase() || /^\(.*(kèm theo|ban hành)/iu.test(lines[i]!.text))
  )
    i++;
  // the "(Kèm theo …)" note may wrap over lines
  while (i < lines.length && /^[\p{Ll}\d]/u.test(lines[i]!.text) && /\)$/u.test(lines[i]!.text)) i++;
  return i;
}

function findTables(lines: Line[], frame: Frame): Table[] {
  const tables: Table[] = [];
  const isBoundary = (i: number) =>
    /^PHỤ LỤC(?![\p{L}\p{N}])|^Nơi nhận/u.test(lines[i]!.text) ||
    (i === frame.bodyEnd &&
      frame.bodyEnd < lines.length &&
      i < (frame.appendixStart < 0 ? Infinity : frame.appendixStart)) ||
    /^[A-HK-Z]\.\s+\p{Lu}/u.test(lines[i]!.text);
  for (let i = frame.bodyStart; i < lines.length; i++) {
    const header = isTableHeader(lines, i);
    if (!header) continue;
    const table = parseTable(lines, i, header, (j) => j > i + header.length && isBoundary(j));
    if (table.rows.length) tables.push({ ...table, titleIndex: sectionTitleIndex(lines, i) });
    i = Math.max(i, table.end - 1);
  }
  return tables;
}

/** The "A. Các nhiệm vụ tại …" line that names the table just below it. */
function sectionTitleIndex(lines: Line[], headerIndex: number): number {
  for (let i = headerIndex - 1; i >= Math.max(0, headerIndex - 4); i--) {
    if (/^([A-HK-Z])\.\s+/u.test(lines[i]!.text)) return i;
  }
  return headerIndex;
}

/** A table inherits the deadline stated in its titles (appendix title, section line above it). */
function tableContext(lines: Line[], table: Table, frame: Frame, base: Context): Context {
  const titles: string[] = [];
  let sectionRef: string | null = null;
  for (let i = table.headerIndex - 1; i >= Math.max(0, table.headerIndex - 8); i--) {
    const text = lines[i]!.text;
    const section = /^([A-HK-Z])\.\s+/u.exec(text);
    titles.unshift(text);
    if (section) {
      sectionRef = section[1]!;
      break;
    }
    if (/^PHỤ LỤC(?![\p{L}\p{N}])/u.test(text)) break;
  }
  if (frame.appendixStart >= 0 && table.headerIndex > frame.appendixStart) {
    const appendixTitle = lines
      .slice(frame.appendixStart, frame.appendixStart + 4)
      .map((l) => l.text)
      .filter((t) => t === t.toUpperCase())
      .join(' ');
    titles.unshift(appendixTitle);
  }
  const due = titles.map((t) => parseDue(t.replace(/\(kèm theo.*$/iu, ''), frame.year)).findLast(Boolean);
  return {
    ...base,
    lead: [],
    due,
    ref: [sectionRef ?? (frame.appendixStart >= 0 && table.headerIndex > frame.appendixStart ? 'PL' : 'T')],
  };
}
