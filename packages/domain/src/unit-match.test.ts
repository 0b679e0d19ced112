import { describe, expect, it } from 'vitest';
import { matchUnitName, similarity, unitKey } from './unit-match';

const units = [
  { id: 1, name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', aliases: ['Sở KHCN'] },
  { id: 2, name: 'Sở Nội vụ' },
  { id: 3, name: 'Ủy ban nhân dân xã Đông Hòa', shortName: 'UBND xã Đông Hòa' },
  { id: 4, name: 'Sở Nông nghiệp và Môi trường' },
];
const groups = [{ id: 9, name: 'Các sở, ban, ngành', aliases: ['Các sở, ban, ngành tỉnh'] }];

describe('matching unit names to the directory', () => {
  it('matches exactly, by alias, and ignoring accents and tone placement', () => {
    expect(matchUnitName('Sở Nội vụ', units)).toMatchObject({ kind: 'exact', unitId: 2 });
    expect(matchUnitName('Sở KH&CN', units)).toMatchObject({ kind: 'alias', unitId: 1 });
    expect(matchUnitName('UBND xã Đông Hoà', units)).toMatchObject({ kind: 'folded', unitId: 3 });
    expect(matchUnitName('so noi vu', units)).toMatchObject({ kind: 'folded', unitId: 2 });
  });

  it('resolves group phrases to groups', () => {
    expect(matchUnitName('Các sở, ban, ngành tỉnh', units, groups)).toMatchObject({
      kind: 'group',
      groupId: 9,
    });
  });

  it('offers fuzzy candidates, best first, when nothing matches for sure', () => {
    const match = matchUnitName('Sở Nông nghiệp và Phát triển nông thôn', units);
    expect(match.kind).toBe('fuzzy');
    expect(match.candidates[0]?.unitId).toBe(4);
    expect(matchUnitName('Tập đoàn Điện lực', units)).toEqual({ kind: 'none', candidates: [] });
  });

  it('folds names the way the directory search does', () => {
    expect(unitKey('Các Sở KH&CN')).toBe('so khoa hoc va cong nghe');
    expect(similarity('so noi vu', 'so noi vu')).toBe(1);
  });
});
