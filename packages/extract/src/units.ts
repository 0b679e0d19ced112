/**
 * Unit names in directive prose: who leads ("Giao X chủ trì", "X: chủ trì…", a heading that names
 * a unit, a sentence whose subject is a unit) and who supports ("phối hợp với Y"). Names come back
 * written in full (UBND → Ủy ban nhân dân) with leader titles dropped; matching them to a unit
 * directory is the server's job.
 */

import { singleSpaced, trimEndOf } from './normalize';
import {
  DEPARTMENTS,
  expandAbbreviations,
  GENERIC,
  GROUP_WORD,
  HEAD_AT_START,
  LEADER_TITLE,
  VERB_AT,
} from './unit-words';

export function isGenericUnit(name: string): boolean {
  const n = name.trim();
  return (
    GENERIC.test(n) ||
    /^(các\s+)?(đơn vị|cơ quan|tổ chức|địa phương)(\s*,\s*\p{L}+)*\s+(có\s+)?liên quan/iu.test(n) ||
    // "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan": whoever is concerned, no one in particular
    (/^(các|cơ quan|đơn vị)\s/iu.test(n) && /\s(có\s+)?liên quan$/iu.test(n))
  );
}

const foldTone = (t: string) =>
  t
    .replace(/o([àáảãạ])/gu, (_m, a: string) => `${'òóỏõọ'['àáảãạ'.indexOf(a)]}a`)
    .replace(/u([ỳýỷỹỵ])/gu, (_m, y: string) => `${'ùúủũụ'['ỳýỷỹỵ'.indexOf(y)]}y`);

/** Folds a unit name for comparison: lower case, no "các", abbreviations written out. */
export function unitKey(name: string): string {
  return singleSpaced(
    expandAbbreviations(name)
      .toLowerCase()
      .replace(/^các\s+/u, ''),
  ).trim();
}

/** Whether a list of units is the document's recipients said again ("yêu cầu các sở, ban, ngành, UBND các xã …"). */
export function restatesRecipients(units: string[], recipients: string[]): boolean {
  if (units.length < 2 || recipients.length < 2) return false;
  const heads = recipients.map((r) => unitKey(r).split(' ').slice(0, 2).join(' '));
  const hits = units.filter((u) => heads.includes(unitKey(u).split(' ').slice(0, 2).join(' ')));
  return hits.length >= Math.min(2, recipients.length) && hits.length >= units.length - 1;
}

const FOLDED_DEPARTMENTS = DEPARTMENTS.map((d) => foldTone(`Sở ${d}`));

/** Whether a department name ("Sở Văn hóa, Thể thao và Du lịch") goes on past `name` with `next`. */
function continuesDepartment(name: string, next: string): boolean {
  // every department name opens on "Sở", and folding the tone never writes an "S" or an "ở"
  if (!name.startsWith('Sở')) return false;
  const so = foldTone(name);
  return FOLDED_DEPARTMENTS.some((full) => full.length > so.length && full.startsWith(so + next));
}

/** Whether a unit's name starts here: a head word, or "các" before a group word or a head word. */
export function opensUnit(raw: string): boolean {
  const input = raw.replace(/^(giao|yêu cầu|đề nghị)\s+/iu, '');
  const title = LEADER_TITLE.exec(input);
  const text = title ? input.slice(titleLength(title)) : input;
  if (HEAD_AT_START.test(text) || /^(cơ quan|đơn vị|địa phương)(?![\p{L}])/u.test(text)) return true;
  const plural = /^các\s+/iu.exec(text);
  return Boolean(
    plural &&
      (GROUP_WORD.test(text.slice(plural[0].length)) || HEAD_AT_START.test(text.slice(plural[0].length))),
  );
}

/**
 * "Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan": the first member is named, the rest is
 * whoever is concerned; keep the named one.
 */
function keepNamedMember(name: string): string {
  if (!/\s(có\s+)?liên quan$/iu.test(name) || !name.includes(',')) return name;
  const first = name.split(',')[0]!.trim();
  const specific = /^các\s+(?!cơ quan|đơn vị|tổ chức|cá nhân|địa phương|sở|ngành|ban)\p{L}+\s+\p{L}+/iu.test(
    first,
  );
  return specific ? first : name;
}

