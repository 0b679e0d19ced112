import { describe, expect, it } from 'vitest';
import { dropFootnoteMarks, footnoteMarks, singleSpaced, trimEndOf } from './normalize';

// The fast helpers must give what the plain patterns they replace give, odd cases included.
const SAMPLES = [
  'trên địa bàn tỉnh1; các xã12, phường123 và năm 2025.',
  'tỉnh1',
  'a1 b2 ab3: đ4 ĐẮK5 xã 6 xã7x xã8.',
  'các sở1\nban2\n',
  '𝐚𝐛1 và x𝐛2; 𝐀𝐁3.',
  'phường12-3 tỉnh 01 năm1999',
  '',
];
const WHITESPACE = [
  'một  hai\tba\n\nbốn \u00a0 năm\u2028sáu\ufeff',
  ' ',
  'a b c',
  '\v\f',
  'x \u1680\u205f y',
  '',
];

describe('footnote marks glued to words', () => {
  it.each(SAMPLES)('drops the same digits as the letter-first pattern: %j', (text) => {
    expect(dropFootnoteMarks(text)).toBe(text.replace(/(\p{Ll}{2,})\d{1,2}(?=[\s;,.:]|$)/gu, '$1'));
  });

  it.each(SAMPLES)('finds the same marks as the letter-first pattern: %j', (text) => {
    const expected = [...text.matchAll(/\p{Ll}{2}(\d{1,2})(?=[\s;,.:]|$)/gu)].map((m) => m[1]);
    expect(footnoteMarks(text)).toEqual(expected);
  });

  it('takes the digits of "tỉnh1;" and leaves a serial or a year alone', () => {
    expect(dropFootnoteMarks('tỉnh1; Quyết định số 12 năm 2025')).toBe('tỉnh; Quyết định số 12 năm 2025');
  });
});

describe('whitespace folding', () => {
  it.each(WHITESPACE)('folds as replace(/\\s+/g, " ") does: %j', (text) => {
    expect(singleSpaced(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts only the trailing run of the given characters', () => {
    expect(trimEndOf('Sở Y tế, ; : ', ' ;,:')).toBe('Sở Y tế');
    expect(trimEndOf('a;b', ';')).toBe('a;b');
    expect(trimEndOf(';;', ';')).toBe('');
  });
});
