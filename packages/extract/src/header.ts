import { isAllCaps, matchMarker } from './blocks';
import { findDates, isoDate } from './dates';
import { singleSpaced, squash } from './normalize';
import type { DirectiveDocument, DirectiveKind, Reference } from './types';

/** The parts of a directive around its body, as Nghị định 30/2020 lays them out. */
export interface Frame {
  document: DirectiveDocument;
  /** Line index where the body starts (after the title, subject and Kính gửi list). */
  bodyStart: number;
  /** Line index where the body ends ("Nơi nhận", the signature block). */
  bodyEnd: number;
  /** Line index of the appendix title (PHỤ LỤC), or -1. */
  appendixStart: number;
  year: number | null;
}

const TITLES: [RegExp, DirectiveKind][] = [
  [/^THÔNG BÁO KẾT LUẬN(?![\p{L}\p{N}])/u, 'thong-bao-ket-luan'],
  [/^THÔNG BÁO$/u, 'thong-bao-ket-luan'],
  [/^KẾ HOẠCH$/u, 'ke-hoach'],
  [/^CHỈ THỊ$/u, 'chi-thi'],
  [/^QUYẾT ĐỊNH$/u, 'quyet-dinh'],
  [/^CÔNG VĂN$/u, 'cong-van'],
];