/** How much of the text a leader title takes, leaving a "các" that belongs to the unit ("Thủ trưởng các ngành"). */
function titleLength(title: RegExpExecArray): number {
  return title[2] ? title[0].indexOf(title[2]) + 1 : title[0].length;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cleans one unit name: leader titles off, abbreviations out, parenthesised notes off the end. */
export function cleanUnit(raw: string): string {
  let name = raw.trim();
  for (let i = 0; i < 3; i++) name = name.replace(LEADER_TITLE, (_m, _t, cac) => (cac ? 'các ' : ''));
  name = name.replace(/^(giao|đề nghị|yêu cầu)\s+/iu, '');
  if (name.includes('('))
    name = name.replace(/\s*\((mục kính gửi|sau đây gọi[^)]*|gọi tắt[^)]*)\)\s*/giu, ' ');
  // folding the spaces first leaves the same trailing run of separators, now of spaces only
  name = trimEndOf(singleSpaced(name), ' ,;:.–-').trim();
  return capitalize(expandAbbreviations(name));
}

export interface UnitList {
  units: string[];
  /** Characters of the input the list took. */
  length: number;
}

/**
 * Reads a list of units at the start of a text: "Sở Tư pháp, Sở Y tế và UBND các xã" or a
 * shared-prefix list "Các Sở: Tài chính, Nội vụ". Null when the text does not open on a unit.
 */
export function readUnitList(input: string, options: ReadOptions = {}): UnitList | null {
  let text = input;
  let offset = 0;
  const lead = /^(?:(?:giao|đề nghị|yêu cầu)\s*:?\s+)?/iu.exec(text)![0];
  text = text.slice(lead.length);
  offset += lead.length;
  // "Phó Chủ tịch UBND tỉnh Nguyễn Văn B": an official named in person is given the task as such
  const official = NAMED_OFFICIAL.exec(text);
  if (official) {
    const name = official[0].replace(/^(?:(?:các\s+)?đồng chí\s+)/iu, '');
    return { units: [capitalize(expandAbbreviations(name))], length: offset + official[0].length };
  }
  for (let i = 0; i < 3; i++) {
    const m = LEADER_TITLE.exec(text);
    if (!m) break;
    text = text.slice(titleLength(m));
    offset += titleLength(m);
  }
  if (!opensUnit(text)) return null;

  // "các Sở: Tài chính, Nội vụ", "các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, …": one head, many names
  const shared = sharedPrefixList(text);
  if (shared) return { units: shared.units, length: offset + shared.length };

  const units: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const later = pos > 0 ? sharedPrefixList(text.slice(pos)) : null;
    if (later) {
      units.push(...later.units);
      pos += later.length;
      break;
    }
    const one = readOneUnit(text.slice(pos), options);
    if (!one) break;
    units.push(one.name);
    pos += one.length;
    const sep = /^\s*(,|;|và|cùng|với)\s*/u.exec(text.slice(pos));
    if (!sep) break;
    // "…, Chủ tịch UBND các quận": a leader title between two units of the list
    const title = LEADER_TITLE.exec(text.slice(pos + sep[0].length));
    const skip = title ? titleLength(title) : 0;
    if (!opensUnit(text.slice(pos + sep[0].length + skip))) break;
    pos += sep[0].length + skip;
  }
  if (!units.length) return null;
  return {
    units: units
      .map(cleanUnit)
      .map(keepNamedMember)
      .filter((u) => u.length > 2 && !isGenericUnit(u)),
    length: offset + pos,
  };
}

/** "các Sở: Tài chính, Nội vụ", "các Tập đoàn: Công nghiệp - Năng lượng Quốc gia Việt Nam, …": one head, many names. */
function sharedPrefixList(text: string): UnitList | null {
  const prefix = /^(?:các\s+)?(\p{L}+(?:\s+\p{L}+)?)(?:\s*,\s*(?:ban,\s*)?ngành)?\s*:\s*/iu.exec(text);
  const head = prefix ? capitalize(prefix[1]!) : '';
  if (!prefix || HEAD_AT_START.exec(head)?.[0] !== head) return null;
  const items = splitSharedPrefix(text.slice(prefix[0].length), head);
  return items.units.length ? { units: items.units, length: prefix[0].length + items.length } : null;
}

