import type { AssignmentRole } from '@dondoc/domain';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { groupMemberIds } from '../units/unit-directory';
import { unitsOfTasks } from './get-directive';

export interface PlannedAssignment {
  task_id: number;
  unit_id: number;
  role: AssignmentRole;
  original_due_date: string | null;
  due_date: string | null;
}

export interface PublishSummary {
  assignments: number;
  units: number;
  /** Unit names an import or the bulk "apply suggestions" chose, not yet confirmed by a person. */
  unconfirmed: number;
  byUnit: { unitId: number; name: string; lead: number; support: number }[];
}

/**
 * The assignments publishing a draft would create: one per lead and per supporting unit, a group
 * expanding to its members (a unit that leads is not also listed as supporting). A group never
 * reaches the standing office that follows the directive: it gets a task only when chosen by name.
 */
export async function planAssignments(
  db: Db,
  directive: { id: number; standing_unit_id: number | null },
): Promise<{ rows: PlannedAssignment[]; summary: PublishSummary }> {
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'ref', 'due_date'])
    .where('directive_id', '=', directive.id)
    .orderBy('position')
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
    if (!members.has(u.group_id)) {
      const ids = await groupMemberIds(db, u.group_id);
      members.set(
        u.group_id,
        ids.filter((id) => id !== directive.standing_unit_id),
      );
    }
    return members.get(u.group_id)!;
  };
  const rows: PlannedAssignment[] = [];
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
  const unconfirmed = taskUnits.filter((u) => u.match_kind === 'suggested').length;
  return { rows, summary: { ...(await summarise(db, rows)), unconfirmed } };
}

async function summarise(db: Db, rows: PlannedAssignment[]) {
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
  return {
    assignments: rows.length,
    units: byUnit.size,
    byUnit: [...byUnit.values()].sort((a, b) => b.lead - a.lead || b.support - a.support),
  };
}
