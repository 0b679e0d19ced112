import { type DirectoryGroup, type DirectoryUnit, fold } from '@dondoc/domain';
import type { Db } from '../db/database';

export interface Directory {
  units: DirectoryUnit[];
  groups: DirectoryGroup[];
}

/** Every unit and group, as unit-name matching needs them. */
export async function loadDirectory(db: Db): Promise<Directory> {
  const [units, groups] = await Promise.all([
    db.selectFrom('units').select(['id', 'name', 'short_name as shortName', 'aliases']).execute(),
    db.selectFrom('unit_groups').select(['id', 'name', 'aliases']).execute(),
  ]);
  return { units, groups };
}

export async function insertGroup(
  db: Db,
  group: { name: string; aliases?: string[]; memberIds: number[] },
): Promise<number> {
  const row = await db
    .insertInto('unit_groups')
    .values({
      name: group.name,
      aliases: group.aliases ?? [],
      search_text: [group.name, ...(group.aliases ?? [])].map(fold).join(' | '),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (group.memberIds.length) {
    await db
      .insertInto('unit_group_members')
      .values(group.memberIds.map((unit_id) => ({ group_id: row.id, unit_id })))
      .execute();
  }
  return row.id;
}

export async function groupMemberIds(db: Db, groupId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('unit_group_members')
    .select('unit_id')
    .where('group_id', '=', groupId)
    .execute();
  return rows.map((r) => r.unit_id);
}
