import { blockText } from './blocks';
import { parseDue, parseDueField } from './dates';
import { dropFootnoteMarks, singleSpaced, trimEndOf } from './normalize';
import { type Fields, type Item, itemText, readField } from './outline';
import type { Table } from './tables';
import { findTargets, isBackgroundFigure } from './targets';
import type { Due, Span, Task } from './types';
import { VERB_AT } from './unit-words';
import {
  cleanUnit,
  findResponsibility,
  headingUnits,
  isGenericUnit,
  opensUnit,
  readUnitList,
  restatesRecipients,
} from './units';

export interface Context {
  lead: string[];
  due: Due | undefined;
  /** hard: a section of aims, scope or assessment (no tasks); soft: tasks only where a unit is named; targets: only % goals. */
  skip: 'none' | 'hard' | 'soft' | 'targets';
  /** Under a heading whose items an appendix details ("Chi tiết … tại Phụ lục"): they are titles, not tasks. */
  detailed?: boolean;
  /** In the section that assigns units their duties ("TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM …"). */
  duties?: boolean;
  /** In a "NỘI DUNG" section that summarises what an appendix details. */
  summary?: boolean;
  ref: string[];
  year: number | null;
}

const HARD_SKIP =
  /^(MỤC ĐÍCH|YÊU CẦU|PHẠM VI|ĐỐI TƯỢNG|ĐÁNH GIÁ|TÌNH HÌNH|KẾT QUẢ|CĂN CỨ|SỰ CẦN THIẾT|QUAN ĐIỂM|NỘI DUNG KIỂM KÊ)/u;
const SOFT_SKIP = /^(KINH PHÍ|NGUỒN KINH PHÍ|NỘI DUNG(?![\p{L}\p{N}])(?! THỰC HIỆN))/u;
const TARGETS_ONLY = /^(MỤC TIÊU|CHỈ TIÊU)/u;
const ASSESSMENT =
  /^(Ghi nhận|Đánh giá cao|Biểu dương|Hoan nghênh|Nhất trí|Việc\s|Năm 20\d\d,|Tuy nhiên|Bên cạnh|Thời gian qua|Kết quả|Qua đó|Trong (năm|thời gian) qua|Về cơ bản|Nhìn chung)/u;
/**
 * "Biểu dương, khen thưởng kịp thời các tập thể …" in a task section is an action; praise of results
 * achieved ("Biểu dương … đã đạt được") is assessment, as are the other openers.
 */
function assesses(text: string): boolean {
  if (!ASSESSMENT.test(text)) return false;
  if (!/^Biểu dương/u.test(text)) return true;
  return /(?<![\p{L}])(đã|thời gian qua|vừa qua|đạt được)(?![\p{L}])/u.test(text.split(/[.;]/u)[0]!);
}

/**
 * "Chịu trách nhiệm trước pháp luật nếu …", "… chịu trách nhiệm về những nội dung …", "… chịu trách
 * nhiệm thực hiện Kế hoạch này": accountability, not a task, unless another action stands beside it.
 */
const LIABILITY =
  /chịu trách nhiệm\s+(?:trước\s+[^.;]*|về\s+(?:những|các)\s+nội dung[^.;]*|(?:tổ chức\s+)?thực hiện\s+(?:Kế hoạch|Chỉ thị|Quyết định|Công văn)\s+này[^.;]*)/iu;
function onlyLiability(text: string): boolean {
  if (!LIABILITY.test(text)) return false;
  const rest = text.replace(new RegExp(LIABILITY.source, 'giu'), ' ');
  const names = readUnitList(rest);
  return !DIRECTIVE_VERB.test(names ? rest.slice(names.length) : rest);
}

