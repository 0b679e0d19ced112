import type { Db } from '../db/database';
import { insertGroup } from '../units/unit-directory';
import { insertUnit } from '../units/unit-repository';
import { type DemoUnit, MAI_SON } from './mai-son';

export interface SeededUnit {
  id: number;
  name: string;
  kind: DemoUnit['kind'];
  parentId: number | null;
}

/** The province's units and the groups directives address ("Các sở, ban, ngành", "UBND các xã, phường"). */
export async function seedDirectory(db: Db): Promise<SeededUnit[]> {
  const units: SeededUnit[] = [];
  const insertTree = async (unit: DemoUnit, parentId: number | null): Promise<void> => {
    const row = await insertUnit(db, {
      parentId,
      kind: unit.kind,
      name: unit.name,
      shortName: unit.shortName ?? null,
      aliases: unit.aliases ?? [],
    });
    units.push({ id: row.id, name: unit.name, kind: unit.kind, parentId });
    for (const child of unit.children ?? []) await insertTree(child, row.id);
  };
  await insertTree(MAI_SON, null);
  const ids = (kinds: DemoUnit['kind'][]) => units.filter((u) => kinds.includes(u.kind)).map((u) => u.id);
  await insertGroup(db, {
    name: 'Các sở, ban, ngành',
    aliases: [
      'Các sở, ban, ngành tỉnh',
      'Các Sở, ban, ngành Thành phố',
      'Sở, ban, ngành',
      'Các sở, ngành',
      'Các sở, ban ngành',
    ],
    memberIds: ids(['department', 'agency']),
  });
  await insertGroup(db, {
    name: 'Ủy ban nhân dân các xã, phường',
    aliases: [
      'UBND các xã, phường',
      'Ủy ban nhân dân xã, phường',
      'UBND xã, phường',
      'UBND các quận, huyện, thị xã',
    ],
    memberIds: ids(['commune']),
  });
  await insertGroup(db, {
    name: 'Các cơ quan, đơn vị, địa phương',
    aliases: [
      'Các cơ quan, đơn vị',
      'Các cơ quan, địa phương, đơn vị',
      'Các cơ quan, đơn vị, địa phương (mục kính gửi)',
    ],
    memberIds: ids(['department', 'agency', 'commune']),
  });
  await insertGroup(db, {
    name: 'Các cơ quan Đảng',
    aliases: ['Các ban, cơ quan Tỉnh ủy', 'Các ban, cơ quan Thành ủy'],
    memberIds: ids(['party']),
  });
  return units;
}
