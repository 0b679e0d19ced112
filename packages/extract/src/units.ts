/**
 * Unit names in directive prose: who leads ("Giao X chủ trì", "X: chủ trì…", a heading that names
 * a unit, a sentence whose subject is a unit) and who supports ("phối hợp với Y"). Names come back
 * written in full (UBND → Ủy ban nhân dân) with leader titles dropped; matching them to a unit
 * directory is the server's job.
 */

/** Known names of provincial departments, so a shared-prefix list ("các Sở: Tài chính, Nội vụ") expands right. */
const DEPARTMENTS = [
  'Văn hóa, Thể thao và Du lịch',
  'Lao động - Thương binh và Xã hội',
  'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường',
  'Tài nguyên và Môi trường',
  'Khoa học và Công nghệ',
  'Thông tin và Truyền thông',
  'Giáo dục và Đào tạo',
  'Kế hoạch và Đầu tư',
  'Giao thông vận tải',
  'Dân tộc và Tôn giáo',
  'Văn hóa và Thể thao',
  'Công Thương',
  'Xây dựng',
  'Tài chính',
  'Tư pháp',
  'Nội vụ',
  'Ngoại vụ',
  'Y tế',
  'Du lịch',
];

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bMTTQ\s*VN\b/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/\bMTTQ\b/gu, 'Mặt trận Tổ quốc'],
  [/\bKH\s*&\s*CN\b|\bKHCN\b/gu, 'Khoa học và Công nghệ'],
  [/\bGD\s*&\s*ĐT\b|\bGDĐT\b/gu, 'Giáo dục và Đào tạo'],
  [/\bTT\s*&\s*TT\b|\bTTTT\b/gu, 'Thông tin và Truyền thông'],
  [/\bTN\s*&\s*MT\b|\bTNMT\b/gu, 'Tài nguyên và Môi trường'],
  [/\bNN\s*&\s*PTNT\b/gu, 'Nông nghiệp và Phát triển nông thôn'],
  [/\bNN\s*&\s*MT\b|\bNNMT\b/gu, 'Nông nghiệp và Môi trường'],
  [/\bVHTTDL\b|\bVH,\s*TT\s*&\s*DL\b/gu, 'Văn hóa, Thể thao và Du lịch'],
  [/\bLĐTB\s*&\s*XH\b/gu, 'Lao động - Thương binh và Xã hội'],
  [/\bCHQS\b/gu, 'Chỉ huy Quân sự'],
  [/\bBQL\b/gu, 'Ban Quản lý'],
  [/\bVP\b/gu, 'Văn phòng'],
  [/\bBCĐ\b/gu, 'Ban Chỉ đạo'],
  [/\bTP\b/gu, 'Thành phố'],
];

