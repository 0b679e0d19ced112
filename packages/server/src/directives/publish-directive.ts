import { refreshStatuses } from '../assignments/refresh-status';
import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { groupMemberIds } from '../units/unit-directory';
import { unitsOfTasks } from './get-directive';

export interface PublishSummary {
  assignments: number;
  byUnit: { unitId: number; name: string; lead: number; support: number }[];
}

/**
 * Publishes a reviewed draft: every task becomes one assignment per lead and per supporting unit,
 * a group expanding to its members (a unit that leads is not also listed as supporting).
 */
export async function publishDirective(ctx: Ctx, id: number, version: number): Promise<PublishSummary> {
  return ctx.db.transaction().execute(async (db) => {
    const directive = await db
      .selectFrom('directives')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!directive) throw new AppError('not_found', 'Không tìm thấy văn bản.');
    if (directive.version !== version) {
      throw new AppError('conflict', 'Văn bản vừa được người khác sửa; hãy tải lại trước khi ban hành.', {
        currentVersion: directive.version,
      });
    }
    if (directive.status !== 'draft') throw new AppError('refused', 'Văn bản đã được ban hành giao việc.');
    const tasks = await db
      .selectFrom('tasks')
      .select(['id', 'ref', 'due_date'])
      .where('directive_id', '=', id)
      .execute();
    if (!tasks.length) throw new AppError('refused', 'Văn bản chưa có nhiệm vụ nào để giao.');
    const taskUnits = await unitsOfTasks(
      db,
      tasks.map((t) => t.id),
    );

    const unassigned = tasks.filter(
      (t) => !taskUnits.some((u) => u.task_id === t.id && u.role === 'lead' && (u.unit_id || u.group_id)),
    );
    if (unassigned.length) {
      throw new AppError(
        'refused',
        `Còn ${unassigned.length} nhiệm vụ chưa có đơn vị chủ trì khớp với danh mục (mục ${unassigned.map((t) => t.ref || t.id).join(', ')}); hãy chọn đơn vị trước khi ban hành.`,
        { taskIds: unassigned.map((t) => t.id) },
      );
    }

    const members = new Map<number, number[]>();
    const expand = async (u: (typeof taskUnits)[number]) => {
      if (u.unit_id) return [u.unit_id];
      if (!u.group_id) return [];
      if (!members.has(u.group_id)) members.set(u.group_id, await groupMemberIds(db, u.group_id));
      return members.get(u.group_id)!;
    };
    const rows: {
      task_id: number;
      unit_id: number;
      role: 'lead' | 'support';
      original_due_date: string | null;
      due_date: string | null;
    }[] = [];
    for (const task of tasks) {
      const leads = new Set<number>();
      for (const u of taskUnits.filter((x) => x.task_id === task.id && x.role === 'lead'))
        for (const id of await expand(u)) leads.add(id);
      const supports = new Set<number>();
      for (const u of taskUnits.filter((x) => x.task_id === task.id && x.role === 'support'))
        for (const id of await expand(u)) if (!leads.has(id)) supports.add(id);
      for (const [role, set] of [
        ['lead', leads],
        ['support', supports],
      ] as const) {
        for (const unitId of set) {
          rows.push({
            task_id: task.id,
            unit_id: unitId,
            role,
            original_due_date: task.due_date,
            due_date: task.due_date,
          });
        }
      }
    }
    const now = ctx.now();
    const inserted = rows.length
      ? await db
          .insertInto('assignments')
          .values(rows.map((r) => ({ ...r, directive_id: id, assigned_at: now, updated_at: now })))
          .returning('id')
          .execute()
      : [];
    await refreshStatuses(
      db,
      inserted.map((r) => r.id),
      now,
      ctx.dueSoonDays,
    );
    await db
      .updateTable('directives')
      .set({ status: 'published', published_at: now, version: directive.version + 1 })
      .where('id', '=', id)
      .execute();

    const names = new Map(
      (
        await db
          .selectFrom('units')
          .select(['id', 'name'])
          .where('id', 'in', [...new Set(rows.map((r) => r.unit_id)), 0])
          .execute()
      ).map((u) => [u.id, u.name]),
    );
    const byUnit = new Map<number, { unitId: number; name: string; lead: number; support: number }>();
    for (const r of rows) {
      const entry = byUnit.get(r.unit_id) ?? {
        unitId: r.unit_id,
        name: names.get(r.unit_id) ?? '',
        lead: 0,
        support: 0,
      };
      entry[r.role]++;
      byUnit.set(r.unit_id, entry);
    }
    const summary = {
      assignments: rows.length,
      byUnit: [...byUnit.values()].sort((a, b) => b.lead - a.lead),
    };
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'directive.publish',
      entity: 'directive',
      entityId: id,
      before: { status: 'draft', version },
      after: { status: 'published', assignments: rows.length },
    });
    return summary;
  });
}