/** Common family names that no province or city shares (not Hồ, Hà, Lâm, Cao, Thái), to tell a person from a place. */
const FAMILY =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Đào|Đoàn|Vương|Trịnh|Trương|Đinh|Phùng|Tạ|Châu|Lưu|Quách|Chu|Kiều|Nông';
const NAMED_OFFICIAL = new RegExp(
  `^(?:(?:[Cc]ác\\s+)?(?:đồng chí|Đồng chí)\\s+)?(?:Phó\\s+)?(?:Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Giám đốc|Bí thư)[^,;.:]{0,60}?\\s(?:${FAMILY})(?:\\s+\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}])`,
  'u',
);

interface ReadOptions {
  /** A table cell holds names only: a lower-case word after a comma still belongs to the name. */
  cell?: boolean;
  /** A shared-prefix list ("các Sở: Nội vụ, Tư pháp"): a comma always ends a name. */
  list?: boolean;
}

const TOKEN = /^(\s*,\s*|\s*-\s*|\s+)?([^\s,;:().]+)/u;

function readOneUnit(text: string, options: ReadOptions = {}): { name: string; length: number } | null {
  let pos: number;
  let group = false;
  const plural = /^các\s+/iu.exec(text);
  if (plural) {
    const rest = text.slice(plural[0].length);
    const g = GROUP_WORD.exec(rest) ?? HEAD_AT_START.exec(rest);
    if (!g) return null;
    pos = plural[0].length + g[0].length;
    group = true;
  } else {
    const h = HEAD_AT_START.exec(text);
    if (!h) return null;
    pos = h[0].length;
    group = (/^(Sở|Ban|Bộ)$/u.test(h[0]) && /^,\s*(ban|ngành)/u.test(text.slice(pos))) || h[0] === 'Cơ quan';
  }
  while (pos < text.length) {
    const rest = text.slice(pos);
    const t = TOKEN.exec(rest);
    if (!t) break;
    const sep = t[1] ?? '';
    const word = t[2]!;
    const after = rest.slice(sep.length);
    if (sep.includes(',')) {
      // "UBND các xã, phường, các đơn vị …" and, in prose, "các sở, ngành, các huyện, thị xã": a second unit
      if (!plural && /^các\s/iu.test(after)) break;
      // in prose, a second "các …" group is a new unit when it lists its own members or follows a proper name
      if (
        plural &&
        !options.cell &&
        /^các\s/iu.test(after) &&
        (/^các\s+\p{L}+(\s+\p{L}+){0,2}\s*,\s*\p{Ll}/u.test(after) ||
          /\s\p{Lu}\p{Ll}*$/u.test(text.slice(0, pos)))
      )
        break;
      const knownDept = continuesDepartment(text.slice(0, pos), ',');
      if (group && /^\p{Ll}/u.test(word) && GROUP_WORD.test(after)) {
        pos += sep.length + (GROUP_WORD.exec(after)?.[0].length ?? word.length);
        continue;
      }
      // "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam": capitalised words after a comma go on with the name
      const properName =
        !plural &&
        !options.list &&
        /^\p{Lu}/u.test(word) &&
        !opensUnit(after) &&
        /^\S+\s.*\p{Lu}/u.test(text.slice(0, pos));
      if (knownDept || properName || (options.cell && /^\p{Ll}/u.test(word) && !GROUP_WORD.test(after))) {
        pos += t[0].length;
        continue;
      }
      break;
    }
    if (word === 'và') {
      const next = after.slice(word.length).trimStart();
      const inDept = continuesDepartment(text.slice(0, pos), ' và');
      if (
        !inDept &&
        (opensUnit(next) ||
          (group && GROUP_WORD.test(next)) ||
          /^(các\s+)?(cơ quan|đơn vị|địa phương)/iu.test(next))
      )
        break;
      pos += t[0].length;
      continue;
    }
    // "Sở Tài chính - Cơ quan thường trực …": a spaced dash opens an apposition, except inside a known name
    if (
      sep.includes('-') &&
      // "Tập đoàn Công nghiệp - Năng lượng Quốc gia": a dash between capitalised words of one name goes on
      (opensUnit(after) ||
        /^\p{Ll}/u.test(word) ||
        !/\p{Lu}\p{Ll}*(\s+\p{Ll}+)?$/u.test(text.slice(0, pos))) &&
      !continuesDepartment(text.slice(0, pos), ' -') &&
      !/chính trị$/u.test(text.slice(0, pos))
    )
      break;
    // "các đơn vị có liên quan": keep the words that make the phrase generic, so it is recognised and left out
    const concerned = /^(có\s+)?liên quan(?![\p{L}])/u.exec(after);
    if (concerned) {
      pos += sep.length + concerned[0].length;
      break;
    }
    // "Các cơ quan được giao chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm …": a bare group defined by a clause
    const defined = !options.cell && /^\p{Ll}/u.test(word) ? definingClause(text.slice(0, pos), after) : 0;
    if (defined) {
      pos += sep.length + defined;
      break;
    }
    if (!options.cell && /^\p{Ll}/u.test(word) && VERB_AT.test(after)) {
      // "Tổ công tác triển khai Đề án 06", "Ban Chỉ đạo thực hiện Nghị quyết 57": a name that names its purpose
      if (!/^(triển khai|thực hiện)\s+(Đề án|Nghị quyết|Chương trình|Kế hoạch)/u.test(after)) break;
    }
    if (/^\p{Ll}/u.test(word) && GROUP_WORD.test(after)) group = true;
    pos += t[0].length;
    if (pos > 160) return null;
  }
  const name = text.slice(0, pos).replace(/[\s,-]+$/u, '');
  return name ? { name, length: name.length } : null;
}