/** "Trong quá trình thực hiện, nếu có vướng mắc, … báo cáo …": how to raise problems, not a task. */
const PROCEDURE = /^Trong quá trình (triển khai|tổ chức|thực hiện)[^.]{0,80}?nếu (có|phát sinh)/u;
const DIRECTIVE_VERB =
  /(?<![\p{L}\p{N}])(thực hiện|triển khai|tổ chức|xây dựng|rà soát|tham mưu|chủ trì|phối hợp|bảo đảm|đảm bảo|hoàn thành|tăng cường|đẩy mạnh|nghiên cứu|chỉ đạo|kiểm tra|báo cáo|ban hành|cập nhật|quán triệt|nâng cao|tập trung|bố trí|theo dõi|hướng dẫn|phấn đấu|khẩn trương|tiếp tục|chủ động|xử lý|giám sát|đôn đốc|cung cấp|thúc đẩy|hỗ trợ|phát huy|duy trì|lựa chọn|tuân thủ|kết hợp|thành lập|kiện toàn|đánh giá|công bố|tuyên truyền|tập huấn|số hóa|chịu trách nhiệm|là đầu mối|ưu tiên|khai thác|kết nối)(?![\p{L}\p{N}])/iu;

export function tasksFromOutline(root: Item, base: Context): Task[] {
  const out: Task[] = [];
  // the paragraph that introduces the first numbered items ("…yêu cầu các sở, ngành tập trung thực hiện:")
  let ctx = base;
  let afterItems = false;
  const labelOf = labeller();
  // a letter of one unnumbered paragraph: "…, Sở Nội vụ đề nghị các cơ quan, đơn vị rà soát … trước ngày …"
  if (!root.children.some((c) => c.marker)) {
    for (const child of root.children) letterRequest(child, base, out);
    return out;
  }
  for (const child of root.children) {
    if (!child.marker) {
      const text = itemText(child);
      if (/:$/u.test(text)) {
        ctx = withLeadIn(base, text);
        // a lead-in that addresses the recipients again gives the tasks to the recipients as listed
        if (restatesRecipients(ctx.lead, base.lead)) ctx = { ...ctx, lead: base.lead };
      } else if (afterItems && /^(Yêu cầu|Đề nghị|Giao)\s/u.test(text) && !/\.\/\.$/u.test(text)) {
        leaf(child, text, ctx, ['sau'], out); // a directive paragraph after the numbered items
      }
      continue;
    }
    afterItems = true;
    walk(child, ctx, out, labelOf(child));
  }
  return out;
}

/** The request of a one-paragraph letter, from "đề nghị/yêu cầu <units>" to the end of its sentence. */
function letterRequest(item: Item, ctx: Context, out: Task[]): void {
  const text = itemText(item);
  for (const m of text.matchAll(/(?<![\p{L}])(đề nghị|yêu cầu)\s+/giu)) {
    const units = readUnitList(text.slice(m.index));
    if (!units?.units.length) continue;
    const rest = text.slice(m.index);
    const sentence = /^.*?[.!?](?=\s+\p{Lu}|$)/su.exec(rest)?.[0] ?? rest;
    leaf(item, sentence, { ...ctx, lead: units.units }, ['1'], out);
    return;
  }
}

function withLeadIn(ctx: Context, text: string): Context {
  const units = leadInUnits(text);
  const due = parseDue(lastSentence(text), ctx.year);
  return { ...ctx, lead: units.length ? units : ctx.lead, due: due ?? ctx.due };
}

function lastSentence(text: string): string {
  // "… trong 02 tháng cuối năm 2025 …; trong đó lưu ý các nội dung sau:": the clause that opens the list bounds it
  const parts = text.split(/(?<=[.;])\s+/u);
  return parts.at(-1) ?? text;
}

/** Units a lead-in addresses: "yêu cầu/giao/đề nghị X, Y …" or a lead-in opening on them. */
function leadInUnits(text: string): string[] {
  // "Ủy ban nhân dân tỉnh chỉ đạo như sau:": the issuer speaking, not the units addressed
  const issuerSpeaks = /(chỉ đạo|kết luận|ý kiến|thông báo)[^.:]*như sau/iu.test(text);
  const opening = issuerSpeaks ? null : readUnitList(text);
  if (opening?.units.length && !actsOnItsDocument(text.slice(opening.length))) return opening.units;
  for (const m of text.matchAll(/(?:yêu cầu|đề nghị|giao)\s+(?:các thành viên\s+)?/giu)) {
    const list = readUnitList(text.slice(m.index + m[0].length).replace(/^các thành viên\s+/u, ''));
    if (list?.units.length) return list.units;
  }
  return [];
}

