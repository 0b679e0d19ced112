import { slugify } from '@dondoc/domain';
import { hashPassword } from '../auth/passwords';
import type { Db } from '../db/database';
import type { Role } from '../db/schema';
import type { SeededUnit } from './seed-directory';

export interface DemoPeople {
  admin: number;
  leader: number;
  office: number;
  /** The officer of each unit, by unit id. */
  officers: Map<number, number>;
  count: number;
}

/**
 * One user per role: admin, lanhdao (leader), vanphong (standing office, Văn phòng UBND tỉnh),
 * theodoi (viewer) and canbo.<unit-slug>, an officer of each unit. All share one password.
 */
export async function seedPeople(db: Db, units: SeededUnit[], password: string): Promise<DemoPeople> {
  const hash = await hashPassword(password);
  const province = units.find((u) => u.kind === 'province')!;
  const office = units.find((u) => u.name.startsWith('Văn phòng Ủy ban nhân dân'))!;
  const rows: { username: string; display_name: string; role: Role; unit_id: number | null }[] = [
    { username: 'admin', display_name: 'Quản trị hệ thống', role: 'admin', unit_id: null },
    { username: 'lanhdao', display_name: 'Chủ tịch UBND tỉnh', role: 'leader', unit_id: province.id },
    {
      username: 'vanphong',
      display_name: 'Chuyên viên Văn phòng UBND tỉnh',
      role: 'standing_office',
      unit_id: office.id,
    },
    { username: 'theodoi', display_name: 'Người theo dõi', role: 'viewer', unit_id: province.id },
    ...units
      .filter((u) => u.kind !== 'province')
      .map((u) => ({
        username: `canbo.${slugify(u.name)}`,
        display_name: `Cán bộ ${u.name}`,
        role: 'officer' as const,
        unit_id: u.id,
      })),
  ];
  const inserted = await db
    .insertInto('users')
    .values(rows.map((r) => ({ ...r, password_hash: hash })))
    .returning(['id', 'username', 'unit_id'])
    .execute();
  const byName = new Map(inserted.map((u) => [u.username, u]));
  return {
    admin: byName.get('admin')!.id,
    leader: byName.get('lanhdao')!.id,
    office: byName.get('vanphong')!.id,
    officers: new Map(inserted.filter((u) => u.username.startsWith('canbo.')).map((u) => [u.unit_id!, u.id])),
    count: inserted.length,
  };
}