const BARE_GROUP =
  /^(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|địa phương)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|địa phương|cá nhân))*$/iu;
const MAIN_VERB =
  /\s(có trách nhiệm|chịu trách nhiệm|phải|cần|khẩn trương|chủ động|tiếp tục|nghiêm túc)(?![\p{L}])/u;

/**
 * The length of the clause that defines a bare group ("được giao chủ trì …", "chưa hoàn thành …") up to
 * the sentence's own verb, or 0 when the group's name ends here.
 */
function definingClause(name: string, after: string): number {
  if (!BARE_GROUP.test(name.trim())) return 0;
  const clause = /^[^,;.:]{3,110}/u.exec(after)?.[0] ?? '';
  const main = MAIN_VERB.exec(clause);
  if (main) return main.index;
  // a heading that only names the group: "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"
  const wholeHeading =
    after.slice(clause.length).replace(/[\s.:;]+$/u, '') === '' && name.length + clause.length < 110;
  return wholeHeading && clause.length >= 3 && !/\d/u.test(clause) ? clause.length : 0;
}

function splitSharedPrefix(text: string, head = 'Sở'): { units: string[]; length: number } {
  const units: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const dept = head === 'Sở' ? DEPARTMENTS.find((d) => rest.startsWith(d)) : undefined;
    let name: string;
    if (dept) {
      name = `Sở ${dept}`;
      pos += dept.length;
    } else {
      const one =
        readOneUnit(rest, { list: true }) ??
        /^[\p{Lu}][\p{L}\s-]*?(?=,|;|\s+và\s|\s+(?:căn cứ|chủ trì|thực hiện|theo|trong|tại|để|phối hợp|có trách nhiệm)(?![\p{L}])|$)/u.exec(
          rest,
        )?.[0];
      if (!one) break;
      const raw = typeof one === 'string' ? one : one.name;
      if (/^\p{Ll}/u.test(raw) && !/^các\s/iu.test(raw)) break;
      name = HEAD_AT_START.test(raw) || /^các\s/iu.test(raw) ? raw : `${head} ${raw}`;
      pos += raw.length;
    }
    units.push(cleanUnit(name));
    const sep = /^\s*(,|và)\s*/u.exec(text.slice(pos));
    if (!sep) break;
    pos += sep[0].length;
  }
  return { units, length: pos };
}

/**
 * Where the sentence's subject starts when something stands before it: an opening phrase
 * ("Trên cơ sở Kế hoạch, các sở … căn cứ …", "Để nâng cao hiệu quả …, các Sở, ngành …") or a
 * short label ("Báo cáo tháng: Sở Tài chính tổng hợp …").
 */