/**
 * "<Issuer> ban hành Kế hoạch … như sau:", "… xây dựng Chương trình hành động với các nội dung sau:": the
 * unit that opens the lead-in issues or carries out the document itself; it addresses no one.
 */
const DOCUMENT_NOUN =
  '(?:kế hoạch|chỉ thị|chương trình|đề án|quyết định|phương án|thông báo|công văn|hướng dẫn|quy chế)';
const ISSUER_ACT = new RegExp(
  `^\\s*(?:\\S+\\s+){0,2}?(?:ban hành|xây dựng|triển khai|thực hiện|đề ra|thông qua|phê duyệt)\\s+(?:(?:các|một số)\\s+)?${DOCUMENT_NOUN}(?![\\p{L}])`,
  'iu',
);
const actsOnItsDocument = (afterUnits: string): boolean => ISSUER_ACT.test(afterUnits);

/**
 * Labels for the items of one list: their own marks, except bullets, which are numbered in
 * their list ("-1", "-2", "+1") so every task gets a reference a person can find.
 */
function labeller(): (item: Item) => string {
  const counts = new Map<string, number>();
  return (item) => {
    if (!item.marker) return '';
    if (item.marker.kind !== 'dash' && item.marker.kind !== 'plus') return item.marker.label;
    const n = (counts.get(item.marker.label) ?? 0) + 1;
    counts.set(item.marker.label, n);
    return `${item.marker.label}${n}`;
  };
}

function walk(item: Item, ctx: Context, out: Task[], label = item.marker?.label ?? ''): void {
  const text = itemText(item);
  const ref = [...ctx.ref, label].filter(Boolean);
  if (item.marker?.kind === 'article') return;
  if (item.children.length && !listsReferencesOnly(item)) {
    let skip = ctx.skip;
    let summary = ctx.summary;
    const upper = text.toUpperCase() === text ? text : '';
    if (item.heading || upper) {
      if (HARD_SKIP.test(upper || text.toUpperCase())) skip = 'hard';
      else if (SOFT_SKIP.test(upper) && (!/^NỘI DUNG/u.test(upper) || mentionsAppendix(item))) {
        skip = 'soft';
        summary = /^NỘI DUNG/u.test(upper);
      } else if (TARGETS_ONLY.test(upper || text.toUpperCase())) skip = 'targets';
      else if (upper && item.marker?.kind === 'roman') skip = 'none';
    }
    // "… với các khía cạnh:", "… do các nguyên nhân sau:": what follows describes, it does not direct
    if (DESCRIBES.test(text)) skip = 'hard';
    const own = findResponsibility(text);
    const heading = item.heading || (/:$/u.test(text) && text.length < 160) ? headingUnits(text) : null;
    const fieldLead = fieldUnits(item.fields.lead);
    // the grammar reads the names; the heading as written only fills in where it read none or stopped short
    const written = ctx.duties && item.heading && item.marker ? namedAsWritten(text) : [];
    const shortOf = (a: string[], b: string[]) => a.length === 1 && b.length === 1 && b[0]!.startsWith(a[0]!);
    const lead = fieldLead.length
      ? fieldLead
      : shortOf(own.lead, written)
        ? written
        : own.lead.length
          ? own.lead
          : heading?.length
            ? heading
            : written.length
              ? written
              : leadInUnits(text);
    const due = fieldDue(item.fields, ctx.year) ?? parseDue(text, ctx.year);
    const detailed = ctx.detailed || ownsAppendixMention(item);
    const next: Context = {
      ...ctx,
      duties: ctx.duties || (Boolean(upper) && DUTIES.test(upper)),
      skip,
      summary,
      detailed,
      ref,
      lead: lead.length ? lead : ctx.lead,
      due: due ?? ctx.due,
    };
    // "thực hiện việc làm sạch dữ liệu …; kết nối hệ thống …, trong đó:": clauses before the lead-in are a task
    const clauses = /^(.{40,});\s+([^;]+:)$/u.exec(text);
    if (clauses && skip !== 'hard' && item.marker) leaf(item, clauses[1]!, next, ref, out);
    // "(1) Sở Y tế chỉ đạo … hoàn thành … trước ngày 31/12/2026." then bullets: a full directive body is a task too
    else if (item.marker && !item.heading && fullBody(text) && item.children.some((c) => c.marker))
      leaf({ ...item, children: [] }, text, next, ref, out);
    let n = 0;
    const labelOf = labeller();
    // "… báo cáo số liệu hằng tháng, bao gồm:" then "(1) Tổng số gói thầu …": what the report holds, not tasks
    let listingContents = false;
    let siblings = next;
    for (const child of item.children) {
      if (!child.marker) {
        n++;
        const said = itemText(child);
        // "Đề nghị Thường trực Tỉnh ủy tập trung thực hiện các nhiệm vụ sau:": a lead-in for the items below it
        if (/:$/u.test(said) && !/(bao gồm|gồm)\s*:$/u.test(said) && child.children.length === 0) {
          const led = withLeadIn(next, said);
          siblings = led.lead.length && led.lead !== next.lead ? led : siblings;
          continue;
        }
        walkParagraph(child, siblings, [...ref, `p${n}`], out);
        listingContents = /(bao gồm|gồm)\s*:$/u.test(itemText(child));
        continue;
      }
      if (listingContents && !startsWithAction(itemText(child))) continue;
      listingContents = false;
      walk(child, siblings, out, labelOf(child));
    }
    return;
  }
  leaf(item, text, ctx, ref, out);
}

