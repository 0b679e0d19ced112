import { describe, expect, it } from 'vitest';
import { splitLines } from './blocks';
import { isTableHeader, parseTable } from './tables';

function rows(text: string) {
  const lines = splitLines(text);
  const header = isTableHeader(lines, 0);
  if (!header) throw new Error('no table header');
  return parseTable(lines, 0, header, () => false).rows.map((r) => ({
    ref: r.ref,
    section: r.section,
    task: r.taskLines.map((l) => l.text).join(' '),
    lead: r.lead,
    support: r.support,
    due: r.dueText,
  }));
}

describe('appendix tables from a PDF (cells one after another)', () => {
  it('tells the short unit lines from the long task lines, one-line rows included', () => {
    const text = [
      'STT Tên nhiệm vụ Đơn vị chủ trì',
      '1.',
      'Tham mưu bố trí cán bộ có trình độ khoa học, kỹ thuật giữ các chức vụ lãnh',
      'đạo, quản lý trong hệ thống cơ quan đảng các cấp.',
      'Ban Tổ chức Thành',
      'ủy',
      '2. Bảo đảm an ninh mạng và chủ quyền số. Công an Thành phố',
    ].join('\n');
    expect(rows(text)).toEqual([
      {
        ref: '1',
        section: null,
        task: 'Tham mưu bố trí cán bộ có trình độ khoa học, kỹ thuật giữ các chức vụ lãnh đạo, quản lý trong hệ thống cơ quan đảng các cấp.',
        lead: ['Ban Tổ chức Thành ủy'],
        support: [],
        due: '',
      },
      {
        ref: '2',
        section: null,
        task: 'Bảo đảm an ninh mạng và chủ quyền số.',
        lead: ['Công an Thành phố'],
        support: [],
        due: '',
      },
    ]);
  });

  it('skips page numbers and repeated headers, and joins a task cell a page break carried past its units', () => {
    const text = [
      'STT Tên nhiệm vụ TB kết luận của',
      'BCĐ TW Đơn vị chủ trì',
      '1',
      'Bám sát kế hoạch công tác tháng 6 và 6 tháng cuối năm 2025, bảo đảm chất lượng,',
      'tiến độ đề ra; gắn rõ trách nhiệm với từng cơ quan, đơn vị,',
      'Thông báo số 04-',
      'TB/BCĐTW',
      'ngày 30/5/2025',
      'Các Sở, ban,',
      'ngành, địa',
      'phương',
      '12',
      'STT Tên nhiệm vụ TB kết luận của',
      'BCĐ TW Đơn vị chủ trì',
      'nhất là người đứng đầu; xử lý nghiêm trách nhiệm đối với trường hợp không hoàn',
      '2',
      'Tham mưu hoàn thiện thể chế và bố trí đủ nguồn lực để hoàn thành các nhiệm vụ',
      'Sở Tài chính, Sở',
      'Nội vụ',
    ].join('\n');
    const [first, second] = rows(text);
    expect(first!.task).toBe(
      'Bám sát kế hoạch công tác tháng 6 và 6 tháng cuối năm 2025, bảo đảm chất lượng, tiến độ đề ra; gắn rõ trách nhiệm với từng cơ quan, đơn vị, nhất là người đứng đầu; xử lý nghiêm trách nhiệm đối với trường hợp không hoàn',
    );
    expect(first!.lead).toEqual(['Các Sở, ban, ngành, địa phương']);
    expect(second!.lead).toEqual(['Sở Tài chính', 'Sở Nội vụ']);
  });
});

describe('appendix tables one cell a line (HTML, DOCX)', () => {
  it('reads section rows, lead and supporting units and the deadline cell', () => {
    const text = [
      'TT',
      'Nội dung thực',
      'hiện',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn',
      'thành',
      'I',
      'KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO',
      '1',
      'Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh,',
      'cấp xã; ban hành quy chế hoạt động',
      'Bộ CHQS tỉnh; UBND',
      'cấp xã',
      'Văn phòng Ban Chỉ',
      'huy; các sở, ban, ngành',
      'Trước ngày',
      '30/11/2025',
      'II',
      'TRIỂN KHAI VĂN BẢN',
      '1',
      'Triển khai nội dung chi đặc thù cho phòng thủ dân sự.',
      'Sở Tài chính',
      'Cơ quan, địa',
      'phương liên quan',
      'Thường xuyên',
    ].join('\n');
    expect(rows(text)).toEqual([
      {
        ref: '1',
        section: 'I',
        task: 'Tổ chức lại Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã; ban hành quy chế hoạt động',
        lead: ['Bộ Chỉ huy Quân sự tỉnh', 'Ủy ban nhân dân cấp xã'],
        support: ['Văn phòng Ban Chỉ huy', 'Các sở, ban, ngành'],
        due: 'Trước ngày 30/11/2025',
      },
      {
        ref: '1',
        section: 'II',
        task: 'Triển khai nội dung chi đặc thù cho phòng thủ dân sự.',
        lead: ['Sở Tài chính'],
        support: [],
        due: 'Thường xuyên',
      },
    ]);
  });
});
