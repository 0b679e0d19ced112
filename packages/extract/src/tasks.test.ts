import { describe, expect, it } from 'vitest';
import { extractText } from './extract';
import { splitItem } from './tasks';

const letter = (body: string) =>
  [
    'ỦY BAN NHÂN DÂN',
    'TỈNH MAI SƠN',
    'Số: 12/UBND-VX',
    'V/v triển khai nhiệm vụ năm 2025',
    'Mai Sơn, ngày 10 tháng 01 năm 2025',
    'Kính gửi:',
    '- Các sở, ban, ngành tỉnh;',
    '- UBND các xã, phường.',
    'Ủy ban nhân dân tỉnh chỉ đạo như sau:',
    body,
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Trần Văn Bình',
  ].join('\n');

describe('what is a task', () => {
  it('takes the leaf items, with the lead-in units and deadline of their parent', () => {
    const { tasks } = extractText(
      letter(
        [
          '1. Sở Tư pháp chủ trì, tham mưu, hoàn thành trong quý II/2025:',
          '- Rà soát thủ tục hành chính về hộ tịch;',
          '- Số hóa dữ liệu hộ tịch, hoàn thành trước ngày 31/3/2025.',
          '2. Tổ chức tập huấn kỹ năng số cho cán bộ.',
        ].join('\n'),
      ),
    );
    // bullets are numbered within their list, so each task has a reference a person can find
    expect(tasks.map((t) => t.ref)).toEqual(['1.-1', '1.-2', '2']);
    expect(tasks.map((t) => [t.text, t.lead, t.due])).toEqual([
      [
        'Rà soát thủ tục hành chính về hộ tịch',
        ['Sở Tư pháp'],
        { type: 'period', end: '2025-06-30', label: 'trong quý II/2025' },
      ],
      [
        'Số hóa dữ liệu hộ tịch, hoàn thành trước ngày 31/3/2025.',
        ['Sở Tư pháp'],
        { type: 'date', date: '2025-03-31' },
      ],
      // no unit named: the recipients in general
      [
        'Tổ chức tập huấn kỹ năng số cho cán bộ.',
        ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường'],
        null,
      ],
    ]);
  });

  it('leaves out praise, assessment and the closing formula', () => {
    const { tasks } = extractText(
      letter(
        [
          '1. Ghi nhận, đánh giá cao kết quả các đơn vị đã đạt được.',
          '2. Công an tỉnh tổ chức thực hiện mô hình phường an toàn.',
          'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
        ].join('\n'),
      ),
    );
    expect(tasks.map((t) => t.text)).toEqual(['Công an tỉnh tổ chức thực hiện mô hình phường an toàn.']);
  });

  it('drops footnote marks glued to words and the footnotes a page break left between items', () => {
    const { tasks } = extractText(
      letter(
        [
          '1. Công an tỉnh lắp đặt trạm BTS trên địa bàn tỉnh1; hoàn thành trong quý II/2025.',
          '1 Mục đích tạo thuận lợi cho công tác chỉ đạo, triển khai qua môi trường trực tuyến,',
          'đồng thời tuyên truyền cho người dân.',
          '2. Sở Y tế kết nối Bệnh án điện tử.',
        ].join('\n'),
      ),
    );
    expect(tasks.map((t) => t.text)).toEqual([
      'Công an tỉnh lắp đặt trạm BTS trên địa bàn tỉnh; hoàn thành trong quý II/2025.',
      'Sở Y tế kết nối Bệnh án điện tử.',
    ]);
  });

  it('keeps the parts a report holds with the task that asks for it', () => {
    const { tasks } = extractText(
      letter(
        [
          '1. Báo cáo định kỳ hằng tháng:',
          'Yêu cầu Sở Tài chính báo cáo số liệu đấu thầu hằng tháng, bao gồm:',
          '(1). Tổng số gói thầu trong kỳ báo cáo;',
          '(2). Tổng giá trị trúng thầu trong kỳ báo cáo.',
          '2. Công an tỉnh rà soát dữ liệu dân cư.',
        ].join('\n'),
      ),
    );
    expect(tasks.map((t) => [t.lead, t.due?.type])).toEqual([
      [['Sở Tài chính'], 'recurring'],
      [['Công an tỉnh'], undefined],
    ]);
  });

  it('gives every task the span of its words in the text', () => {
    const text = letter('1. Công an tỉnh rà soát dữ liệu dân cư.');
    const [task] = extractText(text).tasks;
    expect(text.slice(task!.spans[0]!.start, task!.spans[0]!.end)).toBe(
      'Công an tỉnh rà soát dữ liệu dân cư.',
    );
  });

  it('warns when no lead unit is found', () => {
    const text = [
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số',
      'I. NHIỆM VỤ',
      '1. Tổ chức tập huấn kỹ năng số.',
    ].join('\n');
    expect(extractText(text).tasks[0]).toMatchObject({
      lead: [],
      warnings: ['Không tìm thấy đơn vị chủ trì'],
    });
  });
});