/**
 * "II. NỘI DUNG" whose items are bare titles that an appendix details ("Chi tiết … tại Phụ lục"): a
 * summary, tasks only where a unit is named. Any other "NỘI DUNG KẾ HOẠCH / TRIỂN KHAI" is a task section.
 */
const mentionCache = new WeakMap<Item, boolean>();
function subtreeMentionsAppendix(it: Item): boolean {
  let found = mentionCache.get(it);
  if (found === undefined) {
    found =
      /(?<![\p{L}])phụ lục(?![\p{L}])/iu.test(itemText(it)) || it.children.some(subtreeMentionsAppendix);
    mentionCache.set(it, found);
  }
  return found;
}
const mentionsAppendix = (item: Item): boolean => item.children.some(subtreeMentionsAppendix);
/** The heading the appendix note belongs to: the note stands among its items, not under a sub-heading. */
const ownsAppendixMention = (item: Item): boolean =>
  item.children.some((c) => !(c.heading && c.children.length) && subtreeMentionsAppendix(c));

const DESCRIBES =
  /(khía cạnh|lý do|nguyên nhân|ý nghĩa|đặc điểm|hạn chế|tồn tại|bài học|kết quả đạt được)[^:;.]{0,30}:$/iu;

const DUTIES = /^(TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM|PHÂN CÔNG|NHIỆM VỤ CỤ THỂ CỦA)/u;

/**
 * "6. Đề nghị: Hiệp hội Du lịch tỉnh, Hội Liên hiệp Phụ nữ tỉnh", "5. Các chủ rừng là hộ gia đình, cá nhân
 * (…)": under the duties section a short heading that does nothing names whom it addresses, as written;
 * a comma before a capital parts two names.
 */
function namedAsWritten(heading: string): string[] {
  const t = heading
    .replace(/^(Giao|Đề nghị|Yêu cầu)\s*:?\s*/u, '')
    .replace(/[.:;]$/u, '')
    .trim();
  if (!opensUnit(t) || DIRECTIVE_VERB.test(t) || t.length > 140) return [];
  return t
    .split(/,\s+(?=\p{Lu})/u)
    .map((name) => cleanUnit(name))
    .filter((name) => name.length > 2 && !isGenericUnit(name));
}

