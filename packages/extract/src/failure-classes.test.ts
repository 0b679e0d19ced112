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
});