function subjectStart(text: string): number {
  // "Về dự án nạo vét luồng tàu vào khu bến cảng …: Bộ Xây dựng …": a topic label of any length
  const label = /^[^:;.]{3,40}:\s+/u.exec(text) ?? /^Về\s[^:;]{3,300}?:\s+/u.exec(text);
  if (label && !opensUnit(text) && opensUnit(text.slice(label[0].length))) return label[0].length;
  if (!/^(?:Trên cơ sở|Căn cứ|Để|Nhằm|Trong quá trình|Sau khi|Thực hiện)\s/u.test(text)) return 0;
  for (const comma of text.slice(0, 240).matchAll(/,\s*/gu)) {
    const at = comma.index + comma[0].length;
    if (opensUnit(text.slice(at))) return at;
  }
  return 0;
}

export interface Responsibility {
  lead: string[];
  support: string[];
}

const SUPPORT_PHRASE = /phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/giu;

/** Lead and support units stated in one item's own words; empty lists when it names none. */
export function findResponsibility(text: string): Responsibility {
  const lead: string[] = [];
  const support: string[] = [];

  const subjectAt = subjectStart(text);
  const opening = readUnitList(text.slice(subjectAt));
  if (opening) {
    const after = text.slice(subjectAt + opening.length);
    if (
      /^\s*(:|chủ trì|có trách nhiệm|chịu trách nhiệm|là|làm|thực hiện|tham mưu|triển khai|tổ chức|chỉ đạo|phối hợp|căn cứ|\S)/u.test(
        after,
      )
    ) {
      lead.push(...opening.units);
    }
  }
  if (!lead.length) {
    const giao = /(?:^|[.;:]\s+|,\s*)giao\s+/giu;
    for (const m of text.matchAll(giao)) {
      const list = readUnitList(text.slice(m.index + m[0].length));
      if (
        list &&
        /^\s*(chủ trì|:|thực hiện|tham mưu|có trách nhiệm)/u.test(
          text.slice(m.index + m[0].length + list.length),
        )
      ) {
        lead.push(...list.units);
        break;
      }
    }
  }
  if (!lead.length) {
    const m = /(?:^|[,;.]\s*)([^,;.]{3,120}?)\s+chủ trì(?![\p{L}\p{N}])/u.exec(text);
    if (m) {
      const list = readUnitList(m[1]!.trim());
      if (list) lead.push(...list.units);
    }
  }
  for (const m of text.matchAll(SUPPORT_PHRASE)) {
    const list = readUnitList(text.slice(m.index + m[0].length));
    if (list) support.push(...list.units.filter((u) => !isGenericUnit(u) && !lead.includes(u)));
  }
  return { lead: unique(lead.filter((u) => !isGenericUnit(u))), support: unique(support) };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** A short heading line that only names a unit ("2.2. Văn phòng Thành ủy"). */
export function headingUnits(text: string): string[] | null {
  const t = text.replace(/[.:]$/u, '').trim();
  if (t.length > 160) return null;
  const list = readUnitList(t);
  if (list && list.length >= t.length - 2) return list.units;
  // "(gồm các Sở: Xây dựng, Công Thương)": the parenthesis names them
  const members = /\((?:gồm|bao gồm)\s*:?\s*([^)]+)\)/iu.exec(t);
  const inner = members ? readUnitList(members[1]!) : null;
  if (inner?.units.length) return inner.units;
  // "Trách nhiệm của đối tượng thực hiện kiểm kê": the heading names who is responsible
  const duty = /^(?:Trách nhiệm|Nhiệm vụ)(?:\s+chung)?\s+của\s+(.{3,140})$/u.exec(t);
  if (duty && !/^các thành viên|^thành viên/iu.test(duty[1]!)) {
    const named = readUnitList(duty[1]!);
    return named?.units.length ? named.units : [cleanUnit(duty[1]!)];
  }
  // "Về nhiệm vụ thường xuyên của các cơ quan, địa phương, đơn vị"
  const of = /(?:của|đối với)\s+(?=các\s)/iu.exec(t);
  if (of) {
    const tail = t.slice(of.index + of[0].length);
    const units = readUnitList(tail);
    if (units && units.length >= tail.length - 2) return units.units;
  }
  return null;
}