/** A body that acts and ends its sentence, not a lead-in or a title: it opens on a unit that directs. */
function fullBody(text: string): boolean {
  return (
    /\.$/u.test(text) &&
    text.length > 40 &&
    findResponsibility(text).lead.length > 0 &&
    DIRECTIVE_VERB.test(text)
  );
}

const startsWithVerb = (text: string): boolean =>
  DIRECTIVE_VERB.test(text.split(/\s+/).slice(0, 2).join(' '));

/** A sentence that opens on a verb or on a unit that acts, as a task does. */
function startsWithAction(text: string): boolean {
  const firstWords = text.split(/\s+/).slice(0, 3).join(' ');
  return DIRECTIVE_VERB.test(firstWords) || findResponsibility(text).lead.length > 0;
}

/** Sub-items that only cite documents ("- Nghị định số 214/2025/NĐ-CP …") are the object of their parent's task. */
const REFERENCE_ITEM =
  /^(?:các\s+)?(?:ý kiến chỉ đạo|nghị định|nghị quyết|luật|chỉ thị|thông tư|quyết định|kế hoạch số|công văn|văn bản số|thông báo số|hướng dẫn số)/iu;

function listsReferencesOnly(item: Item): boolean {
  const marked = item.children.filter((c) => c.marker);
  if (!marked.length) return false;
  // "a) Thông tư quy định …" with its own "Cơ quan chủ trì: / Thời gian thực hiện:" lines is tracked on its own
  if (marked.some((c) => c.fields.lead || c.fields.due)) return false;
  if (marked.every((c) => REFERENCE_ITEM.test(itemText(c)))) return true;
  // "… báo cáo số liệu hằng tháng, bao gồm:" then "(1) Tổng số gói thầu …": the parts of one task
  return /(bao gồm|gồm)\s*:$/u.test(itemText(item)) && marked.every((c) => !startsWithAction(itemText(c)));
}

function walkParagraph(item: Item, ctx: Context, ref: string[], out: Task[]): void {
  leaf(item, itemText(item), ctx, ref, out);
}

const PREPOSITION =
  /^(theo|trong|về|với|tại|từ|đến|để|nhằm|năm|khi|hằng|hàng|đối với|thuộc phạm vi|trên cơ sở)(?![\p{L}])/u;

/** Unit names from a field or a table cell: a list of names separated by ";" or ",". */
export function fieldUnits(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(/\s*;\s*/u)
    .flatMap((raw) => {
      const part = raw.replace(/[.]$/u, '');
      // "Cơ quan thực hiện: Sở Y tế chủ trì, phối hợp với …": a sentence, whose subject is the unit
      const prose = readUnitList(part);
      const rest = part.slice(prose?.length ?? 0).trimStart();
      if (prose && VERB_AT.test(rest) && !PREPOSITION.test(rest)) return prose.units;
      return readUnitList(part, { cell: true })?.units ?? [];
    })
    .filter((u) => !isGenericUnit(u));
}

function fieldDue(fields: Fields, year: number | null) {
  return fields.due ? parseDueField(fields.due, year) : undefined;
}

/** "… gửi Bộ Tài chính. Thời gian hoàn thành: Trước ngày 31/5/2026." keeps its field apart from the task. */
function splitInlineFields(text: string, fields: Fields): string {
  const m = /\s(?=(?:Thời gian|Thời hạn|Đơn vị chủ trì|Đơn vị thực hiện|Đơn vị phối hợp)[^:.]{0,25}:)/u.exec(
    text,
  );
  if (!m) return text;
  const extra: Fields = {};
  for (const part of text.slice(m.index + 1).split(/(?<=[.;])\s+(?=\p{Lu})/u)) readField(part, extra);
  Object.assign(fields, { ...extra, ...fields });
  return text.slice(0, m.index);
}

