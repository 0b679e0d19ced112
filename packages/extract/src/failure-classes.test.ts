/** The failure classes found on directives outside the corpus (shared/corpus/FAILURE-CLASSES.md), one test each. */
import { describe, expect, it } from 'vitest';
import { extractText } from './extract';

/** A plan (kế hoạch) of a provincial People's Committee with no Kính gửi list, around `body`. */
const plan = (body: string) =>
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH MAI SƠN',
    'Số: 25/KH-UBND',
    'Mai Sơn, ngày 10 tháng 01 năm 2026',
    'KẾ HOẠCH',
    'Phòng, chống hạn hán năm 2026',
    body,
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Trần Văn Bình',
  ].join('\n');

const leads = (body: string) => extractText(plan(body)).tasks.map((t) => [t.text, t.lead]);

describe('failure classes', () => {
  it("C01 the issuer's own 'ban hành Kế hoạch … như sau:' addresses no one", () => {
    const tasks = leads(
      [
        'Thực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ;',
        'Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống hạn hán năm 2026 như sau:',
        'I. NHIỆM VỤ',
        '1. Rà soát các hồ chứa có nguy cơ thiếu nước.',
        '2. Sở Nông nghiệp và Môi trường chủ trì lập phương án cấp nước.',
      ].join('\n'),
    );
    expect(tasks).toEqual([
      ['Rà soát các hồ chứa có nguy cơ thiếu nước.', []],
      ['Sở Nông nghiệp và Môi trường chủ trì lập phương án cấp nước.', ['Sở Nông nghiệp và Môi trường']],
    ]);
  });

  it('C01 the issuer line as the second sentence of "Thực hiện …", wrapped after the issuer', () => {
    const tasks = leads(
      [
        'Thực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ. UBND tỉnh ban',
        'hành Kế hoạch triển khai thực hiện, với các nội dung sau:',
        '1. Rà soát các hồ chứa có nguy cơ thiếu nước.',
        '2. Tổ chức diễn tập phương án cấp nước cho khu dân cư.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([[], []]);
  });

  it('C05 a "NỘI DUNG KẾ HOẠCH" section with field lines and action bullets is a task section', () => {
    const tasks = leads(
      [
        'II. NỘI DUNG KẾ HOẠCH',
        '1. Tập huấn nghiệp vụ cho cán bộ làm công tác thống kê',
        '- Cơ quan thực hiện: Cục Thống kê tỉnh.',
        '- Thời gian thực hiện: Quý I năm 2026.',
        '2. Hỗ trợ thực hiện',
        '- Các nội dung hỗ trợ gồm:',
        '+ Hướng dẫn nghiệp vụ cho cấp xã;',
        '+ Tổ chức tiếp nhận phản ánh của người dân;',
        '- Cơ quan thực hiện: Các sở, ngành có liên quan.',
      ].join('\n'),
    );
    expect(tasks).toEqual([
      ['Tập huấn nghiệp vụ cho cán bộ làm công tác thống kê', ['Cục Thống kê tỉnh']],
      ['Hướng dẫn nghiệp vụ cho cấp xã', []],
      ['Tổ chức tiếp nhận phản ánh của người dân', []],
    ]);
  });

  it('C05 a "NỘI DUNG" summary that an appendix details keeps only items naming a unit', () => {
    const tasks = leads(
      [
        'II. NỘI DUNG',
        '1. Kiện toàn cơ chế chỉ đạo, điều hành.',
        '2. Sở Nội vụ chủ trì rà soát tổ chức bộ máy.',
        '(Chi tiết Danh mục nhiệm vụ tại Phụ lục kèm theo)',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([['Sở Nội vụ']]);
  });

  it('C08 short first lines of HTML text do not split headings and bullets', () => {
    const text = plan(
      [
        'IV. NỘI',
        'DUNG TRIỂN KHAI',
        '',
        '1. Ứng phó sự cố',
        '',
        '- Phối hợp với Bộ đội',
        'Biên phòng tuần tra khu vực biên giới.',
        '',
        '- Hội Cựu chiến binh, Đoàn',
        'Thanh niên tham gia giữ gìn trật tự.',
        '',
        'V. TỔ',
        'CHỨC THỰC HIỆN',
        '',
        '1. Sở',
        'Nội vụ',
        '',
        'a) Rà soát hồ sơ cán bộ theo quy định.',
      ].join('\n'),
    );
    const { tasks } = extractText(text);
    expect(tasks.map((t) => [t.ref, t.text, t.lead])).toEqual([
      ['IV.1.-1', 'Phối hợp với Bộ đội Biên phòng tuần tra khu vực biên giới.', []],
      [
        'IV.1.-2',
        'Hội Cựu chiến binh, Đoàn Thanh niên tham gia giữ gìn trật tự.',
        ['Hội Cựu chiến binh', 'Đoàn Thanh niên'],
      ],
      ['V.1.a', 'Rà soát hồ sơ cán bộ theo quy định.', ['Sở Nội vụ']],
    ]);
  });

  it('C08 an upper-case abbreviation ending a wrapped sentence is no heading', () => {
    const tasks = leads(
      [
        '1. Sở Tư pháp',
        '',
        'a) Rà soát, đơn giản hóa thủ tục theo Nghị quyết số 66/NQ-CP về cắt giảm',
        'TTHC.',
        '',
        'b) Tổ chức tập huấn cho cán bộ tư pháp cấp xã.',
        '',
        '2. Sở Y tế',
        '',
        'a) Kiểm tra an toàn thực phẩm tại các chợ.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([['Sở Tư pháp'], ['Sở Tư pháp'], ['Sở Y tế']]);
  });

  it('C04 a task bullet whose verb no list holds is still a task; a description is not', () => {
    const tasks = leads(
      [
        'II. NHIỆM VỤ',
        '1. Công tác vệ sinh',
        '- Nạo vét kênh mương nội đồng bị bồi lắng.',
        '- Khoanh vùng, cách ly khu vực có ổ dịch.',
        '- Cấp phát viên khử khuẩn cho các hộ gia đình.',
        '2. Các bệnh thường gặp trong mùa lũ',
        '- Bệnh tiêu chảy, đau mắt đỏ, sốt xuất huyết.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[0])).toEqual([
      'Nạo vét kênh mương nội đồng bị bồi lắng.',
      'Khoanh vùng, cách ly khu vực có ổ dịch.',
      'Cấp phát viên khử khuẩn cho các hộ gia đình.',
    ]);
  });

  it('C12 a long "Về …:" topic label stands before the unit that leads', () => {
    const tasks = leads(
      [
        'III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH',
        '1. Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng tổng hợp của tỉnh: Bộ Xây dựng khẩn trương hướng dẫn thủ tục đầu tư.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([['Bộ Xây dựng']]);
  });

  it('#15.1 a lead-in paragraph inside a section gives its units, not its context period, to the items below', () => {
    const { tasks } = extractText(
      plan(
        [
          'I. ĐÁNH GIÁ CHUNG',
          '1. Về tình hình kinh tế: tăng trưởng khá.',
          '2. Về chính quyền hai cấp:',
          'Tỉnh đã triển khai đầy đủ các quy định, đề nghị các cơ quan tiếp tục theo dõi để thực hiện tốt hơn trong thời gian tới và báo cáo kết quả cho các cơ quan của Trung ương.',
          'II. NHIỆM VỤ TRỌNG TÂM',
          'Đề nghị Thường trực Tỉnh ủy tập trung thực hiện các nhiệm vụ trong 02 tháng cuối năm 2026; trong đó lưu ý các nội dung sau:',
          '1. Đổi mới mô hình phát triển dựa vào khoa học công nghệ.',
          '2. Chăm lo đời sống của Nhân dân vùng sâu, vùng xa.',
        ].join('\n'),
      ),
    );
    expect(tasks.map((t) => [t.ref, t.lead, t.due])).toEqual([
      ['II.1', ['Thường trực Tỉnh ủy'], null],
      ['II.2', ['Thường trực Tỉnh ủy'], null],
    ]);
  });

  it('C02 appendix rows numbered on across section rows, with a "Quí I-2026" deadline', () => {
    const text = plan(
      [
        'I. NHIỆM VỤ',
        '1. Các sở, ngành thực hiện nhiệm vụ tại Phụ lục kèm theo.',
        'PHỤ LỤC',
        'DANH MỤC NHIỆM VỤ',
        'STT',
        'Tên nhiệm vụ',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Thời gian hoàn thành',
        'I.',
        'TUYÊN TRUYỀN, PHỔ BIẾN',
        '1',
        'Tổ chức hội nghị phổ biến Luật cho cán bộ cấp xã.',
        'Sở Tư pháp',
        'UBND các xã, phường',
        'Quí I-2026',
        'II. HOÀN',
        'THIỆN THỂ CHẾ',
        '2',
        'Xây dựng quy chế phối hợp quản lý cụm công nghiệp.',
        'Sở Công Thương',
        'Các sở, ban, ngành tỉnh',
        'Quí II/2026',
      ].join('\n'),
    ).replace('Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình', '');
    const rows = extractText(text).tasks.filter(
      (t) => t.text.startsWith('Tổ chức hội') || t.text.startsWith('Xây dựng quy'),
    );
    expect(rows.map((t) => [t.lead, t.due && 'end' in t.due ? t.due.end : null])).toEqual([
      [['Sở Tư pháp'], '2026-03-31'],
      [['Sở Công Thương'], '2026-06-30'],
    ]);
  });

  it('C18 a field line whose value is a sentence gives the units that open its clauses', () => {
    const tasks = leads(
      [
        'II. NHIỆM VỤ',
        '1. Kiểm tra an toàn thực phẩm tại các chợ đầu mối.',
        '- Cơ quan thực hiện: Sở Công Thương kiểm tra các chợ; Ủy ban nhân dân các xã kiểm tra các chợ dân sinh.',
        '2. Rà soát hồ sơ cấp phép.',
        '- Cơ quan thực hiện: Các cơ quan, đơn vị theo quy định.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([
      ['Sở Công Thương', 'Ủy ban nhân dân các xã'],
      ['Các cơ quan, đơn vị theo quy định'],
    ]);
  });

  it('C03 a new sentence that addresses another unit is a task of its own', () => {
    const { tasks } = extractText(
      plan(
        [
          'II. NHIỆM VỤ',
          'b) Giao Bộ Tài chính chủ trì rà soát định mức chi trong tháng 12 năm 2025. Yêu cầu Tổng công ty',
          'Đường sắt Việt Nam khẩn trương hoàn thiện hồ sơ dự án; phối hợp với các địa phương bàn giao mặt bằng.',
        ].join('\n'),
      ),
    );
    expect(
      tasks.map((t) => [
        t.text.split(' ').slice(0, 4).join(' '),
        t.lead,
        t.due && 'end' in t.due ? t.due.end : null,
      ]),
    ).toEqual([
      ['Giao Bộ Tài chính', ['Bộ Tài chính'], '2025-12-31'],
      ['Yêu cầu Tổng công', ['Tổng công ty Đường sắt Việt Nam'], null],
    ]);
  });

  it("C03 clauses to another unit, and a clause with its own rhythm, split from the heading's item", () => {
    const { tasks } = extractText(
      plan(
        [
          'III. TỔ CHỨC THỰC HIỆN',
          '3. Các sở, ngành, Ủy ban nhân dân các phường',
          'Trên cơ sở Kế hoạch này, các sở, ngành tổ chức thực hiện nhiệm vụ được giao; Ủy ban nhân dân các phường xây dựng kế hoạch cụ thể để triển khai; định kỳ trước ngày 15/12 hằng năm báo cáo kết quả về Sở Nội vụ.',
        ].join('\n'),
      ),
    );
    // a yearly report "trước ngày 15/12 hằng năm": its rhythm is the year
    const rhythm = (t: (typeof tasks)[number]) => (t.due as { every?: string } | null)?.every ?? null;
    expect(tasks.map((t) => [t.lead, rhythm(t)])).toEqual([
      [['Các sở, ngành'], null],
      [['Ủy ban nhân dân các phường'], null],
      [['Các sở, ngành', 'Ủy ban nhân dân các phường'], 'year'],
    ]);
  });

  it('C05 a summary section keeps its actions outside the part an appendix details', () => {
    const tasks = leads(
      [
        'II. NỘI DUNG CHỦ YẾU',
        '1. Các chương trình, dự án',
        'a) Về các dự án đầu tư công',
        'Ưu tiên tập trung nguồn lực nhà nước đầu tư nâng cấp các cơ sở văn hóa.',
        'b) Danh mục các dự án ưu tiên đầu tư',
        '- Xây dựng, nâng cấp các cơ sở văn hóa quốc gia;',
        '- Đầu tư cho đào tạo tài năng thể thao. (Chi tiết danh mục tại Phụ lục kèm theo)',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[0])).toEqual([
      'Ưu tiên tập trung nguồn lực nhà nước đầu tư nâng cấp các cơ sở văn hóa.',
    ]);
  });

  it('C15 "… và các năm tiếp theo" and "từ năm … trở đi" are standing duties', () => {
    const { tasks } = extractText(
      plan(
        [
          'II. NHIỆM VỤ',
          '1. Rà soát danh mục cơ sở dữ liệu của tỉnh.',
          '- Cơ quan chủ trì: Sở Nội vụ.',
          '- Thời gian thực hiện: Quý I năm 2026 và các năm tiếp theo.',
          '2. Từ năm 2026 trở đi, 100% hồ sơ được số hóa.',
        ].join('\n'),
      ),
    );
    expect(tasks.map((t) => t.due)).toEqual([{ type: 'ongoing' }, { type: 'ongoing' }]);
  });

  it('#15.4 a target labelled "Chỉ tiêu N:" is a task without its label, with or without a percentage', () => {
    const tasks = leads(
      [
        'II. MỤC TIÊU',
        '1. Lĩnh vực y tế',
        '- Chỉ tiêu 1: Tỷ số giới tính khi sinh ở mức 107 trẻ trai/100 trẻ gái vào năm 2026.',
        '- Chỉ tiêu 2: Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95% vào năm 2026.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[0])).toEqual([
      'Tỷ số giới tính khi sinh ở mức 107 trẻ trai/100 trẻ gái vào năm 2026.',
      'Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95% vào năm 2026.',
    ]);
  });

  it('C06 a duties heading "Đề nghị: …" and actors outside the agency heads are read as written', () => {
    const tasks = leads(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '5. Các chủ rừng là hộ gia đình, cá nhân (được giao đất, giao rừng)',
        '- Tự kiểm tra, phát hiện và báo cáo kịp thời các vụ vi phạm.',
        '6. Đề nghị: Hiệp hội Du lịch tỉnh, Hội Liên hiệp Phụ nữ tỉnh',
        'a) Tuyên truyền, vận động hội viên tham gia chương trình.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([
      ['Các chủ rừng là hộ gia đình, cá nhân (được giao đất, giao rừng)'],
      ['Hiệp hội Du lịch tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ]);
    const second = leads(
      'Thứ hai, các sở, ngành, các nhà đầu tư, nhà thầu chủ động rà soát tiến độ các dự án.',
    );
    expect(second.map((t) => t[1])).toEqual([['Các sở, ngành', 'Các nhà đầu tư, nhà thầu']]);
  });

  it('C07 leader titles and the honorific "đồng chí" are stripped, also in lower case after "Giao"', () => {
    const tasks = leads(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Giao người đứng đầu các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường',
        '- Rà soát, cập nhật dữ liệu dân cư trên địa bàn.',
        '2. Nhiệm vụ khác',
        'c) Giao đồng chí Giám đốc Sở Xây dựng trực tiếp chỉ đạo việc thi công công trình.',
        'd) Các đồng chí Bí thư, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm tổ chức thực hiện.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([
      ['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường'],
      ['Sở Xây dựng'],
      ['Ủy ban nhân dân các xã'],
    ]);
  });

  it('C14 a bare group keeps the clause that defines it; a name ends before the verb that follows it', () => {
    const tasks = leads(
      [
        'III. TỔ CHỨC THỰC HIỆN',
        '4. Các cơ quan được giao chủ trì nhiệm vụ tại Kế hoạch này có trách nhiệm lập dự toán kinh phí.',
        '5. Bộ Y tế đẩy nhanh tiến độ thẩm định hồ sơ dự án.',
        '6. Các đơn vị chưa hoàn thành xây dựng cơ sở dữ liệu phải hoàn thành trong quý I/2026.',
      ].join('\n'),
    );
    expect(tasks.map((t) => t[1])).toEqual([
      ['Các cơ quan được giao chủ trì nhiệm vụ tại Kế hoạch này'],
      ['Bộ Y tế'],
      ['Các đơn vị chưa hoàn thành xây dựng cơ sở dữ liệu'],
    ]);
  });
});
