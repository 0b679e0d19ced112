import type { Candidate } from '@dondoc/domain';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { loadDirectory } from '../units/unit-directory';

export interface TaskUnitView {
  name: string;
  unitId: number | null;
  groupId: number | null;
  match: string;
  candidates: Candidate[];
}

/** The unit names of a draft's tasks, as written and as matched, in the order they were read. */
export async function unitsOfTasks(db: Db, taskIds: number[]) {
  if (!taskIds.length) return [];
  return db.selectFrom('task_units').selectAll().where('task_id', 'in', taskIds).orderBy('id').execute();
}

/** A directive's status and the unit that follows it, which reading, edit and publish rights depend on. */
export async function directiveHeader(db: Db, id: number) {
  const row = await db
    .selectFrom('directives')
    .select(['id', 'status', 'standing_unit_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  return row;
}

/** A directive with its tasks and, for every unit name, what it matched and the candidates. */
export async function getDirective(db: Db, id: number) {
  const directive = await db.selectFrom('directives').selectAll().where('id', '=', id).executeTakeFirst();
  if (!directive) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  const tasks = await db
    .selectFrom('tasks')
    .selectAll()
    .where('directive_id', '=', id)
    .orderBy('position')
    .execute();
  const units = await unitsOfTasks(
    db,
    tasks.map((t) => t.id),
  );
  const programmes = await db
    .selectFrom('directive_programmes')
    .innerJoin('programmes', 'programmes.id', 'directive_programmes.programme_id')
    .select(['programmes.code', 'programmes.name'])
    .where('directive_id', '=', id)
    .execute();
  const directory = directive.status === 'draft' ? await loadDirectory(db) : null;
  const view = (u: (typeof units)[number]): TaskUnitView => ({
    name: u.name,
    unitId: u.unit_id,
    groupId: u.group_id,
    match: u.match_kind,
    candidates: directory && !u.unit_id && !u.group_id ? directory.match(u.name).candidates : [],
  });
  return {
    id: directive.id,
    status: directive.status,
    version: directive.version,
    kind: directive.kind,
    number: directive.number,
    issuer: directive.issuer,
    issuedOn: directive.issued_on,
    subject: directive.subject,
    signer: directive.signer,
    recipients: directive.recipients,
    standingUnitId: directive.standing_unit_id,
    sourceName: directive.source_name,
    hasSourceFile: directive.source_sha256 !== null,
    sourceText: directive.source_text,
    programmes,
    publishedAt: directive.published_at,
    tasks: tasks.map((t) => ({
      id: t.id,
      ref: t.ref,
      text: t.text,
      due: { type: t.due_type, date: t.due_date, label: t.due_label, every: t.every },
      targets: t.targets,
      spans: t.spans,
      warnings: t.warnings,
      lead: units.filter((u) => u.task_id === t.id && u.role === 'lead').map(view),
      support: units.filter((u) => u.task_id === t.id && u.role === 'support').map(view),
    })),
  };
}

export type DirectiveView = Awaited<ReturnType<typeof getDirective>>;
