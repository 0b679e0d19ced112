import { describe, expect, it } from 'vitest';
import { fold, slugify } from './fold';

describe('fold', () => {
  it('drops tone and vowel marks and maps đ', () => {
    expect(fold('Sở Khoa học và Công nghệ')).toBe('so khoa hoc va cong nghe');
    expect(fold('ĐÀ NẴNG')).toBe('da nang');
  });

  it('treats composed and decomposed input alike', () => {
    expect(fold('Hòa'.normalize('NFD'))).toBe(fold('Hòa'.normalize('NFC')));
  });

  it('folds old and new tone placement to the same letters', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('uỷ ban')).toBe(fold('ủy ban'));
  });

  it('collapses whitespace', () => {
    expect(fold('  Sở \n Nội   vụ ')).toBe('so noi vu');
  });
});

describe('slugify', () => {
  it('makes login-safe slugs from unit names', () => {
    expect(slugify('Sở Khoa học và Công nghệ')).toBe('so-khoa-hoc-va-cong-nghe');
    expect(slugify('Sở KH&CN')).toBe('so-kh-va-cn');
    expect(slugify('UBND xã Đông Hòa')).toBe('ubnd-xa-dong-hoa');
  });
});
