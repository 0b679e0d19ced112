/**
 * The words of unit names in Vietnamese administration: department names, abbreviations, the
 * words that open a name, the verbs that end one, group words and leader titles.
 */

/** Known names of provincial departments, so a shared-prefix list ("các Sở: Tài chính, Nội vụ") expands right. */
export const DEPARTMENTS = [
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
  [/(?<![\p{L}\p{N}])UBND(?![\p{L}\p{N}])/gu, 'Ủy ban nhân dân'],
  [/(?<![\p{L}\p{N}])HĐND(?![\p{L}\p{N}])/gu, 'Hội đồng nhân dân'],
  [/(?<![\p{L}\p{N}])MTTQ\s*VN(?![\p{L}\p{N}])/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/(?<![\p{L}\p{N}])MTTQ(?![\p{L}\p{N}])/gu, 'Mặt trận Tổ quốc'],
  [
    /(?<![\p{L}\p{N}])KH\s*&\s*CN(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])KHCN(?![\p{L}\p{N}])/gu,
    'Khoa học và Công nghệ',
  ],
  [
    /(?<![\p{L}\p{N}])GD\s*&\s*ĐT(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])GDĐT(?![\p{L}\p{N}])/gu,
    'Giáo dục và Đào tạo',
  ],
  [
    /(?<![\p{L}\p{N}])TT\s*&\s*TT(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])TTTT(?![\p{L}\p{N}])/gu,
    'Thông tin và Truyền thông',
  ],
  [
    /(?<![\p{L}\p{N}])TN\s*&\s*MT(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])TNMT(?![\p{L}\p{N}])/gu,
    'Tài nguyên và Môi trường',
  ],
  [/(?<![\p{L}\p{N}])NN\s*&\s*PTNT(?![\p{L}\p{N}])/gu, 'Nông nghiệp và Phát triển nông thôn'],
  [
    /(?<![\p{L}\p{N}])NN\s*&\s*MT(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])NNMT(?![\p{L}\p{N}])/gu,
    'Nông nghiệp và Môi trường',
  ],
  [
    /(?<![\p{L}\p{N}])VHTTDL(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])VH,\s*TT\s*&\s*DL(?![\p{L}\p{N}])/gu,
    'Văn hóa, Thể thao và Du lịch',
  ],
  [/(?<![\p{L}\p{N}])LĐTB\s*&\s*XH(?![\p{L}\p{N}])/gu, 'Lao động - Thương binh và Xã hội'],
  [/(?<![\p{L}\p{N}])CHQS(?![\p{L}\p{N}])/gu, 'Chỉ huy Quân sự'],
  [/(?<![\p{L}\p{N}])BQL(?![\p{L}\p{N}])/gu, 'Ban Quản lý'],
  [/(?<![\p{L}\p{N}])VP(?![\p{L}\p{N}])/gu, 'Văn phòng'],
  [/(?<![\p{L}\p{N}])BCĐ(?![\p{L}\p{N}])/gu, 'Ban Chỉ đạo'],
  [/(?<![\p{L}\p{N}])TP(?![\p{L}\p{N}])/gu, 'Thành phố'],
];