function leaf(item: Item, fullText: string, ctx: Context, ref: string[], out: Task[]): void {
  const fields: Fields = { ...item.fields };
  // "Chỉ tiêu 2: Tỷ lệ …": the label numbers a target; the target is the task, with or without a percentage
  const target = TARGET_LABEL.exec(fullText);
  const text = splitInlineFields(target ? fullText.slice(target[0].length) : fullText, fields);
  if (ctx.skip === 'hard' || !text || assesses(text) || PROCEDURE.test(text) || onlyLiability(text)) return;
  const ownFields = Boolean(item.marker && (item.fields.lead || item.fields.due));
  if (
    !target &&
    !ownFields &&
    !DIRECTIVE_VERB.test(text) &&
    !/%/.test(text) &&
    !(ctx.skip === 'none' && readsAsAction(item, text))
  )
    return;
  const found = findResponsibility(text);
  const fieldLead = fieldUnits(fields.lead);
  const own = {
    lead: fieldLead.length ? fieldLead : found.lead,
    support: fields.support ? fieldUnits(fields.support) : found.support,
  };
  // in a summary section an action outside the part the appendix details is still a task ("Ưu tiên nguồn lực …")
  const acts =
    ctx.skip === 'soft' && ctx.summary && !ctx.detailed && ctx.lead.length === 0 && startsWithVerb(text);
  if (ctx.skip === 'soft' && !own.lead.length && !acts) return;
  if (ctx.skip === 'targets' && !/%/.test(text) && !target) return;
  const spans = item.blocks.map(
    (b): Span => ({
      start: b.lines[0]!.start + (b.marker && b === item.blocks[0] ? b.marker.length : 0),
      end: b.lines.at(-1)!.end,
    }),
  );
  const pieces = splitItem(text, ctx.year);
  for (const piece of pieces) {
    if (pieces.length > 1 && onlyLiability(piece.text)) continue;
    const whole = pieces.length === 1;
    const found = whole ? own : findResponsibility(piece.text);
    const mine = found.lead.length || !piece.subject ? found : findResponsibility(piece.subject);
    const lead = piece.general
      ? ctx.lead
      : mine.lead.length
        ? mine.lead
        : own.lead.length
          ? own.lead
          : ctx.lead;
    const due =
      fieldDue(fields, ctx.year) ??
      parseDue(piece.text, ctx.year) ??
      (piece.leadIn ? parseDue(piece.leadIn, ctx.year) : undefined) ??
      ctx.due ??
      null;
    const task = makeTask({
      ref: ref.join('.'),
      text: piece.text,
      lead,
      support: mine.support.length ? mine.support : own.support,
      due,
      spans,
    });
    if (task) out.push(task);
  }
}

/**
 * No lexicon holds every verb ("Nạo vét kênh mương", "Khoanh vùng ổ dịch"): in a task section a marked
 * item is a task unless it reads as a description (a noun phrase naming a topic, a risk, a figure).
 */
function readsAsAction(item: Item, text: string): boolean {
  if (!item.marker || item.marker.kind === 'article' || /:$/u.test(text) || text === text.toUpperCase())
    return false;
  const names = readUnitList(text);
  if (names && names.length >= text.replace(/[.;]$/u, '').length - 2) return false; // a unit's name, no action
  return !DESCRIPTION.test(text);
}
const DESCRIPTION =
  /^(?:(?:các|những)\s+)?(?:công tác|tình hình|nguy cơ|loại|bệnh|dịch bệnh|thời gian|địa điểm|thành phần|đối tượng|phạm vi|kinh phí|nguồn|tỷ lệ|tỷ số|tỷ suất|số lượng|số|mục tiêu|chỉ tiêu|kết quả|hạn chế|tồn tại|nguyên nhân|khó khăn|ưu điểm|nhược điểm|sản phẩm|danh mục|hồ sơ|nội dung|hình thức|phương châm|quan điểm|yêu cầu|mục đích|thông điệp|chủ đề|khẩu hiệu|giai đoạn|năm|tháng|quý)(?![\p{L}])/iu;

const TARGET_LABEL = /^Chỉ tiêu\s+\d{1,2}\s*[:.]\s*(?=\S)/u;

type TaskDraft = Pick<Task, 'ref' | 'text' | 'lead' | 'support' | 'due' | 'spans'>;

