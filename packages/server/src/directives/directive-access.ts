import { type Action, directiveAbilities, type Resource } from '@dondoc/domain';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { getDirective } from './get-directive';
import { planAssignments } from './plan-assignments';

type DirectiveStatus = 'draft' | 'published';

/** A directive as the policy sees it: its status and the unit that follows it. */
export function directiveResource(row: {
  status: DirectiveStatus;
  standing_unit_id: number | null;
}): Resource {
  return { kind: 'directive', status: row.status, standingUnitId: row.standing_unit_id };
}

/** Checks an action on a directive row: a draft one may not read is not found, else 403. */
export function authorizeDirective(
  ctx: Ctx,
  action: Action,
  row: { status: DirectiveStatus; standing_unit_id: number | null },
): void {
  authorize(ctx.actor, action, directiveResource(row));
}

/** Reads a directive's header and checks the action on it (404 when it does not exist). */
export async function directiveFor(ctx: Ctx, id: number, action: Action, db: Db = ctx.db) {
  const row = await db
    .selectFrom('directives')
    .select(['id', 'status', 'standing_unit_id', 'source_sha256', 'source_name'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'Không tìm thấy văn bản.');
  authorizeDirective(ctx, action, row);
  return row;
}

/** A directive with its tasks, and what this actor may do with it (the review screen's buttons). */
export async function readDirective(ctx: Ctx, id: number) {
  const row = await directiveFor(ctx, id, 'directive.read');
  const view = await getDirective(ctx.db, id);
  return {
    ...view,
    abilities: directiveAbilities(ctx.actor, {
      status: row.status,
      standingUnitId: row.standing_unit_id,
      hasSource: row.source_sha256 !== null,
    }),
  };
}

/** The directive's original file, for whoever may read the directive. */
export async function directiveSource(ctx: Ctx, id: number) {
  await directiveFor(ctx, id, 'directive.read');
  const row = await ctx.db
    .selectFrom('directives')
    .leftJoin('files', 'files.sha256', 'directives.source_sha256')
    .select(['directives.source_sha256', 'directives.source_name', 'files.media_type'])
    .where('directives.id', '=', id)
    .executeTakeFirst();
  if (!row?.source_sha256) throw new AppError('not_found', 'Văn bản này không có tệp gốc.');
  return {
    bytes: await ctx.files.get(row.source_sha256),
    mediaType: row.media_type ?? 'application/octet-stream',
    name: row.source_name ?? 'van-ban',
  };
}

/** The programmes directives are tagged with, for filters. */
export async function listProgrammes(ctx: Ctx) {
  authorize(ctx.actor, 'directive.read');
  return ctx.db.selectFrom('programmes').select(['code', 'name']).orderBy('code').execute();
}

/** Before publishing: how many assignments, to how many units (nothing written). */
export async function publishPreview(ctx: Ctx, id: number) {
  const row = await directiveFor(ctx, id, 'directive.publish');
  if (row.status !== 'draft') throw new AppError('refused', 'Văn bản đã được ban hành giao việc.');
  return (await planAssignments(ctx.db, row)).summary;
}
