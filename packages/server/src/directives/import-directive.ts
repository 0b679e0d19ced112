import { fold, matchUnitName } from '@dondoc/domain';
import { type Directive, ExtractError } from '@dondoc/extract';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { DIRECTIVE_TYPES } from '../files/file-store';
import { type Directory, loadDirectory } from '../units/unit-directory';
import { extractInWorker } from './extract-in-worker';
import { DEFAULT_EXTRACT_LIMITS, type ExtractLimits, LimitError } from './extract-limits';

export interface ImportInput {
  text?: string;
  file?: { bytes: Uint8Array; name: string };
}

/**
 * Turns a directive's file or pasted text into a draft: the extractor's document fields and
 * tasks, every unit name matched to the directory (a unit, a group, or candidates to choose from).
 */
export async function importDirective(
  ctx: Ctx,
  input: ImportInput,
  limits: Partial<ExtractLimits> = {},
): Promise<{ id: number }> {
  authorize(ctx.actor, 'directive.import');
  let extracted: Directive & { text: string };
  let source: { sha256: string; name: string } | null = null;
  if (!input.file && input.text === undefined)
    throw new AppError('validation_failed', 'Cần tải lên một tệp hoặc dán nội dung văn bản.');
  try {
    extracted = await extractInWorker(input.file ? { bytes: input.file.bytes } : { text: input.text ?? '' }, {
      ...DEFAULT_EXTRACT_LIMITS,
      ...limits,
    });
  } catch (err) {
    if (err instanceof ExtractError || err instanceof LimitError)
      throw new AppError('refused', err.message, { code: err.code });
    throw err;
  }
  const directory = await loadDirectory(ctx.db);
  return transaction(ctx.db, async (db) => {
    if (input.file) {
      const stored = await ctx.files.put(db, input.file.bytes, DIRECTIVE_TYPES);
      source = { sha256: stored.sha256, name: input.file.name };
    }
    const id = await insertDraft(db, ctx, extracted, source, directory);
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'directive.import',
      entity: 'directive',
      entityId: id,
      // what was drafted, not only how much: each task's start and the unit names it read
      after: {
        number: extracted.document.number,
        subject: extracted.document.subject,
        source: source?.name ?? 'text',
        sourceSha256: source?.sha256 ?? null,
        tasks: extracted.tasks.length,
        drafted: extracted.tasks.map((t) => ({
          ref: t.ref,
          text: t.text.slice(0, 200),
          lead: t.lead,
          support: t.support,
        })),
      },
    });
    return { id };
  });
}

async function insertDraft(
  db: Db,
  ctx: Ctx,
  extracted: Directive & { text: string },
  source: { sha256: string; name: string } | null,
  directory: Directory,
): Promise<number> {
  const doc = extracted.document;
  const directive = await db
    .insertInto('directives')
    .values({
      kind: doc.kind,
      number: doc.number,
      issuer: doc.issuer,
      issued_on: doc.date,
      subject: doc.subject,
      signer: doc.signer,
      recipients: doc.recipients,
      standing_unit_id: ctx.actor.unitId,
      source_sha256: source?.sha256 ?? null,
      source_name: source?.name ?? null,
      source_text: extracted.text,
      created_by: ctx.actor.userId,
      search_text: fold([doc.number, doc.subject, doc.issuer, source?.name].filter(Boolean).join(' ')),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [position, task] of extracted.tasks.entries()) {
    const due = task.due;
    const row = await db
      .insertInto('tasks')
      .values({
        directive_id: directive.id,
        position,
        ref: task.ref,
        text: task.text,
        due_type: due ? due.type : 'none',
        due_date: due?.type === 'date' ? due.date : due?.type === 'period' ? due.end : null,
        due_label: due && 'label' in due ? (due.label ?? null) : null,
        every: due && 'every' in due ? (due.every ?? null) : null,
        targets: JSON.stringify(task.targets),
        spans: JSON.stringify(task.spans),
        warnings: task.warnings,
        search_text: fold(task.text),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const names = [
      ...task.lead.map((name) => ({ name, role: 'lead' as const })),
      ...task.support.map((name) => ({ name, role: 'support' as const })),
    ];
    if (names.length) {
      await db
        .insertInto('task_units')
        .values(
          names.map((n) => ({ task_id: row.id, role: n.role, name: n.name, ...matched(n.name, directory) })),
        )
        .execute();
    }
  }
  return directive.id;
}

function matched(name: string, directory: Directory) {
  const match = matchUnitName(name, directory.units, directory.groups);
  if (match.kind === 'group') return { group_id: match.groupId, unit_id: null, match_kind: 'group' };
  if ('unitId' in match) return { unit_id: match.unitId, group_id: null, match_kind: match.kind };
  return { unit_id: null, group_id: null, match_kind: match.kind };
}
