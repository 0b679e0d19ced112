import type { Rhythm } from '@dondoc/domain';
import { fold } from '@dondoc/domain';
import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import type { DueType, TaskTarget } from '../db/schema';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { authorizeDirective } from './directive-access';
import { tagProgramme } from './programmes';

export interface TaskUnitInput {
  name: string;
  unitId?: number | null;
  groupId?: number | null;
  /** 'suggested' while a machine chose the unit and no person has confirmed it yet. */
  match?: 'suggested' | 'chosen';
}

export interface TaskInput {
  ref?: string;
  text: string;
  due: { type: DueType; date?: string | null; label?: string | null; every?: Rhythm | null };
  lead: TaskUnitInput[];
  support: TaskUnitInput[];
  targets?: TaskTarget[];
  spans?: { start: number; end: number }[];
  warnings?: string[];
}

export interface DirectivePatch {
  version: number;
  number?: string | null;
  subject?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  signer?: string | null;
  programmes?: string[];
  /** The whole task list as reviewed: tasks split, merged, deleted or added are just a new list. */
  tasks?: TaskInput[];
}

/**
 * Edits a draft. The client sends the version it read; a stale one gets 409 and nothing changes,
 * so two reviewers never overwrite each other.
 */
export async function updateDirective(ctx: Ctx, id: number, patch: DirectivePatch): Promise<void> {
  await transaction(ctx.db, async (db) => {
    const before = await db
      .selectFrom('directives')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new AppError('not_found', 'Không tìm thấy văn bản.');
    authorizeDirective(ctx, 'directive.edit', before);
    if (before.version !== patch.version) {
      throw new AppError(
        'conflict',
        'Văn bản vừa được người khác sửa; hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
        {
          currentVersion: before.version,
        },
      );
    }
    if (before.status !== 'draft' && patch.tasks) {
      throw new AppError('refused', 'Văn bản đã ban hành giao việc; không sửa danh sách nhiệm vụ được nữa.');
    }
    const fields = {
      ...(patch.number !== undefined ? { number: patch.number } : {}),
      ...(patch.subject !== undefined ? { subject: patch.subject } : {}),
      ...(patch.issuer !== undefined ? { issuer: patch.issuer } : {}),
      ...(patch.issuedOn !== undefined ? { issued_on: patch.issuedOn } : {}),
      ...(patch.signer !== undefined ? { signer: patch.signer } : {}),
    };
    await db
      .updateTable('directives')
      .set({
        ...fields,
        version: before.version + 1,
        search_text: fold(
          [
            fields.number ?? before.number,
            fields.subject ?? before.subject,
            fields.issuer ?? before.issuer,
            before.source_name,
          ]
            .filter(Boolean)
            .join(' '),
        ),
      })
      .where('id', '=', id)
      .execute();
    if (patch.programmes) await setProgrammes(db, id, patch.programmes);
    if (patch.tasks) await replaceTasks(db, id, patch.tasks);
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'directive.update',
      entity: 'directive',
      entityId: id,
      before: { version: before.version, number: before.number, subject: before.subject },
      after: {
        version: before.version + 1,
        ...fields,
        tasks: patch.tasks?.length,
        programmes: patch.programmes,
      },
    });
  });
}

async function setProgrammes(db: Db, id: number, codes: string[]): Promise<void> {
  await db.deleteFrom('directive_programmes').where('directive_id', '=', id).execute();
  for (const code of new Set(codes)) await tagProgramme(db, id, code);
}

async function replaceTasks(db: Db, id: number, tasks: TaskInput[]): Promise<void> {
  await db.deleteFrom('tasks').where('directive_id', '=', id).execute();
  for (const [position, task] of tasks.entries()) {
    const row = await db
      .insertInto('tasks')
      .values({
        directive_id: id,
        position,
        ref: task.ref ?? String(position + 1),
        text: task.text,
        due_type: task.due.type,
        due_date: task.due.date ?? null,
        due_label: task.due.label ?? null,
        every: task.due.every ?? null,
        targets: JSON.stringify(task.targets ?? []),
        spans: JSON.stringify(task.spans ?? []),
        warnings: task.warnings ?? [],
        search_text: fold(task.text),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const units = [
      ...task.lead.map((u) => ({ ...u, role: 'lead' as const })),
      ...task.support.map((u) => ({ ...u, role: 'support' as const })),
    ];
    if (units.length) {
      await db
        .insertInto('task_units')
        .values(
          units.map((u) => ({
            task_id: row.id,
            role: u.role,
            name: u.name,
            unit_id: u.unitId ?? null,
            group_id: u.groupId ?? null,
            match_kind: u.unitId || u.groupId ? (u.match ?? 'chosen') : 'none',
          })),
        )
        .execute();
    }
  }
}
