import { type DirectoryGroup, type DirectoryUnit, fold, matchUnitName, type UnitMatch } from '@dondoc/domain';
import type { Db } from '../db/database';

export interface Directory {
  units: DirectoryUnit[];
  groups: DirectoryGroup[];
  /** A name matched against this directory (remembered: a directive repeats its units' names). */
  match(name: string): UnitMatch;
}

/**
 * Every unit and group, as unit-name matching needs them. Kept in memory per database and reloaded
 * only when `directory_version` has moved (a trigger moves it on every write to units, groups and
 * their members, from any instance), so an import reads one number instead of the directory.
 */
export async function loadDirectory(db: Db): Promise<Directory> {
  const { version } = await db.selectFrom('directory_version').select('version').executeTakeFirstOrThrow();
  const kept = kept_.get(db);
  if (kept && kept.version === version) return kept.directory;
  const [units, groups] = await Promise.all([
    db.selectFrom('units').select(['id', 'name', 'short_name as shortName', 'aliases']).execute(),
    db.selectFrom('unit_groups').select(['id', 'name', 'aliases']).execute(),
  ]);
  const directory = directoryOf(units, groups);
  kept_.set(db, { version, directory });
  return directory;
}

const kept_ = new WeakMap<Db, { version: number; directory: Directory }>();

function directoryOf(units: DirectoryUnit[], groups: DirectoryGroup[]): Directory {
  const matches = new Map<string, UnitMatch>();
  return {
    units,
    groups,
    match(name) {
      let match = matches.get(name);
      if (!match) {
        match = matchUnitName(name, units, groups);
        if (matches.size >= 10_000) matches.clear();
        matches.set(name, match);
      }
      return match;
    },
  };
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
