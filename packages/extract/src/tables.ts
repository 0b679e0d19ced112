import type { Line } from './blocks';
import { singleSpaced } from './normalize';
import { cleanUnit, isGenericUnit, readUnitList } from './units';

/**
 * Appendix tables (STT | Tên nhiệm vụ | Đơn vị chủ trì | phối hợp | thời hạn) as they arrive in
 * plain text: from a PDF, each row's cells follow one another, the task cell in long lines and the
 * unit cell in short ones, rows cut by page numbers and repeated headers; from HTML, one cell a
 * line (wrapped). A row starts at the next expected serial number.
 */

export interface TableRow {
  ref: string;
  section: string | null;
  taskLines: Line[];
  lead: string[];
  support: string[];
  dueText: string;
}

export interface Table {
  headerIndex: number;
  /** First line that belongs to the table: its section title, else its header. */
  titleIndex: number;
  rows: TableRow[];
  end: number;
}

const HEADER_CELL = /^(STT|TT|Số TT)(?![\p{L}\p{N}])/u;
const HEADER_WORDS =
  /(nhiệm vụ|nội dung|công việc|chủ trì|phối hợp|thời gian|thời hạn|sản phẩm|đơn vị|cơ quan|hoàn thành|kết luận|ghi chú|dự kiến|hiện|thành)/iu;

export function isTableHeader(lines: Line[], i: number): { columns: string[]; length: number } | null {
  const first = lines[i]!.text;
  if (!HEADER_CELL.test(first)) return null;
  // a one-line header may wrap once: "STT Tên nhiệm vụ TB kết luận của" / "BCĐ TW Đơn vị chủ trì"
  const second = lines[i + 1]?.text ?? '';
  const line =
    second.length < 40 && HEADER_WORDS.test(second) && !/^\d/.test(second) ? `${first} ${second}` : first;
  if (first.length > 10 && /(nhiệm vụ|nội dung)/iu.test(line) && /(chủ trì|đơn vị|cơ quan)/iu.test(line)) {
    let length = 1;
    while (
      i + length < lines.length &&
      lines[i + length]!.text.length < 30 &&
      HEADER_WORDS.test(lines[i + length]!.text) &&
      !/^\d/.test(lines[i + length]!.text)
    )
      length++;
    return { columns: [line], length };
  }
  if (/^(STT|TT|Số TT)$/u.test(first)) {
    const columns: string[] = [];
    let j = i + 1;
    while (
      j < lines.length &&
      j < i + 14 &&
      HEADER_WORDS.test(lines[j]!.text) &&
      lines[j]!.text.length < 40 &&
      !/^\d/.test(lines[j]!.text)
    ) {
      columns.push(lines[j]!.text);
      j++;
    }
    if (columns.some((c) => /(nhiệm vụ|nội dung)/iu.test(c))) return { columns, length: j - i };
  }
  return null;
}

const ROW_START = /^(\d{1,3})\s*[.)]?(?:\s+(.*))?$/u;
const SECTION_ROW = /^([IVX]{1,5})\s*[.]?(?:\s+(.*))?$/u;
const UNIT_START =
  /^(Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|Công an|Văn phòng|Thanh tra|Trường|Báo|Đài|Đảng ủy|Đảng uỷ|Mặt trận|MTTQ|Hội|Liên đoàn|Đoàn|Tỉnh đoàn|Thành đoàn|Trung tâm|Cục|Kho bạc|Ngân hàng|Viện|Các|Cơ quan|BQL|Bảo hiểm|Bệnh viện|Tổ|Thường trực|Hội đồng|HĐND|Tòa án|Bộ CHQS)(?![\p{L}\p{N}])/u;
const SOURCE_START =
  /^(Thông báo|Kế hoạch|Nghị quyết|Quyết định|Công văn|Chỉ thị|Văn bản|TB|KH|QĐ)(?![\p{L}\p{N}])/u;
