import { describe, expect, it } from 'vitest';
import { cleanUnit, findResponsibility, headingUnits, isGenericUnit, readUnitList } from './units';

describe('lead and supporting units of an item', () => {
  it('reads "Giao X chủ trì, phối hợp với Y"', () => {
    expect(
      findResponsibility(
        'Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh rà soát thủ tục hành chính.',
      ),
    ).toEqual({ lead: ['Sở Tư pháp'], support: ['Sở Nội vụ', 'Công an tỉnh'] });
  });

  it('reads "X: chủ trì …" and drops the generic "các cơ quan, đơn vị liên quan"', () => {
    expect(
      findResponsibility(
        'Sở Tài chính: chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu bố trí kinh phí.',
      ),
    ).toEqual({ lead: ['Sở Tài chính'], support: [] });
  });

  it('reads a sentence whose subject is a unit', () => {
    expect(findResponsibility('Công an tỉnh thực hiện thí điểm mô hình phường an toàn.').lead).toEqual([
      'Công an tỉnh',
    ]);
  });

  it('names no unit in a sentence that names none', () => {
    expect(findResponsibility('Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.')).toEqual({
      lead: [],
      support: [],
    });
  });

  it('expands a shared-prefix list of departments, commas inside names included', () => {
    expect(
      readUnitList('Các Sở: Tài chính, Nội vụ, Văn hóa, Thể thao và Du lịch căn cứ chức năng')?.units,
    ).toEqual(['Sở Tài chính', 'Sở Nội vụ', 'Sở Văn hóa, Thể thao và Du lịch']);
  });

  it('keeps a group phrase whole and splits named units at commas and "và"', () => {
    expect(readUnitList('Các sở, ban, ngành và UBND các xã, phường')?.units).toEqual([
      'Các sở, ban, ngành',
      'Ủy ban nhân dân các xã, phường',
    ]);
    expect(readUnitList('Sở Tài chính và Sở Khoa học và Công nghệ')?.units).toEqual([
      'Sở Tài chính',
      'Sở Khoa học và Công nghệ',
    ]);
  });

  it('drops leader titles, between units too', () => {
    expect(
      readUnitList('Thủ trưởng, Giám đốc các sở, ban, ngành, Chủ tịch UBND các quận, huyện, thị xã:')?.units,
    ).toEqual(['Các sở, ban, ngành', 'Ủy ban nhân dân các quận, huyện, thị xã']);
  });

  it('writes abbreviations in full', () => {
    expect(cleanUnit('Sở KH&CN')).toBe('Sở Khoa học và Công nghệ');
    expect(cleanUnit('UBND TP')).toBe('Ủy ban nhân dân Thành phố');
    expect(cleanUnit('Bộ CHQS tỉnh')).toBe('Bộ Chỉ huy Quân sự tỉnh');
    expect(cleanUnit('Ủy ban MTTQ tỉnh')).toBe('Ủy ban Mặt trận Tổ quốc tỉnh');
  });

  it('stops a name at an apposition after a spaced dash', () => {
    expect(readUnitList('Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo')?.units).toEqual(['Sở Tài chính']);
    expect(readUnitList('Sở Lao động - Thương binh và Xã hội')?.units).toEqual([
      'Sở Lao động - Thương binh và Xã hội',
    ]);
  });

  it('accepts old and new tone placement in department names', () => {
    expect(readUnitList('Sở Văn hoá, Thể thao và Du lịch chủ trì')?.units).toEqual([
      'Sở Văn hoá, Thể thao và Du lịch',
    ]);
  });

  it('reads a heading that names a unit, or the units a heading is about', () => {
    expect(headingUnits('Ban Tổ chức Thành ủy')).toEqual(['Ban Tổ chức Thành ủy']);
    expect(headingUnits('Về nhiệm vụ thường xuyên của các cơ quan, địa phương, đơn vị')).toEqual([
      'Các cơ quan, địa phương, đơn vị',
    ]);
    expect(headingUnits('Nâng cao chất lượng dịch vụ công trực tuyến')).toBeNull();
  });

  it('tells generic phrases from named groups', () => {
    expect(isGenericUnit('các cơ quan, đơn vị liên quan')).toBe(true);
    expect(isGenericUnit('Cơ quan, địa phương liên quan')).toBe(true);
    expect(isGenericUnit('Các sở, ban, ngành')).toBe(false);
  });
});
