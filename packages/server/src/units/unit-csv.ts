import { fold, slugify } from '@dondoc/domain';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Updateable } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { constraintOf } from '../db/pg-error';
import type { UnitsTable } from '../db/schema';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { clearSubtreeCache } from './unit-repository';

const MANAGER_ONLY = { forbidden: 'Chỉ quản trị viên được sửa danh mục đơn vị.' };

/**
 * The unit directory as CSV, for the people who keep it in a spreadsheet:
 * units   name,short_name,kind,parent,aliases   (parent by name, aliases separated by ";")
 * groups  name,aliases,members                  (members by name, separated by ";")
 */

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A spreadsheet runs a cell that begins with = + - @ (or a tab or carriage return) as a formula;
 * an apostrophe in front makes it text. Import takes the apostrophe off again.
 */
export function safeCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function unsafeCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export async function exportUnitsCsv(db: Db): Promise<string> {
  const rows = await db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.name', 'u.short_name', 'u.kind', 'p.name as parent', 'u.aliases'])
    .orderBy('u.id')
    .execute();
  return stringify(
    rows.map((r) => [r.name, r.short_name ?? '', r.kind, r.parent ?? '', r.aliases.join('; ')].map(safeCell)),
    { header: true, columns: ['name', 'short_name', 'kind', 'parent', 'aliases'], bom: true },
  );
}

export async function exportGroupsCsv(db: Db): Promise<string> {
  const groups = await db.selectFrom('unit_groups').select(['id', 'name', 'aliases']).orderBy('id').execute();
  const members = await db
    .selectFrom('unit_group_members')
    .innerJoin('units', 'units.id', 'unit_group_members.unit_id')
    .select(['unit_group_members.group_id', 'units.name'])
    .execute();
  return stringify(
    groups.map((g) =>
      [
        g.name,
        g.aliases.join('; '),
        members
          .filter((m) => m.group_id === g.id)
          .map((m) => m.name)
          .join('; '),
      ].map(safeCell),
    ),
    { header: true, columns: ['name', 'aliases', 'members'], bom: true },
  );
}

const unitRow = z.object({
  name: z.string().trim().min(1, 'Thiếu tên đơn vị'),
  short_name: z.string().trim().optional(),
  kind: z.enum(['province', 'department', 'commune', 'party', 'agency', 'division', 'other'], {
    error: 'Loại đơn vị phải là: province, department, commune, party, agency, division, other',
  }),
  parent: z.string().trim().optional(),
  aliases: z.string().optional(),
});

function readCsv(text: string): Record<string, string>[] {
  try {
    return parse(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      cast: (value) => unsafeCell(value),
    }) as Record<string, string>[];
  } catch (err) {
    throw new AppError('validation_failed', `Tệp CSV không đọc được: ${(err as Error).message}`);
  }
}