/** A task from its parts, with its targets and warnings; null when no words are left of it. */
function makeTask(draft: TaskDraft): Task | null {
  const text = cleanTaskText(draft.text);
  if (!/\p{L}/u.test(text)) return null;
  const { due } = draft;
  const by = due && (due.type === 'date' ? due.date : due.type === 'period' ? due.end : null);
  const warnings = draft.lead.length ? [] : ['Không tìm thấy đơn vị chủ trì'];
  return { ...draft, text, targets: findTargets(text, by ?? null), warnings };
}

/** Footnote digits glued to a word ("tỉnh1;") and a trailing ";" "," ":" go. */
export function cleanTaskText(text: string): string {
  // after the spaces are folded, the trailing run of separators is spaces, ";", "," and ":" only
  return trimEndOf(singleSpaced(dropFootnoteMarks(text)), ' ;,:').trim();
}

/** One task's words out of an item, with the lead-in words that bound it ("Phấn đấu đến hết năm 2025,"). */
export interface Piece {
  text: string;
  leadIn?: string;
  /** The clause that named the unit this piece continues ("Sở Y tế phải …; sau đó …"). */
  subject?: string;
  /** A clause of its own rhythm closing an item of several units ("…; định kỳ … báo cáo"): theirs together. */
  general?: boolean;
}

/**
 * "…tập huấn cán bộ; Sở Y tế phải kết nối … trước ngày 15/01/2025; sau đó nhân rộng … trong quý
 * II/2025.": an item whose later clauses go to another unit, or carry another deadline after such a
 * clause, is split at them; clauses of one unit and one deadline stay together.
 */
function splitClauses(text: string, year: number | null): Piece[] {
  // clauses end at ";" and at the end of a sentence; each keeps the separator that stood before it
  const parts = text.split(/(;\s+|(?<=[.!?])\s+(?=\p{Lu}))/u);
  const clauses: { text: string; sep: string }[] = [{ text: parts[0]!, sep: '' }];
  for (let i = 1; i + 1 < parts.length; i += 2) clauses.push({ sep: parts[i]!, text: parts[i + 1]! });
  if (clauses.length < 2) return [{ text }];
  const join = (group: { text: string; sep: string }[]) =>
    group.map((c, i) => (i ? c.sep : '') + c.text).join('');
  const groups = [[clauses[0]!]];
  for (const clause of clauses.slice(1)) {
    const sentence = !clause.sep.startsWith(';');
    // "… . Yêu cầu Tổng công ty Đường sắt …", "…; Ủy ban nhân dân các phường xây dựng …": another unit acts
    const addressed = /^(Yêu cầu|Đề nghị)\s/u.test(clause.text);
    const named =
      (sentence ? addressed || actsAsSubject(clause.text) : opensUnit(clause.text)) &&
      !/^(các\s+)?(cơ quan|đơn vị)(?![\p{L}])/iu.test(clause.text) &&
      findResponsibility(clause.text).lead.length > 0;
    // "Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ …": a clause of names only is no task of its own
    const previousActs = DIRECTIVE_VERB.test(join(groups.at(-1)!));
    if (named && previousActs) groups.push([clause]);
    else groups.at(-1)!.push(clause);
  }
  const pieces: Piece[] = [];
  for (const group of groups) {
    const subject = group[0]!.text;
    let current: typeof group = [];
    let currentDue: string | null = null;
    for (const clause of group) {
      const due = parseDue(clause.text, year);
      const key = due ? JSON.stringify(due) : null;
      // "…; định kỳ trước ngày 15/12 hằng năm báo cáo …": a clause that opens on its own deadline is a task of its own
      const ownDeadline = !clause.sep.startsWith(' ') && OPENS_ON_DEADLINE.test(clause.text);
      const split = currentDue ? groups.length > 1 && key !== currentDue : ownDeadline;
      if (current.length && key && split) {
        pieces.push({ text: join(current), ...(current[0]!.text !== subject ? { subject } : {}) });
        current = [];
        currentDue = null;
      }
      current.push(clause);
      currentDue ??= key;
    }
    const general = groups.length > 1 && current[0] !== group[0] && OPENS_ON_DEADLINE.test(current[0]!.text);
    pieces.push({
      text: join(current),
      ...(general ? { general } : current[0]!.text !== subject ? { subject } : {}),
    });
  }
  return pieces.length === 1 ? [{ text }] : pieces;
}