const SYMBOL_KIND: [RegExp, DirectiveKind][] = [
  [/\/TB-|-TB\//u, 'thong-bao-ket-luan'],
  [/\/KH-|-KH\//u, 'ke-hoach'],
  [/\/CT-|-CT\//u, 'chi-thi'],
  [/\/QĐ-|-QĐ\//u, 'quyet-dinh'],
];

export const SIGNATURE_TITLE =
  /^(TM\.|KT\.|K\/T|TL\.|TUQ\.|Q\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|CHÁNH VĂN PHÒNG|PHÓ CHÁNH VĂN PHÒNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|BÍ THƯ|PHÓ BÍ THƯ|CHỦ NHIỆM|PHÓ CHỦ NHIỆM|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|TỔ TRƯỞNG)(?![\p{L}\p{N}])/u;

const PERSON_NAME = /^(\p{Lu}\p{Ll}*)(\s+\p{Lu}\p{Ll}*){1,4}$/u;
const RECIPIENTS_START = /^Kính\s+gửi\s*:?\s*(.*)$/iu;
const DISTRIBUTION_START = /^Nơi\s+nhận\s*:?/iu;
const APPENDIX_TITLE = /^PHỤ LỤC(?![\p{L}\p{N}])/u;
const ATTACHED_TITLE =
  /^(KẾ HOẠCH|CHƯƠNG TRÌNH|QUY CHẾ|DANH MỤC|ĐỀ ÁN|QUY ĐỊNH|HƯỚNG DẪN)(\s+[\p{Lu}\d ,-]*)?$/u;
const DOC_NUMBER_CORE = String.raw`\d+[A-Za-z]?(?:\/\d{4})?[/-][\p{Lu}Đ][\p{L}\d&]*(?:[/-][\p{Lu}Đ\d][\p{L}\d&]*)*`;
const DOC_NUMBER = new RegExp(DOC_NUMBER_CORE, 'gu');

export function parseFrame(lines: string[]): Frame {
  const headEnd = Math.min(lines.length, 60);
  const number = parseNumber(lines.slice(0, headEnd));
  const titleIndex = lines.slice(0, headEnd).findIndex((l) => TITLES.some(([re]) => re.test(l)));
  const issueDate = parseIssueDate(lines.slice(0, titleIndex >= 0 ? titleIndex + 1 : headEnd));
  const kind = parseKind(lines, titleIndex, number);

  const appendixStart = findAppendix(lines);
  const mainEnd = appendixStart >= 0 ? appendixStart : lines.length;
  const distribution = lines.findIndex((l, i) => i < mainEnd && DISTRIBUTION_START.test(l));
  const signatureStart = findSignatureStart(lines, mainEnd);
  const bodyEnd = Math.min(
    distribution >= 0 ? distribution : mainEnd,
    signatureStart >= 0 ? signatureStart : mainEnd,
    endOfClosingFormula(lines, mainEnd),
  );

  const { recipients, end: recipientsEnd } = parseRecipients(lines, headEnd);
  const { subject, end: subjectEnd } = parseSubject(lines, titleIndex, headEnd);
  const bodyStart = Math.max(recipientsEnd, subjectEnd, titleIndex + 1, headerBlockEnd(lines, headEnd));

  const year = issueDate ? Number(issueDate.slice(0, 4)) : guessYear(lines);
  const issuer = parseIssuer(lines, signatureStart);
  const signer = parseSigner(lines, signatureStart, mainEnd);
  const text = lines.join('\n');
  return {
    document: {
      kind,
      number,
      issuer,
      date: issueDate,
      subject,
      signer,
      recipients,
      references: parseReferences(text, number, year),
    },
    bodyStart,
    bodyEnd,
    appendixStart,
    year,
  };
}

function parseNumber(head: string[]): string | null {
  for (const [i, line] of head.entries()) {
    const m = /^Số\s*:\s*(.*)$/u.exec(line);
    if (!m) continue;
    // "Số:" alone on its line, the number on the next
    const raw = m[1]!.trim() || head[i + 1] || '';
    const value = raw.replace(/\s+/g, '').replace(/[.,;]$/, '');
    // a blank serial ("Số: /VP-ĐMPT", "Số:  -TB/VPTU") is a draft's placeholder, not a number
    return /^\d/.test(value) ? value : null;
  }
  return null;
}

/** "Hà Nội, ngày 15 tháng 3 năm 2025", possibly wrapped; blank day ("ngày tháng năm") gives null. */
function parseIssueDate(head: string[]): string | null {
  const text = head.join(' ');
  const m = /,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function parseKind(lines: string[], titleIndex: number, number: string | null): DirectiveKind {
  if (titleIndex >= 0) {
    const title = lines[titleIndex]!;
    const found = TITLES.find(([re]) => re.test(title))?.[1] ?? 'other';
    if (found === 'thong-bao-ket-luan' && title === 'THÔNG BÁO') {
      const next = lines.slice(titleIndex + 1, titleIndex + 4).join(' ');
      return /kết luận/iu.test(next) ? 'thong-bao-ket-luan' : 'other';
    }
    return found;
  }
  if (number) {
    const bySymbol = SYMBOL_KIND.find(([re]) => re.test(number));
    if (bySymbol) return bySymbol[1];
  }
  const head = lines.slice(0, 40).join('\n');
  if (/^V\/v(?![\p{L}\p{N}])/mu.test(head) || RECIPIENTS_START.test(head) || /^Kính\s+gửi/imu.test(head))
    return 'cong-van';
  if (/^-\s/mu.test(lines[0] ?? '')) return 'cong-van'; // a letter whose head was cut: starts with its recipients
  return 'other';
}

/** A document attached after the signature: an appendix, or the plan a quyết định issues. */
function findAppendix(lines: string[]): number {
  const distribution = lines.findIndex((l) => DISTRIBUTION_START.test(l));
  const from = distribution >= 0 ? distribution : Math.floor(lines.length / 3);
  for (let i = from; i < lines.length; i++) {
    if (APPENDIX_TITLE.test(lines[i]!)) return i;
    if (distribution >= 0 && ATTACHED_TITLE.test(lines[i]!)) return i;
  }
  return -1;
}

/** The line that opens the signature block after the body, or -1. */
function findSignatureStart(lines: string[], end: number): number {
  for (let i = Math.floor(end / 3); i < end; i++) {
    const line = lines[i]!.replace(/^Nơi\s+nhận\s*:?\s*/iu, '');
    if (SIGNATURE_TITLE.test(line) && line === line.toUpperCase()) return i;
  }
  return -1;
}

/** "… để các cơ quan, đơn vị biết, thực hiện./." closes the body even before Nơi nhận. */
function endOfClosingFormula(lines: string[], end: number): number {
  for (let i = end - 1; i > end / 3; i--) {
    if (/\.\/\.\s*$|\/\.$/u.test(lines[i]!)) return i + 1;
  }
  return end;
}

function parseRecipients(lines: string[], headEnd: number): { recipients: string[]; end: number } {
  let start = lines.slice(0, headEnd).findIndex((l) => RECIPIENTS_START.test(l));
  const recipients: string[] = [];
  if (start < 0) {
    if (!/^[-–]\s/u.test(lines[0] ?? '')) return { recipients, end: 0 };
    start = -1; // the head was cut away and the text opens on the list itself
  } else {
    const inline = RECIPIENTS_START.exec(lines[start]!)![1]!.trim();
    if (inline && !/^[-–]/u.test(inline)) {
      recipients.push(cleanItem(inline));
      return { recipients, end: start + 1 };
    }
    if (inline) lines = [...lines.slice(0, start + 1), inline, ...lines.slice(start + 1)];
  }
  let i = start + 1;
  let lastRaw = '';
  for (; i < lines.length && i < headEnd + 20; i++) {
    const line = lines[i]!;
    // "- Các sở, ban, ngành thuộc" / "Ủy ban nhân dân tỉnh;": a bullet wrapped onto a line that ends the item
    const goesOn =
      recipients.length > 0 && !/[;.:]$/u.test(lastRaw) && (/^\p{Ll}/u.test(line) || /[;.]$/u.test(line));
    if (/^[-–+•]\s*/u.test(line)) recipients.push(cleanItem(line.replace(/^[-–+•]\s*/u, '')));
    else if (goesOn) recipients[recipients.length - 1] += ` ${line}`;
    else break;
    lastRaw = line.trim();
  }
  return { recipients: recipients.map(cleanItem).filter(Boolean), end: i };
}

function cleanItem(text: string): string {
  return squash(text)
    .replace(/[;,.]+$/u, '')
    .trim();
}

function parseSubject(
  lines: string[],
  titleIndex: number,
  headEnd: number,
): { subject: string | null; end: number } {
  const vv = lines.slice(0, headEnd).findIndex((l) => /^V\/v(?![\p{L}\p{N}])/u.test(l));
  if (vv >= 0) {
    const parts = [lines[vv]!];
    let i = vv + 1;
    while (
      i < lines.length &&
      lines[i] &&
      !/^(Kính gửi|[\p{L} ]+, ngày)|^\p{Lu}[\p{L} ]+,\s*ngày/iu.test(lines[i]!)
    ) {
      parts.push(lines[i]!);
      i++;
    }
    return { subject: squash(parts.join(' ')), end: i };
  }
  if (titleIndex < 0) return { subject: null, end: 0 };
  const parts: string[] = [];
  let i = titleIndex + 1;
  const title = lines[titleIndex]!;
  const rest = title.replace(/^THÔNG BÁO KẾT LUẬN\s*/u, '');
  if (rest && rest !== title) parts.push(rest);
  while (i < lines.length && !lines[i]) i++;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line || /^[-–—_=*]{3,}/u.test(line) || SIGNATURE_TITLE.test(line) || /^Căn\s*$|^Căn cứ/u.test(line))
      break;
    if (matchMarker(line) && !/^[-–]/u.test(line)) break;
    if (
      parts.length &&
      /^(Ngày|Thực hiện|Nhằm|Sau khi|Trong)(?![\p{L}\p{N}])/u.test(line) &&
      /[a-zà-ỹ]/u.test(line)
    )
      break;
    // a subject in capitals ends where the capitals end
    if (parts.length && isAllCaps(parts[0]!) && !isAllCaps(line)) break;
    parts.push(line);
    if (parts.length > 6) break;
  }
  return { subject: parts.length ? squash(parts.join(' ')) : null, end: i };
}

/** The end of the national motto / issuer / number block at the top. */
function headerBlockEnd(lines: string[], headEnd: number): number {
  let end = 0;
  for (let i = 0; i < headEnd; i++) {
    const l = lines[i]!;
    if (
      /^(Số\s*:|CỘNG HÒA|CỘNG HOÀ|Độc lập|[-–—_=]{3,}$)|,\s*ngày(?![\p{L}\p{N}])|^tháng\s+\d+\s+năm/u.test(l)
    )
      end = i + 1;
  }
  return end;
}

function guessYear(lines: string[]): number | null {
  const years = new Map<number, number>();
  for (const d of findDates(lines.join('\n'), null)) {
    const y = Number(d.date.slice(0, 4));
    years.set(y, (years.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y] of years) if (best === null || y > best) best = y;
  return best;
}

function titleCase(upper: string): string {
  const lower = upper.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function parseIssuer(lines: string[], signatureStart: number): string | null {
  const motto = lines.slice(0, 12).findIndex((l) => /^CỘNG HÒA|^CỘNG HOÀ/u.test(l));
  if (motto > 0) {
    const parts = lines.slice(0, motto).filter((l) => l && !/^[-–—_=*]+$/u.test(l) && l === l.toUpperCase());
    if (parts.length) return titleCase(squash(parts.join(' ')));
  }
  if (signatureStart >= 0) {
    const tm = /^TM\.\s*(.+)$/u.exec(lines[signatureStart]!);
    if (tm)
      return titleCase(
        squash(
          `${tm[1]} ${/^\p{Lu}+$/u.test(lines[signatureStart + 1] ?? '') ? lines[signatureStart + 1] : ''}`,
        ),
      );
  }
  return null;
}

function parseSigner(lines: string[], signatureStart: number, end: number): string | null {
  if (signatureStart < 0) return null;
  for (let i = signatureStart; i < Math.min(end, signatureStart + 14); i++) {
    const line = lines[i]!.replace(/^Nơi\s+nhận\s*:.*$/iu, '').trim();
    if (!line || line === line.toUpperCase()) continue;
    if (/^[-–+]/u.test(line)) continue;
    if (/^(Nơi|Lưu|Như)(?![\p{L}\p{N}])/u.test(line)) continue;
    // "Bùi" / "Xuân Cường": a name wrapped below the title, capitalised words on consecutive lines
    const next = lines[i + 1]?.trim() ?? '';
    const joined = `${line} ${next}`;
    if (/^\p{Lu}\p{Ll}*$/u.test(line) && i + 1 < end && PERSON_NAME.test(joined)) return joined;
    if (PERSON_NAME.test(line)) return line;
  }
  return null;
}

/** Every other document cited by number, once, with a date printed beside any of its citations. */
function parseReferences(text: string, own: string | null, year: number | null): Reference[] {
  const found = new Map<string, string | null>();
  const flat = singleSpaced(text.replace(/(\p{L}|\d)-\n(\p{Lu})/gu, '$1-$2'));
  for (const m of flat.matchAll(DOC_NUMBER)) {
    const number = m[0].replace(/[-/]+$/, '');
    if (!/[/-]/.test(number) || own === number) continue;
    if (/^\d+\/\d+$/.test(number) || !/\p{Lu}/u.test(number)) continue;
    const before = flat.slice(Math.max(0, m.index - 20), m.index);
    if (!/(số|số hiệu|Nghị quyết|Quyết định|Thông báo|Kế hoạch|Chỉ thị|Luật|văn bản)\s*$/iu.test(before))
      continue;
    const after = flat.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const dm = /^\s*,?\s*(?:ngày)\s+/u.exec(after);
    const date = dm ? (findDates(after.slice(dm[0].length), year)[0]?.date ?? null) : null;
    if (!found.has(number) || (!found.get(number) && date)) found.set(number, date);
  }
  return [...found].map(([number, date]) => ({ number, date }));
}