/** Adds new units and updates existing ones (matched by name); all rows or none. */
export async function importUnitsCsv(ctx: Ctx, text: string): Promise<{ created: number; updated: number }> {
  authorize(ctx.actor, 'directory.manage', undefined, MANAGER_ONLY);
  const rows = readCsv(text).map((r, i) => {
    const parsed = unitRow.safeParse(r);
    if (!parsed.success) {
      throw new AppError(
        'validation_failed',
        `Dòng ${i + 2}: ${parsed.error.issues.map((x) => x.message).join('; ')}`,
      );
    }
    return parsed.data;
  });
  return transaction(ctx.db, async (db) => {
    let created = 0;
    let updated = 0;
    const changes: { name: string; before?: unknown; after: unknown }[] = [];
    // parents first: a row may name a parent that a later row creates, so go until no progress
    let pending = rows;
    while (pending.length) {
      const next: typeof rows = [];
      for (const row of pending) {
        const parent = row.parent
          ? await db.selectFrom('units').select('id').where('name', '=', row.parent).executeTakeFirst()
          : null;
        if (row.parent && !parent) {
          next.push(row);
          continue;
        }
        const values = {
          name: row.name,
          short_name: row.short_name || null,
          kind: row.kind,
          parent_id: parent?.id ?? null,
          aliases: list(row.aliases),
          slug: slugify(row.name),
          search_text: [row.name, row.short_name ?? '', ...list(row.aliases)].map(fold).join(' | '),
        };
        const existing = await db
          .selectFrom('units')
          .select('id')
          .where('name', '=', row.name)
          .executeTakeFirst();
        if (existing) {
          const before = await db
            .selectFrom('units as u')
            .leftJoin('units as p', 'p.id', 'u.parent_id')
            .select(['u.short_name', 'u.kind', 'p.name as parent', 'u.aliases'])
            .where('u.id', '=', existing.id)
            .executeTakeFirstOrThrow();
          await updateRefusingCycle(db, existing.id, values, row);
          changes.push({ name: row.name, before, after: row });
          updated++;
        } else {
          await db.insertInto('units').values(values).execute();
          changes.push({ name: row.name, after: row });
          created++;
        }
      }
      if (next.length === pending.length) {
        throw new AppError(
          'validation_failed',
          `Không tìm thấy đơn vị cấp trên: ${[...new Set(next.map((r) => r.parent))].join(', ')}`,
        );
      }
      pending = next;
    }
    clearSubtreeCache(); // parents may have changed
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'units.import',
      entity: 'unit',
      entityId: 'csv',
      after: { created, updated, units: changes },
    });
    return { created, updated };
  });
}

/** Moves a unit, refusing (through the database's own check) to put it below itself. */
async function updateRefusingCycle(
  db: Db,
  id: number,
  values: Updateable<UnitsTable>,
  row: { name: string; parent?: string },
): Promise<void> {
  try {
    await db.updateTable('units').set(values).where('id', '=', id).execute();
  } catch (err) {
    if (constraintOf(err) !== 'units_no_cycle') throw err;
    throw new AppError(
      'validation_failed',
      `Đơn vị "${row.name}" không thể nằm dưới "${row.parent}": "${row.parent}" là chính nó hoặc thuộc đơn vị này (cấp trên – cấp dưới thành vòng lặp).`,
    );
  }
}

export async function importGroupsCsv(ctx: Ctx, text: string): Promise<{ groups: number }> {
  authorize(ctx.actor, 'directory.manage', undefined, MANAGER_ONLY);
  const rows = readCsv(text);
  return transaction(ctx.db, async (db) => {
    for (const [i, row] of rows.entries()) {
      const name = row.name?.trim();
      if (!name) throw new AppError('validation_failed', `Dòng ${i + 2}: thiếu tên nhóm`);
      const memberNames = list(row.members);
      const members = memberNames.length
        ? await db.selectFrom('units').select(['id', 'name']).where('name', 'in', memberNames).execute()
        : [];
      const missing = memberNames.filter((n) => !members.some((m) => m.name === n));
      if (missing.length)
        throw new AppError('validation_failed', `Dòng ${i + 2}: không có đơn vị ${missing.join(', ')}`);
      const aliases = list(row.aliases);
      const group = await db
        .insertInto('unit_groups')
        .values({ name, aliases, search_text: [name, ...aliases].map(fold).join(' | ') })
        .onConflict((oc) =>
          oc.column('name').doUpdateSet({ aliases, search_text: [name, ...aliases].map(fold).join(' | ') }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.deleteFrom('unit_group_members').where('group_id', '=', group.id).execute();
      if (members.length) {
        await db
          .insertInto('unit_group_members')
          .values(members.map((m) => ({ group_id: group.id, unit_id: m.id })))
          .execute();
      }
    }
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'groups.import',
      entity: 'unit_group',
      entityId: 'csv',
      after: {
        groups: rows.length,
        members: rows.map((r) => ({
          name: r.name?.trim(),
          aliases: list(r.aliases),
          members: list(r.members),
        })),
      },
    });
    return { groups: rows.length };
  });
}
