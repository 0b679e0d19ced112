import { can } from '@dondoc/domain';
import { type Context, Hono } from 'hono';
import { resolver } from 'hono-openapi';
import { deleteDraft } from '../../directives/delete-directive';
import { directiveHeader, getDirective } from '../../directives/get-directive';
import { importDirective } from '../../directives/import-directive';
import { listDirectives } from '../../directives/list-directives';
import { planAssignments } from '../../directives/plan-assignments';
import { publishDirective } from '../../directives/publish-directive';
import { saveAlias } from '../../directives/save-alias';
import { updateDirective } from '../../directives/update-directive';
import { AppError } from '../../errors';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import {
  aliasBody,
  importText,
  listQuery,
  patchBody,
  versionBody,
  versionQuery,
} from '../schemas/directives';
import { uploadLimit } from '../upload-limit';
import { doc, formBody, json, multipartFile, pathId, query, readJson } from '../validate';

function requireCan(allowed: boolean): void {
  if (!allowed) throw new AppError('forbidden', 'Bạn không có quyền thực hiện thao tác này.');
}

/** A directive the actor may read: a draft only for its standing office and the leaders (else 404). */
async function readable(c: Context<AppEnv>, id: number) {
  const ctx = ctxOf(c);
  requireCan(can(ctx.actor, 'directive.read'));
  const header = await directiveHeader(ctx.db, id);
  const subject = { standingUnitId: header.standing_unit_id };
  if (header.status === 'draft' && !can(ctx.actor, 'directive.read_draft', subject))
    throw new AppError('not_found', 'Không tìm thấy văn bản.');
  return { ctx, header, subject };
}

export const directiveRoutes = new Hono<AppEnv>()
  .use('/directives/*', requireUser)
  .use('/directives', requireUser)
  .use('/unit-aliases', requireUser)
  .post(
    '/directives/import',
    doc('Nhập văn bản (tệp hoặc văn bản dán) thành bản nháp', 'directives', {
      requestBody: {
        required: true,
        content: {
          ...multipartFile('Tệp PDF, DOCX hoặc TXT (tối đa 20 MB)').content,
          'application/json': { schema: resolver(importText) },
        },
      },
    }),
    uploadLimit,
    async (c) => {
      const ctx = ctxOf(c);
      requireCan(can(ctx.actor, 'directive.import'));
      const type = c.req.header('content-type') ?? '';
      if (type.includes('multipart/form-data')) {
        const form = await formBody(c);
        const file = form.file;
        if (!(file instanceof File))
          throw new AppError('validation_failed', 'Cần chọn tệp văn bản (trường "file").');
        const result = await importDirective(
          ctx,
          { file: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name } },
          c.get('deps').extractLimits,
        );
        return c.json(await getDirective(ctx.db, result.id), 201);
      }
      const body = importText.parse(await readJson(c));
      const result = await importDirective(ctx, { text: body.text }, c.get('deps').extractLimits);
      return c.json(await getDirective(ctx.db, result.id), 201);
    },
  )
  .get(
    '/directives',
    doc('Danh sách văn bản (bản nháp chỉ với cơ quan thường trực và lãnh đạo)', 'directives'),
    query(listQuery),
    async (c) => {
      const ctx = ctxOf(c);
      requireCan(can(ctx.actor, 'directive.read'));
      return c.json(await listDirectives(ctx.db, ctx.actor, c.req.valid('query')));
    },
  )
  .get(
    '/directives/programmes',
    doc('Các chương trình, đề án đã gắn cho văn bản', 'directives'),
    async (c) => {
      const ctx = ctxOf(c);
      requireCan(can(ctx.actor, 'directive.read'));
      const items = await ctx.db.selectFrom('programmes').select(['code', 'name']).orderBy('code').execute();
      return c.json({ items });
    },
  )
  .get('/directives/:id', doc('Văn bản và các nhiệm vụ', 'directives'), async (c) => {
    const { ctx } = await readable(c, pathId(c));
    return c.json(await getDirective(ctx.db, pathId(c)));
  })
  .patch('/directives/:id', doc('Sửa bản nháp (kèm version)', 'directives'), json(patchBody), async (c) => {
    const { ctx, subject } = await readable(c, pathId(c));
    requireCan(can(ctx.actor, 'directive.edit', subject));
    await updateDirective(ctx, pathId(c), c.req.valid('json'));
    return c.json(await getDirective(ctx.db, pathId(c)));
  })
  .delete(
    '/directives/:id',
    doc('Xóa bản nháp (?version=…)', 'directives'),
    query(versionQuery),
    async (c) => {
      const { ctx, subject } = await readable(c, pathId(c));
      requireCan(can(ctx.actor, 'directive.edit', subject));
      await deleteDraft(ctx, pathId(c), c.req.valid('query').version);
      return c.json({ ok: true });
    },
  )
  .get(
    '/directives/:id/publish-preview',
    doc('Xem trước: bao nhiêu nhiệm vụ giao cho bao nhiêu đơn vị', 'directives'),
    async (c) => {
      const { ctx, header, subject } = await readable(c, pathId(c));
      requireCan(can(ctx.actor, 'directive.publish', subject));
      if (header.status !== 'draft') throw new AppError('refused', 'Văn bản đã được ban hành giao việc.');
      return c.json((await planAssignments(ctx.db, header)).summary);
    },
  )
  .post('/directives/:id/publish', doc('Ban hành giao việc', 'directives'), json(versionBody), async (c) => {
    const { ctx, subject } = await readable(c, pathId(c));
    requireCan(can(ctx.actor, 'directive.publish', subject));
    const body = c.req.valid('json');
    return c.json(await publishDirective(ctx, pathId(c), body.version));
  })
  .get('/directives/:id/source', doc('Tải tệp gốc', 'directives'), async (c) => {
    const { ctx } = await readable(c, pathId(c));
    const row = await ctx.db
      .selectFrom('directives')
      .leftJoin('files', 'files.sha256', 'directives.source_sha256')
      .select(['directives.source_sha256', 'directives.source_name', 'files.media_type'])
      .where('directives.id', '=', pathId(c))
      .executeTakeFirst();
    if (!row?.source_sha256) throw new AppError('not_found', 'Văn bản này không có tệp gốc.');
    const bytes = await c.get('deps').files.get(row.source_sha256);
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': row.media_type ?? 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(row.source_name ?? 'van-ban')}`,
      },
    });
  })
  .post(
    '/unit-aliases',
    doc('Lưu tên đơn vị như văn bản viết làm tên gọi khác của một đơn vị hoặc nhóm', 'units'),
    json(aliasBody),
    async (c) => {
      const ctx = ctxOf(c);
      requireCan(can(ctx.actor, 'directory.alias'));
      return c.json(await saveAlias(ctx, c.req.valid('json')));
    },
  );