const DUE_CELL =
  /^(Trước|Trong|Hằng|Hàng|Thường xuyên|Quý|Quí|Tháng|Năm|Đến|Hết|Định kỳ|\d{4}$|\d{1,2}\/\d{1,2}|Giai đoạn|Từ năm)/iu;

export function parseTable(
  lines: Line[],
  headerIndex: number,
  header: { columns: string[]; length: number },
  stop: (i: number) => boolean,
): Table {
  const htmlStyle = header.columns.length > 1;
  const rows: TableRow[] = [];
  let expected = 1;
  let restart = false;
  let elided = false;
  let section: string | null = null;
  let current: { ref: string; lines: Line[] } | null = null;
  const flush = () => {
    if (current) rows.push(buildRow(current.ref, section, current.lines, htmlStyle));
    current = null;
  };
  let i = headerIndex + header.length;
  for (; i < lines.length; i++) {
    if (stop(i)) break;
    const text = lines[i]!.text;
    if (isTableHeader(lines, i)) {
      i += isTableHeader(lines, i)!.length - 1;
      continue;
    }
    const row = ROW_START.exec(text);
    // after a section row the numbers restart at 1 or run on; after an elided stretch ("….....") any number goes
    const serial = row ? Number(row[1]) : 0;
    const opensRow =
      serial === expected || (restart && serial === 1) || (elided && serial > 0 && serial < expected + 20);
    if (row && opensRow && (!row[2] || /^[\p{Lu}(“"]/u.test(row[2]))) {
      restart = false;
      elided = false;
      expected = serial;
      flush();
      const rest = row[2] ? [{ text: row[2], start: lines[i]!.end - row[2].length, end: lines[i]!.end }] : [];
      current = { ref: row[1]!, lines: rest };
      expected++;
      continue;
    }
    const sec = htmlStyle ? SECTION_ROW.exec(text) : null;
    if (sec) {
      flush();
      section = sec[1]!;
      restart = true;
      // the section's title follows on its own lines, in capitals
      while (
        i + 1 < lines.length &&
        lines[i + 1]!.text === lines[i + 1]!.text.toUpperCase() &&
        /\p{L}{3}/u.test(lines[i + 1]!.text)
      )
        i++;
      continue;
    }
    if (/^[….\s]{6,}$/u.test(text)) {
      elided = true;
      continue;
    }
    if (row && !row[2] && Number(row[1]) !== expected) continue; // a page number
    if (current) (current as { lines: Line[] }).lines.push(lines[i]!);
  }
  flush();
  return { headerIndex, titleIndex: headerIndex, rows, end: i };
}

function buildRow(ref: string, section: string | null, lines: Line[], htmlStyle: boolean): TableRow {
  return htmlStyle ? buildCellRow(ref, section, lines) : buildColumnRow(ref, section, lines);
}

/** HTML-converted row: cells one after another, each wrapped over lines that start in lower case. */
function buildCellRow(ref: string, section: string | null, lines: Line[]): TableRow {
  const cells: Line[][] = [];
  for (const line of lines) {
    const prev = cells.at(-1)?.at(-1)?.text ?? '';
    const continues =
      prev &&
      (/^[\p{Ll}(,;]/u.test(line.text) ||
        /[,;-]$/u.test(prev) ||
        /(?<![\p{L}\p{N}])(và|của|các|số|ngày)$/u.test(prev));
    if (continues) cells.at(-1)!.push(line);
    else cells.push([line]);
  }
  const cellText = (c: Line[]) => c.map((l) => l.text).join(' ');
  let leadIndex = cells.findIndex((c, i) => i > 0 && UNIT_START.test(cellText(c)));
  if (leadIndex < 0) leadIndex = cells.length;
  const task = cells.slice(0, leadIndex).flat();
  const rest = cells.slice(leadIndex).map(cellText);
  const lead = rest[0] ? units(rest[0]) : [];
  let support: string[] = [];
  let dueText = '';
  for (const cell of rest.slice(1)) {
    if (!dueText && DUE_CELL.test(cell)) dueText = cell;
    else if (!support.length && !dueText && UNIT_START.test(cell)) support = units(cell);
  }
  return { ref, section, taskLines: task, lead, support, dueText };
}

/** PDF row: the task cell's long lines, then an optional source cell, then the short unit lines. */
function buildColumnRow(ref: string, section: string | null, lines: Line[]): TableRow {
  const width = Math.max(...lines.map((l) => l.text.length), 1);
  const isShort = (l: Line) => l.text.length < Math.min(34, width * 0.62);
  // lines after the unit cell that are long again are the task cell carried over a page break
  let end = lines.length;
  const carried: Line[] = [];
  while (end > 1 && !isShort(lines[end - 1]!) && lines.slice(0, end - 1).some(isShort)) {
    const trailingShort = lines.slice(0, end - 1).findLastIndex((l) => !isShort(l));
    if (trailingShort === end - 2) break;
    carried.unshift(lines[end - 1]!);
    end--;
  }
  let start = end;
  while (start > 0 && isShort(lines[start - 1]!)) start--;
  let unitStart = -1;
  // parentheses opened and closed in the lines before line i
  let open = 0;
  let closed = 0;
  const count = (text: string, c: string) => {
    let n = 0;
    for (let at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) n++;
    return n;
  };
  for (let i = 0; i < start; i++) {
    open += count(lines[i]!.text, '(');
    closed += count(lines[i]!.text, ')');
  }
  for (let i = start; i < end; i++) {
    if (i > start) {
      open += count(lines[i - 1]!.text, '(');
      closed += count(lines[i - 1]!.text, ')');
    }
    // a line inside an open parenthesis still belongs to the task's sentence
    if (open > closed) continue;
    if (UNIT_START.test(lines[i]!.text) || SOURCE_START.test(lines[i]!.text)) {
      unitStart = i;
      break;
    }
  }
  let taskLines = unitStart >= 0 ? lines.slice(0, unitStart) : lines.slice(0, end);
  let cellLines = unitStart >= 0 ? lines.slice(unitStart, end) : [];
  if (unitStart < 0 && taskLines.length) {
    // one-line rows: "Bảo đảm an ninh mạng. Công an Thành phố"
    const last = taskLines.at(-1)!;
    const m =
      /^(.*[.;])\s+((?:Sở|Ban|Bộ|Công an|Văn phòng|Ủy ban|UBND|Các|Trường|Báo|Đài)(?![\p{L}\p{N}]).*)$/u.exec(
        last.text,
      );
    if (m) {
      taskLines = [
        ...taskLines.slice(0, -1),
        { text: m[1]!, start: last.start, end: last.start + m[1]!.length },
      ];
      cellLines = [{ text: m[2]!, start: last.end - m[2]!.length, end: last.end }];
    }
  }
  let cell = cellLines.map((l) => l.text).join(' ');
  if (SOURCE_START.test(cell)) {
    // "Thông báo số 14-TB/TGV ngày 21/4/2025" is the row's source, not its unit
    const m = /^.*?\d{1,2}\/\d{1,2}\/\d{4}\s*/u.exec(cell);
    cell = m ? cell.slice(m[0].length) : '';
  }
  return {
    ref,
    section,
    taskLines: [...taskLines, ...carried],
    lead: units(cell.replace(/(\p{L})- (\p{L})/gu, '$1$2')),
    support: [],
    dueText: '',
  };
}

function units(cell: string): string[] {
  const text = singleSpaced(cell).trim();
  const out: string[] = [];
  for (const part of text.split(/\s*;\s*/u)) {
    const list = readUnitList(part, { cell: true });
    if (list) out.push(...list.units.filter((u) => !isGenericUnit(u)));
    else if (part && UNIT_START.test(part)) out.push(cleanUnit(part));
  }
  return out;
}
