import type { Ctx } from '../context';
import { searchUnits } from './unit-repository';

/** Units matching a search (without diacritics), or the whole directory for pickers. */
export async function listUnits(ctx: Ctx, q: string) {
  if (q.trim()) return searchUnits(ctx.db, q);
  // a province has hundreds of units, not thousands
  return ctx.db
    .selectFrom('units')
    .select(['id', 'parent_id', 'kind', 'name', 'short_name', 'aliases', 'slug'])
    .orderBy('name')
    .limit(5000)
    .execute();
}

/** The unit groups ("các sở, ban, ngành"), for pickers. */
export async function listGroups(ctx: Ctx) {
  return ctx.db.selectFrom('unit_groups').select(['id', 'name', 'aliases']).orderBy('name').execute();
}