/** "Bộ Dân tộc và Tôn giáo chịu trách nhiệm …" directs; "Thường trực Chính phủ đã họp …", "… trân trọng thông báo" report. */
function actsAsSubject(sentence: string): boolean {
  if (!opensUnit(sentence) || /^Giao\s/u.test(sentence)) return false;
  return !/(?<![\p{L}])(đã|sẽ|đang|được|trân trọng|thông báo)(?![\p{L}])/u.test(sentence.slice(0, 100));
}

const OPENS_ON_DEADLINE = /^(định kỳ|hằng|hàng|trước ngày|chậm nhất|trong (tháng|quý)|mỗi)\s/iu;

const PERCENT_AHEAD = String.raw`(?=\d{1,3}(?:[.,]\d+)?\s*%)`;

/**
 * Splits inline enumerations "(1) …; (2) …" whose members are separate actions, and sentences
 * whose members are each a percentage target (their shared lead-in left out, kept as context);
 * other items stay whole.
 */
export function splitItem(text: string, year: number | null = null): Piece[] {
  const inline = [...text.matchAll(/(?:^|[\s:;.,])\((\d{1,2})\)\s+/gu)];
  if (inline.length >= 2 && inline[0]![1] === '1') {
    const members = inline.map((m, i) =>
      text.slice(m.index + m[0].length, i + 1 < inline.length ? inline[i + 1]!.index : text.length).trim(),
    );
    if (members.every((m) => /^\p{Lu}/u.test(m) && DIRECTIVE_VERB.test(m) && m.length > 25)) {
      return members.map((m) => ({ text: m }));
    }
  }
  // a figure of where things stand ("hiện nay mới đạt 45%") is background, not one of the targets to split
  const goals = [...text.matchAll(/\d\s*%/g)].filter((m) => !isBackgroundFigure(text, m.index));
  if (goals.length < 2) return splitClauses(text, year);
  const pieces: Piece[] = [];
  let plain = '';
  for (const sentence of text.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
    if (!/\d\s*%/.test(sentence)) {
      plain += `${plain ? ' ' : ''}${sentence}`;
      continue;
    }
    const lead = new RegExp(`^([^%]{0,100}?,)\\s*${PERCENT_AHEAD}`, 'u').exec(sentence);
    const body = lead ? sentence.slice(lead[0].length) : sentence;
    const members = body.split(new RegExp(`(?:,|;)\\s+${PERCENT_AHEAD}`, 'u'));
    if (members.length < 2) pieces.push({ text: sentence });
    else for (const m of members) pieces.push({ text: m, ...(lead ? { leadIn: lead[1] } : {}) });
  }
  if (pieces.length < 2) return [{ text }];
  return plain ? [{ text: plain }, ...pieces] : pieces;
}

export function tasksFromTable(table: Table, ctx: Context): Task[] {
  return table.rows.flatMap((row) => {
    const text = row.taskLines.map((l) => l.text).join('\n');
    // a word split at its hyphen is glued; the pattern opens on the hyphen, the letters are looked at around it
    const joined = singleSpaced(text.replace(/-\n(?<=[\p{L}\d]-\n)(?=[\p{Lu}\d])/gu, '-'));
    const due = parseDueField(row.dueText, ctx.year) ?? parseDue(joined, ctx.year) ?? ctx.due ?? null;
    const task = makeTask({
      ref: [...ctx.ref, row.section, row.ref].filter(Boolean).join('.'),
      text: joined,
      lead: row.lead,
      support: row.support,
      due,
      spans: row.taskLines.map((l) => ({ start: l.start, end: l.end })),
    });
    return task ? [task] : [];
  });
}

export { blockText };