describe('splitting an item', () => {
  it('splits inline members that are separate actions', () => {
    expect(
      splitItem(
        'Thực hiện nhiệm vụ thường trực, trong đó: (1) Thường xuyên kiểm tra, đôn đốc việc thực hiện nhiệm vụ; (2) Tham mưu xây dựng chương trình công tác năm 2026.',
      ),
    ).toEqual([
      { text: 'Thường xuyên kiểm tra, đôn đốc việc thực hiện nhiệm vụ;' },
      { text: 'Tham mưu xây dựng chương trình công tác năm 2026.' },
    ]);
  });

  it('keeps members that only list areas of one action together', () => {
    const text = 'Tập trung triển khai 3 nhóm lĩnh vực: (1) thể chế; (2) hạ tầng số; (3) dữ liệu số.';
    expect(splitItem(text)).toEqual([{ text }]);
  });

  it('gives each percentage target its own task, the shared lead-in kept only as context', () => {
    expect(
      splitItem(
        'Nâng cao chất lượng dịch vụ công. Phấn đấu đến hết năm 2025, 100% TTHC được cung cấp trực tuyến, 80% hồ sơ được xử lý trực tuyến. Hết tháng 6 năm 2025, 100% hồ sơ được gắn định danh.',
      ),
    ).toEqual([
      { text: 'Nâng cao chất lượng dịch vụ công.' },
      { text: '100% TTHC được cung cấp trực tuyến', leadIn: 'Phấn đấu đến hết năm 2025,' },
      { text: '80% hồ sơ được xử lý trực tuyến.', leadIn: 'Phấn đấu đến hết năm 2025,' },
      { text: 'Hết tháng 6 năm 2025, 100% hồ sơ được gắn định danh.' },
    ]);
  });

  it('splits clauses that go to another unit, and a later deadline of that unit', () => {
    expect(
      splitItem(
        'tăng cường tập huấn cho cán bộ về chuyển đổi số; Sở Y tế phải kết nối Bệnh án điện tử trước ngày 15/01/2025; sau đó nhân rộng kết nối đến tuyến xã trong quý II/2025.',
        2025,
      ),
    ).toEqual([
      { text: 'tăng cường tập huấn cho cán bộ về chuyển đổi số' },
      { text: 'Sở Y tế phải kết nối Bệnh án điện tử trước ngày 15/01/2025' },
      {
        text: 'sau đó nhân rộng kết nối đến tuyến xã trong quý II/2025.',
        subject: 'Sở Y tế phải kết nối Bệnh án điện tử trước ngày 15/01/2025',
      },
    ]);
  });

  it('keeps a subject made of names only with the clause that acts', () => {
    const text =
      'Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ chức năng, nhiệm vụ triển khai thực hiện Chỉ thị này.';
    expect(splitItem(text, 2025)).toEqual([{ text }]);
  });

  it('keeps the clauses of one unit and one deadline together', () => {
    const text =
      'các cơ quan phối hợp làm sạch dữ liệu; chỉnh sửa, cập nhật thông tin; rà soát dữ liệu số hóa trong Quý I/2025.';
    expect(splitItem(text, 2025)).toEqual([{ text }]);
  });

  it('keeps an item with a single target whole', () => {
    const text = 'Đến hết tháng 6 năm 2025, 100% hồ sơ giải quyết TTHC được gắn định danh cá nhân.';
    expect(splitItem(text)).toEqual([{ text }]);
  });
});
