import { fold } from '@dondoc/domain';
import { sql } from 'kysely';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';

export interface AliasInput {
  name: string;
  unitId?: number | null;
  groupId?: number | null;
}

/**
 * Saves a unit name as a directive wrote it as an alias of the unit or group the office chose,
 * so the next import matches it by itself. Saving an alias already there changes nothing.
 */
export async function saveAlias(ctx: Ctx, input: AliasInput): Promise<{ added: boolean }> {
  authorize(ctx.actor, 'directory.alias');
  const alias = input.name.trim();
  if (!input.unitId === !input.groupId)
    throw new AppError('validation_failed', 'Chọn đúng một đơn vị hoặc một nhóm đơn vị.', [
      { path: 'unitId', message: 'Chọn đúng một đơn vị hoặc một nhóm đơn vị.' },
    ]);
  return transaction(ctx.db, async (db) => {
    const table = input.unitId ? ('units' as const) : ('unit_groups' as const);
    const id = (input.unitId ?? input.groupId) as number;
    const row = await db
      .selectFrom(table)
      .select(['id', 'name', 'aliases', 'search_text'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'Không tìm thấy đơn vị.');
    if (row.name === alias || row.aliases.includes(alias)) return { added: false };
    await db
      .updateTable(table)
      .set({
        aliases: sql<string[]>`array_append(aliases, ${alias}::text)`,
        search_text: `${row.search_text} | ${fold(alias)}`,
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: input.unitId ? 'unit.alias' : 'unit_group.alias',
      entity: input.unitId ? 'unit' : 'unit_group',
      entityId: id,
      before: { aliases: row.aliases },
      after: { aliases: [...row.aliases, alias] },
    });
    return { added: true };
  });
}
