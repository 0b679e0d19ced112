import { describe, expect, it } from 'vitest';
import { confidentCandidate, isGenericUnitPhrase, matchUnitName, similarity, unitKey } from './unit-match';

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

describe('#9.2 a generic phrase only ever matches a group', () => {
  const communes = [
    { id: 20, name: 'Ủy ban nhân dân xã Tân Lập', shortName: 'UBND xã Tân Lập' },
    { id: 21, name: 'Ủy ban nhân dân xã Tân Phú', shortName: 'UBND xã Tân Phú' },
    { id: 22, name: 'Ủy ban nhân dân phường Đông Xuyên' },
  ];
  const communeGroup = {
    id: 30,
    name: 'Ủy ban nhân dân các xã, phường',
    aliases: ['UBND các xã, phường', 'UBND xã, phường'],
  };
  const all = [...units, ...communes];

  it('#9.2 "Ủy ban nhân dân cấp xã" offers the commune group, never one commune', () => {
    const match = matchUnitName('Ủy ban nhân dân cấp xã', all, [...groups, communeGroup]);
    expect(match.kind).toBe('fuzzy');
    expect(match.candidates.length).toBeGreaterThan(0);
    expect(match.candidates.every((c) => c.groupId !== null && c.unitId === null)).toBe(true);
    expect(match.candidates[0]).toMatchObject({ groupId: 30 });
    expect(confidentCandidate('Ủy ban nhân dân cấp xã', match.candidates)).toMatchObject({ groupId: 30 });
  });

  it('#9.2 a generic phrase with no group in the directory matches nothing', () => {
    expect(matchUnitName('UBND cấp xã', all, groups)).toEqual({ kind: 'none', candidates: [] });
    expect(matchUnitName('Các sở, ban, ngành', all, [])).toEqual({ kind: 'none', candidates: [] });
  });

  it('#9.2 knows generic phrases from names of one unit', () => {
    for (const g of [
      'Ủy ban nhân dân cấp xã',
      'UBND các xã, phường',
      'Các sở, ban, ngành tỉnh',
      'Sở, ban, ngành',
      'các cơ quan, đơn vị',
      'Công an xã, phường',
      'Các đơn vị liên quan',
      'Hội Nông dân các cấp',
    ])
      expect(isGenericUnitPhrase(g), g).toBe(true);
    for (const one of [
      'Ủy ban nhân dân xã Tân Lập',
      'Sở Văn hóa, Thể thao và Du lịch',
      'Ban Quản lý các khu công nghiệp',
      'Công an tỉnh',
      'Sở Khoa học và Công nghệ',
    ])
      expect(isGenericUnitPhrase(one), one).toBe(false);
  });

  it('#9.2 a machine chooses only a confident, unambiguous candidate', () => {
    const c = (unitId: number, score: number) => ({ unitId, groupId: null, name: `u${unitId}`, score });
    expect(confidentCandidate('Sở Nông nghiệp', [c(1, 0.9), c(2, 0.5)])).toMatchObject({ unitId: 1 });
    expect(confidentCandidate('Sở Nông nghiệp', [c(1, 0.5)])).toBeNull();
    expect(confidentCandidate('Sở Nông nghiệp', [c(1, 0.8), c(2, 0.75)])).toBeNull();
    expect(confidentCandidate('UBND cấp xã', [c(1, 0.95)])).toBeNull();
  });
});
