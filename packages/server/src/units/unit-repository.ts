import { fold, slugify } from '@dondoc/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import type { UnitKind } from '../db/schema';

export interface NewUnit {
  parentId: number | null;
  kind: UnitKind;
  name: string;
  shortName?: string | null;
  aliases?: string[];
}

export interface UnitRow {
  id: number;
  parent_id: number | null;
  kind: UnitKind;
  name: string;
  short_name: string | null;
  aliases: string[];
  slug: string;
}

const columns = ['id', 'parent_id', 'kind', 'name', 'short_name', 'aliases', 'slug'] as const;

function searchText(unit: NewUnit): string {
  return [unit.name, unit.shortName ?? '', ...(unit.aliases ?? [])].map(fold).join(' | ');
}

export async function insertUnit(db: Db, unit: NewUnit): Promise<UnitRow> {
  clearSubtreeCache();
  return db
    .insertInto('units')
    .values({
      parent_id: unit.parentId,
      kind: unit.kind,
      name: unit.name,
      short_name: unit.shortName ?? null,
      aliases: unit.aliases ?? [],
      slug: slugify(unit.name),
      search_text: searchText(unit),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function countUnits(db: Db): Promise<number> {
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

const subtreeCache = new Map<number, { at: number; ids: number[] }>();
const SUBTREE_TTL_MS = 60_000;

/**
 * The ids of a unit and every unit below it, kept for a minute: the directory changes rarely and
 * every scoped request asks. Directory imports clear it.
 */
export async function subtreeIds(db: Db, rootId: number): Promise<number[]> {
  const hit = subtreeCache.get(rootId);
  if (hit && Date.now() - hit.at < SUBTREE_TTL_MS) return hit.ids;
  const ids = (await listSubtree(db, rootId)).map((u) => u.id);
  subtreeCache.set(rootId, { at: Date.now(), ids });
  return ids;
}

export function clearSubtreeCache(): void {
  subtreeCache.clear();
}

/**
 * A unit and every unit below it, at any depth. UNION (not UNION ALL) drops rows already found,
 * so a cycle in the tree ends the walk instead of running forever.
 */
export async function listSubtree(db: Db, rootId: number): Promise<UnitRow[]> {
  return db
    .withRecursive('subtree(id)', (qb) =>
      qb
        .selectFrom('units')
        .select('id')
        .where('id', '=', rootId)
        .union((q) =>
          q.selectFrom('units').innerJoin('subtree', 'subtree.id', 'units.parent_id').select('units.id'),
        ),
    )
    .selectFrom('units')
    .innerJoin('subtree', 'subtree.id', 'units.id')
    .select(columns.map((c) => `units.${c}` as const))
    .orderBy('units.name')
    .execute();
}

/** Accent-insensitive search over names, short names and aliases, best matches first. */
export async function searchUnits(db: Db, query: string, limit = 20): Promise<UnitRow[]> {
  const q = fold(query);
  if (!q) return [];
  return db
    .selectFrom('units')
    .select(columns)
    .where((eb) => eb.or([eb('search_text', 'like', `%${escapeLike(q)}%`), sql<boolean>`search_text % ${q}`]))
    .orderBy(sql`similarity(search_text, ${q})`, 'desc')
    .orderBy('name')
    .limit(limit)
    .execute();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