export function expandAbbreviations(name: string): string {
  if (!/\p{Lu}{2}/u.test(name)) return name; // every abbreviation has two capitals in a row
  let out = name;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/** Words that open a unit's name (a capitalised name follows most of them). */
const HEAD = [
  'Sở',
  'Ban',
  'Bộ',
  'Ủy ban',
  'Uỷ ban',
  'UBND',
  'HĐND',
  'Hội đồng',
  'Công an',
  'Văn phòng',
  'VP',
  'Thanh tra',
  'Báo(?= (?:\\p{Lu}|và Phát thanh))',
  'Đài',
  'Đảng ủy',
  'Đảng uỷ',
  'Đảng bộ',
  'Mặt trận',
  'MTTQ',
  'Liên đoàn',
  'Liên minh',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Trung tâm',
  'Cục',
  'Chi cục',
  'Kho bạc',
  'Ngân hàng',
  'Viện',
  'Tòa án',
  'Toà án',
  'Bảo hiểm',
  'BHXH',
  'Tổng công ty',
  'Công ty',
  'Chi nhánh',
  'Đại học',
  'Học viện',
  'Cơ quan',
  'BQL',
  'Bệnh viện',
  'Cảng vụ',
  'Quỹ',
  'Thường trực',
  'Tập đoàn',
  'Bưu điện',
  'Viettel',
  'VNPT',
  'Điện lực',
  'Cấp ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Thành uỷ',
  'Tỉnh uỷ',
  'Huyện ủy',
  'Bộ Chỉ huy',
  'Bộ CHQS',
  'Chính quyền',
  'Đối tượng',
  'Thuế',
  'Hiệp hội',
  'Hợp tác xã',
  'Nhà đầu tư',
  'Chủ đầu tư',
  'Nhà thầu',
  'Chủ rừng',
  'Trường(?= (?:Đại học|Cao đẳng|Chính trị|\\p{Lu}))',
  // these open a unit only before a capitalised or known word: "Tổ công tác", "Hội Nông dân", "Đoàn Thanh niên"
  'Tổ(?= (?:công tác|giúp việc|chuyên gia|kiểm kê|\\p{Lu}))',
  'Hội(?= (?:đồng|\\p{Lu}))',
  'Phòng(?= \\p{Lu})',
  'Đoàn(?= (?:đại biểu|\\p{Lu}))',
].join('|');

export const HEAD_AT_START = new RegExp(`^(?:${HEAD})(?=[\\s,:;]|$)`, 'u');

/** Words, in lower case, after which a unit's name has ended and the sentence's verb begins. */
const VERB =
  'chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|thực hiện|tham mưu|triển khai|tổ chức|chỉ đạo|khẩn trương|tiếp tục|chủ động|rà soát|nghiên cứu|xây dựng|căn cứ|phải|cần|theo dõi|hướng dẫn|bố trí|đẩy mạnh|tăng cường|quan tâm|là|làm|kiểm tra|tập trung|nâng cao|sớm|thường xuyên|định kỳ|báo cáo|giám sát|đề xuất|quán triệt|hoàn thành|ban hành|cập nhật|bảo đảm|đảm bảo|lựa chọn|đôn đốc|trình|giao|được|trong|theo|về|nhằm|để|với|đối với|tại|hằng|hàng|khi|thẩm định|tiếp nhận|chịu|duy trì|phát huy|vận hành|thúc đẩy|hỗ trợ|ưu tiên|xử lý|công bố|cung cấp|đánh giá|thống nhất|kịp thời|nghiêm túc|có|phụ trách|cử|tuyên truyền|xác định|quyết định|gửi|tổng hợp|đề nghị|yêu cầu|nêu|thuộc phạm vi|trên cơ sở|từ|đến|năm|tiếp thu|số hóa|khắc phục|tham gia|đẩy nhanh|đổi mới|trực tiếp|vận động|phát động|tổ chức thực hiện';

export const VERB_AT = new RegExp(`^(?:${VERB})(?=[\\s,.;:]|$)`, 'u');

/** Group words that a plural phrase lists ("Các sở, ban, ngành, địa phương"); they keep the phrase whole. */
const GROUP =
  'tổng công ty|công ty|cá nhân|hộ gia đình|người dân|sở|ban|bộ|ngành|cơ quan|đơn vị|địa phương|đoàn thể|cấp|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu|thành phố|tỉnh|tổ chức chính trị\\s*-\\s*xã hội|tổ chức|doanh nghiệp|hội|chính quyền|cấp chính quyền|ban, cơ quan|đảng bộ|đảng ủy|thành viên|địa bàn|nhà đầu tư|chủ đầu tư|nhà thầu|đơn vị tư vấn|chủ rừng|hiệp hội|hợp tác xã';
export const GROUP_WORD = new RegExp(`^(?:các\\s+)?(?:${GROUP})(?![\\p{L}\\d])`, 'iu');

const TITLE =
  '[Tt]hủ trưởng|[Gg]iám đốc|[Pp]hó [Gg]iám đốc|[Cc]hủ tịch|[Pp]hó [Cc]hủ tịch|[Nn]gười đứng đầu|Lãnh đạo|Trưởng|[Bb]í thư|Chánh Văn phòng|[Cc]hỉ huy trưởng|[Tt]ổng giám đốc|[Bb]ộ trưởng|[Tt]hứ trưởng|Các thành viên|các thành viên|thành viên';
/**
 * Leader titles before the unit they lead, with the honorific "(các) đồng chí" and several titles of one
 * unit ("Các đồng chí Bí thư, Chủ tịch UBND các xã"); group 2 keeps a "các" that belongs to the unit.
 */
export const LEADER_TITLE = new RegExp(
  `^(?:(?:[Cc]ác\\s+)?(?:đồng chí|Đồng chí)\\s+)?((?:${TITLE})(?:\\s*,\\s*(?:${TITLE}))*)(\\s+các)?\\s*[,;]?\\s*`,
  'u',
);

export const GENERIC =
  /^(các\s+)?(cơ quan|đơn vị|cơ quan, đơn vị|sở, ngành|ngành)(\s*,\s*(cơ quan|đơn vị|địa phương|tổ chức))*\s+(có\s+)?liên quan$/iu;