export function expandAbbreviations(name: string): string {
  let out = name;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/** Words that open a unit's name. */
const HEAD =
  'Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Công an|Văn phòng|VP|Thanh tra|Trường|Báo|Đài|Đảng ủy|Đảng uỷ|Mặt trận|MTTQ|Hội|Liên đoàn|Liên minh|Đoàn|Tỉnh đoàn|Thành đoàn|Trung tâm|Cục|Chi cục|Kho bạc|Ngân hàng|Viện|Tòa án|Tòa án nhân dân|Bảo hiểm|BHXH|Tổng công ty|Công ty|Chi nhánh|Đại học|Học viện|Tổ công tác|Tổ|Cơ quan|BQL|Bệnh viện|Các|các|Cảng vụ|Quỹ|Thường trực|Tập đoàn|Hãng|Bưu điện|Viettel|VNPT|Điện lực|Cấp ủy|Tỉnh ủy|Thành ủy|Thành uỷ|Tỉnh uỷ|Huyện ủy';

const HEAD_AT_START = new RegExp(`^(?:${HEAD})(?=[\\s,:]|$)`, 'u');

/** Words after which a unit's name has ended and the sentence's verb begins. */
const VERB =
  'chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|tham mưu|triển khai|tổ chức|chỉ đạo|khẩn trương|tiếp tục|chủ động|rà soát|nghiên cứu|xây dựng|căn cứ|phải|cần|theo dõi|hướng dẫn|bố trí|đẩy mạnh|tăng cường|quan tâm|là đầu mối|là cơ quan|làm đầu mối|kiểm tra|tập trung|nâng cao|sớm|thường xuyên|định kỳ|báo cáo|giám sát|đề xuất|quán triệt|hoàn thành|ban hành|cập nhật|bảo đảm|đảm bảo|lựa chọn|đôn đốc|trình|giao|được giao|trong|theo|về|nhằm|để|với|đối với|tại|hằng|hàng|khi|thẩm định|tiếp nhận|chịu|duy trì|phát huy|vận hành|thúc đẩy|hỗ trợ|ưu tiên|xử lý|công bố|cung cấp|đánh giá|thống nhất|kịp thời|nghiêm túc|có|và các đơn vị|và cơ quan|thuộc phạm vi';

const VERB_AT = new RegExp(`^(?:${VERB})(?=[\\s,.;:]|$)`, 'iu');

/** Group words that a plural phrase lists ("Các sở, ban, ngành, địa phương"); they keep the phrase whole. */
const GROUP_WORD =
  /^(các\s+)?(sở|ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|cấp|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu|thành phố|tỉnh|tổ chức chính trị\s*-\s*xã hội|tổ chức|doanh nghiệp|hội|chính quyền|cấp chính quyền|ngành)\b/iu;

const LEADER_TITLE =
  /^(Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu|Lãnh đạo|Trưởng|Bí thư|Chánh Văn phòng|Chỉ huy trưởng|Tổng giám đốc)(\s+các)?\s*[,;]?\s*/u;

const GENERIC =
  /^(các\s+)?(cơ quan|đơn vị|cơ quan, đơn vị|sở, ngành|ngành)(\s*,\s*(cơ quan|đơn vị|địa phương|tổ chức))*\s+(có\s+)?liên quan$/iu;

export function isGenericUnit(name: string): boolean {
  return (
    GENERIC.test(name.trim()) || /^(các\s+)?(đơn vị|cơ quan)(\s*,\s*\p{L}+)*\s+liên quan/iu.test(name.trim())
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cleans one unit name: leader titles off, abbreviations out, parenthesised notes off the end. */
export function cleanUnit(raw: string): string {
  let name = raw.trim();
  for (let i = 0; i < 3; i++) name = name.replace(LEADER_TITLE, (_m, _t, cac) => (cac ? 'các ' : ''));
  name = name
    .replace(/^(giao|đề nghị|yêu cầu)\s+/iu, '')
    .replace(/\s*\((mục kính gửi|sau đây gọi[^)]*|gọi tắt[^)]*)\)\s*/giu, ' ')
    .replace(/[\s,;:.–-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
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
export function readUnitList(input: string): UnitList | null {
  let text = input;
  let offset = 0;
  const lead = /^(?:(?:giao|đề nghị|yêu cầu)\s+)?/iu.exec(text)![0];
  text = text.slice(lead.length);
  offset += lead.length;
  for (let i = 0; i < 3; i++) {
    const m = LEADER_TITLE.exec(text);
    if (!m) break;
    text = text.slice(m[0].length - (m[2] ? 4 : 0));
    offset += m[0].length - (m[2] ? 4 : 0);
  }
  if (!HEAD_AT_START.test(text)) return null;

  const prefixList = /^(?:các\s+)?(Sở|sở)(?:\s*,\s*(?:ban,\s*)?ngành)?\s*:\s*/u.exec(text);
  if (prefixList) {
    const rest = text.slice(prefixList[0].length);
    const items = splitSharedPrefix(rest);
    return { units: items.units, length: offset + prefixList[0].length + items.length };
  }

  const units: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const one = readOneUnit(text.slice(pos));
    if (!one) break;
    units.push(one.name);
    pos += one.length;
    const sep = /^\s*(,|;|và|cùng|với)\s*/u.exec(text.slice(pos));
    if (!sep || !HEAD_AT_START.test(text.slice(pos + sep[0].length))) break;
    pos += sep[0].length;
  }
  if (!units.length) return null;
  return { units: units.map(cleanUnit).filter((u) => u.length > 2), length: offset + pos };
}

function readOneUnit(text: string): { name: string; length: number } | null {
  if (!HEAD_AT_START.test(text)) return null;
  const words = text.split(/(?=[\s,;:().])/u);
  let name = '';
  let group = /^các\s/iu.test(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const rest = text.slice(name.length);
    if (/^[;:(.]/.test(w)) break;
    if (name && VERB_AT.test(rest.trimStart()) && !/^\s*(và)\b/u.test(rest)) break;
    if (w.startsWith(',')) {
      const after = rest.slice(1).trimStart();
      if (GROUP_WORD.test(after) && group) {
        name += w;
        continue;
      }
      if (name.startsWith('Sở') || /^Sở\s/u.test(name)) {
        const dept = DEPARTMENTS.find((d) => d.includes(',') && `${name}${rest}`.startsWith(`Sở ${d}`));
        if (dept) {
          name += w;
          continue;
        }
      }
      break;
    }
    if (
      name &&
      /^\s+và$/u.test(w) &&
      HEAD_AT_START.test(text.slice(name.length + w.length).trimStart()) &&
      !/^Sở\s+(Khoa|Văn|Giáo|Tài nguyên|Thông tin|Kế hoạch|Nông nghiệp|Dân tộc)/u.test(name + w)
    )
      break;
    if (/^\s*(các|cấp)$/iu.test(w)) group = true;
    name += w;
    if (name.length > 120) return null;
  }
  const trimmed = name.replace(/[\s,]+$/u, '');
  if (!trimmed || HEAD_AT_START.exec(trimmed)?.[0] === trimmed) {
    // a bare head word ("Các", "Ban") is no name, unless a group phrase follows it
    if (!/^các\s+\p{L}/iu.test(trimmed)) return null;
  }
  return { name: trimmed, length: trimmed.length };
}

function splitSharedPrefix(text: string): { units: string[]; length: number } {
  const units: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const rest = text.slice(pos);
    const dept = DEPARTMENTS.find((d) => rest.startsWith(d));
    let name: string;
    if (dept) {
      name = `Sở ${dept}`;
      pos += dept.length;
    } else {
      const one =
        readOneUnit(rest) ??
        /^[\p{Lu}][\p{L}\s-]*?(?=,|\s+và\s|\s+(?:căn cứ|chủ trì|thực hiện)|$)/u.exec(rest)?.[0];
      if (!one) break;
      const raw = typeof one === 'string' ? one : one.name;
      name = HEAD_AT_START.test(raw) ? raw : `Sở ${raw}`;
      pos += raw.length;
    }
    units.push(cleanUnit(name));
    const sep = /^\s*(,|và)\s*/u.exec(text.slice(pos));
    if (!sep) break;
    pos += sep[0].length;
  }
  return { units, length: pos };
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

  const opening = readUnitList(text);
  if (opening) {
    const after = text.slice(opening.length);
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
    const m = /(?:^|[,;.]\s*)([^,;.]{3,120}?)\s+chủ trì\b/u.exec(text);
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
  return null;
}
