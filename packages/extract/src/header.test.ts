import { describe, expect, it } from 'vitest';
import { parseFrame } from './header';

const frame = (text: string) => parseFrame(text.split('\n').filter((l) => l.trim()));

describe('the document block', () => {
  it('reads a công văn: number, place and date, V/v, Kính gửi, signer, references', () => {
    const { document } = frame(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH TUYÊN QUANG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Số: 245/UBND-KGVX',
        'V/v tổ chức thực hiện Thông báo kết luận',
        'số 56/TB-VPCP ngày 23/02/2025',
        'Tuyên Quang, ngày 15 tháng 3 năm 2025',
        'Kính gửi:',
        '- Các sở, ban, ngành thuộc tỉnh;',
        '- Công an tỉnh.',
        'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ủy ban nhân dân tỉnh yêu cầu:',
        '1. Sở Tư pháp rà soát thủ tục.',
        'Nơi nhận:',
        '- Như trên;',
        'KT. CHỦ TỊCH',
        'PHÓ CHỦ TỊCH',
        'Hoàng Việt Phương',
      ].join('\n'),
    );
    expect(document).toMatchObject({
      kind: 'cong-van',
      number: '245/UBND-KGVX',
      date: '2025-03-15',
      subject: 'V/v tổ chức thực hiện Thông báo kết luận số 56/TB-VPCP ngày 23/02/2025',
      signer: 'Hoàng Việt Phương',
      recipients: ['Các sở, ban, ngành thuộc tỉnh', 'Công an tỉnh'],
    });
    expect(document.references).toEqual([
      { number: '56/TB-VPCP', date: '2025-02-23' },
      { number: '57-NQ/TW', date: '2024-12-22' },
    ]);
  });

  it('gives null for a draft’s blank serial and blank day', () => {
    const { document } = frame(
      ['Số: /VP-ĐMPT', 'V/v triển khai nhiệm vụ', 'Hà Nội, ngày tháng năm', 'Kính gửi: Sở Nội vụ'].join('\n'),
    );
    expect(document.number).toBeNull();
    expect(document.date).toBeNull();
    expect(document.recipients).toEqual(['Sở Nội vụ']);
  });

  it('reads a titled directive: kind, the title lines as subject, a date wrapped over two lines', () => {
    const { document } = frame(
      [
        'Số: 09/CT-UBND',
        'Cần Thơ, ngày 18',
        'tháng 11 năm 2025',
        'CHỈ THỊ',
        'VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÀI NGUYÊN NƯỚC',
        '',
        'Nước là nguồn tài nguyên quan trọng.',
      ].join('\n'),
    );
    expect(document).toMatchObject({
      kind: 'chi-thi',
      number: '09/CT-UBND',
      date: '2025-11-18',
      subject: 'VỀ TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ TÀI NGUYÊN NƯỚC',
    });
  });

  it('tells a thông báo kết luận by its title', () => {
    expect(
      frame('THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại hội nghị\n-----\nNgày 09/01/2025, hội nghị')
        .document.kind,
    ).toBe('thong-bao-ket-luan');
  });

  it('finds the signer after the signature titles, and none when the name is missing', () => {
    expect(
      frame('1. Việc.\nNơi nhận:\n- Lưu: VT.\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG').document.signer,
    ).toBeNull();
  });
});
