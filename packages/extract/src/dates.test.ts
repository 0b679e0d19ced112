import { describe, expect, it } from 'vitest';
import { findDates, parseDue, parseDueField } from './dates';

describe('deadlines in the words of a task', () => {
  it.each([
    ['hoàn thành trước ngày 31/3/2025', { type: 'date', date: '2025-03-31' }],
    ['báo cáo UBND tỉnh trước ngày 30 tháng 6 năm 2025', { type: 'date', date: '2025-06-30' }],
    [
      'đến hết 30/6/2025, tất cả cán bộ xử lý hồ sơ trên môi trường mạng',
      { type: 'date', date: '2025-06-30' },
    ],
    ['chậm nhất ngày 15/01/2026 gửi Sở Tài chính', { type: 'date', date: '2026-01-15' }],
  ])('"%s" is a day', (text, due) => {
    expect(parseDue(text, 2025)).toEqual(due);
  });

  it.each([
    ['trình cấp có thẩm quyền phê duyệt trong Quý I/2026', '2026-03-31'],
    ['hoàn thành trong quý II/2025', '2025-06-30'],
    ['báo cáo cấp có thẩm quyền trong tháng 11/2025', '2025-11-30'],
    ['hết tháng 6 năm 2025, 100% hồ sơ được gắn định danh', '2025-06-30'],
    ['hoàn thành trong năm 2025', '2025-12-31'],
    ['đến hết năm 2025 hoàn thành chỉ tiêu', '2025-12-31'],
    ['triển khai trong giai đoạn 2026 - 2030', '2030-12-31'],
    ['hoàn thành trước tháng 2/2026', '2026-02-28'],
  ])('"%s" is a period ending %s', (text, end) => {
    expect(parseDue(text, 2025)).toMatchObject({ type: 'period', end });
  });

  it.each([
    ['báo cáo hằng ngày trước 16 giờ', 'day'],
    ['tổng hợp, báo cáo hằng tuần', 'week'],
    ['báo cáo kết quả hàng tháng về Sở', 'month'],
    ['báo cáo vào ngày cuối cùng của tháng cuối Quý', 'quarter'],
    ['định kỳ hằng năm báo cáo Ban Chỉ đạo', 'year'],
  ])('"%s" recurs every %s', (text, every) => {
    expect(parseDue(text, 2025)).toMatchObject({ type: 'recurring', every });
  });

  it('does not take a rhythm that qualifies a thing for the task’s own', () => {
    expect(
      parseDue('cụ thể hóa nhiệm vụ trong chương trình, kế hoạch công tác hàng năm của cơ quan', 2025),
    ).toBeUndefined();
    expect(parseDue('bố trí kinh phí trong dự toán ngân sách nhà nước hằng năm', 2025)).toBeUndefined();
    expect(parseDue('báo cáo kết quả thực hiện Kế hoạch hằng năm', 2025)).toMatchObject({
      type: 'recurring',
      every: 'year',
    });
  });

  it('keeps a stated deadline and adds a stated rhythm to it', () => {
    expect(parseDue('báo cáo hằng tháng, hoàn thành trước ngày 31/12/2025', 2025)).toEqual({
      type: 'date',
      date: '2025-12-31',
      every: 'month',
    });
  });

  it.each([
    'Thường xuyên kiểm tra, đôn đốc việc thực hiện',
    'Nhiệm vụ thường xuyên của các sở',
    'duy trì hoạt động của Tổ công tác; thường xuyên cập nhật dữ liệu',
  ])('"%s" is ongoing', (text) => {
    expect(parseDue(text, 2025)).toEqual({ type: 'ongoing' });
  });

  it('does not take recurrent spending or a cited document date for a deadline', () => {
    expect(parseDue('bố trí kinh phí chi thường xuyên cho nhiệm vụ', 2025)).toBeUndefined();
    expect(
      parseDue('triển khai Nghị quyết số 04/2025/NQ-CP ngày 20/8/2025 của Chính phủ', 2025),
    ).toBeUndefined();
    expect(parseDue('tiếp tục phát huy hiệu quả phong trào', 2025)).toBeUndefined();
  });

  it('does not take the horizon in a plan’s name for a deadline', () => {
    expect(
      parseDue('hoàn thành Kế hoạch triển khai Chương trình khoa học công nghệ biển đến năm 2030', 2025),
    ).toBeUndefined();
    expect(parseDue('thực hiện Quy hoạch thời kỳ 2021-2030, tầm nhìn đến năm 2045', 2025)).toBeUndefined();
    expect(parseDue('hoàn thành việc số hóa đến năm 2030', 2025)).toMatchObject({
      type: 'period',
      end: '2030-12-31',
    });
  });

  it('reads a heading about standing duties as ongoing', () => {
    expect(parseDue('Về nhiệm vụ thường xuyên của các cơ quan, địa phương, đơn vị', 2025)).toEqual({
      type: 'ongoing',
    });
  });

  it('fills a missing year from the document', () => {
    expect(parseDue('hoàn thành trước ngày 15/01', 2026)).toEqual({ type: 'date', date: '2026-01-15' });
  });

  it('refuses impossible calendar dates', () => {
    expect(findDates('ngày 31/02/2025 và 29/02/2024', 2025).map((d) => d.date)).toEqual(['2024-02-29']);
  });
});

describe('deadlines in a table cell or a "Thời gian thực hiện" line', () => {
  it.each([
    ['2025', { type: 'period', end: '2025-12-31' }],
    ['Tháng 11 - 12/2025', { type: 'period', end: '2025-12-31' }],
    ['Quý III/2026', { type: 'period', end: '2026-09-30' }],
    ['Trước ngày 30/11/2025', { type: 'date', date: '2025-11-30' }],
    ['Thường xuyên.', { type: 'ongoing' }],
    ['Tháng 12 hằng năm', { type: 'recurring', every: 'year' }],
  ])('"%s"', (text, due) => {
    expect(parseDueField(text, 2025)).toMatchObject(due);
  });

  it('reads "from … until it ends" as no deadline', () => {
    expect(parseDueField('Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.', 2025)).toBeUndefined();
  });
});
