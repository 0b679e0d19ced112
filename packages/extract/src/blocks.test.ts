import { describe, expect, it } from 'vitest';
import { blockText, matchMarker, reflow, splitLines } from './blocks';

describe('numbering marks', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['A. Các nhiệm vụ tại Kế hoạch', 'upper', 'A'],
    ['Điều 2. Quyết định này có hiệu lực', 'article', '2'],
    ['2. Giao Sở Nội vụ', 'decimal', '2'],
    ['2.1. Văn phòng Thành ủy', 'decimal', '2.1'],
    ['1.3.2 Xây dựng kế hoạch', 'decimal', '1.3.2'],
    ['đ) Sở Nội vụ: căn cứ', 'letter', 'đ'],
    ['b2) Tổ chức lấy ý kiến', 'letter', 'b2'],
    ['(3) Chủ động tham mưu', 'paren', '3'],
    ['Thứ hai, làm tốt công tác truyền thông', 'ordinal', 'Thứ hai'],
    ['- Rà soát thủ tục', 'dash', '-'],
    ['+ Sở Xây dựng: hướng dẫn', 'plus', '+'],
    ['1.', 'decimal', '1'],
    ['II.', 'roman', 'II'],
  ])('"%s" is a %s mark', (text, kind, label) => {
    expect(matchMarker(text)).toMatchObject({ kind, label });
  });

  it.each(['1.000 hồ sơ được số hóa', '2025: “Chuyển đổi số toàn dân”', 'Ủy ban nhân dân tỉnh', 'Kết luận'])(
    '"%s" is no mark',
    (text) => {
      expect(matchMarker(text)).toBeNull();
    },
  );
});

describe('reflowing soft-wrapped lines into items', () => {
  it('joins a wrapped item and starts a new one at the next mark', () => {
    const text = [
      '1. Quán triệt chỉ đạo của Thủ tướng Chính phủ về chủ đề Chuyển đổi số năm',
      '2025: “Chuyển đổi số toàn dân, toàn diện”.',
      '2. Thủ trưởng các sở, ban, ngành:',
      'a) Xác định quan điểm chỉ đạo.',
    ].join('\n\n');
    const blocks = reflow(splitLines(text));
    expect(blocks.map((b) => [b.marker?.label, blockText(b)])).toEqual([
      [
        '1',
        'Quán triệt chỉ đạo của Thủ tướng Chính phủ về chủ đề Chuyển đổi số năm 2025: “Chuyển đổi số toàn dân, toàn diện”.',
      ],
      ['2', 'Thủ trưởng các sở, ban, ngành:'],
      ['a', 'Xác định quan điểm chỉ đạo.'],
    ]);
  });

  it('rejoins a document number broken after its hyphen', () => {
    const blocks = reflow(splitLines('- Triển khai Nghị quyết số 57-\nNQ/TW của Bộ Chính trị.'));
    expect(blockText(blocks[0]!)).toBe('Triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.');
  });

  it('reads a mark standing alone on its line with the text below it', () => {
    const blocks = reflow(splitLines('1.1.\nTrưởng Ban Chỉ đạo\n\n- Phụ\ntrách chung.'));
    expect(blocks.map((b) => [b.marker?.label, blockText(b)])).toEqual([
      ['1.1', 'Trưởng Ban Chỉ đạo'],
      ['-', 'Phụ trách chung.'],
    ]);
  });

  it('ends a paragraph at a short heading line', () => {
    const blocks = reflow(
      splitLines(
        '2.2. Văn phòng Thành ủy\nThực hiện nhiệm vụ Cơ quan Thường trực Ban Chỉ đạo, trong đó kiểm tra, đôn đốc việc thực hiện.',
      ),
    );
    expect(blocks.map((b) => blockText(b))).toEqual([
      'Văn phòng Thành ủy',
      'Thực hiện nhiệm vụ Cơ quan Thường trực Ban Chỉ đạo, trong đó kiểm tra, đôn đốc việc thực hiện.',
    ]);
  });
});
