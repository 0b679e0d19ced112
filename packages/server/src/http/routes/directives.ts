import { can, fold } from '@dondoc/domain';
import { Hono } from 'hono';
import { z } from 'zod';
import { getDirective, standingUnitOf } from '../../directives/get-directive';
import { importDirective } from '../../directives/import-directive';
import { publishDirective } from '../../directives/publish-directive';
import { updateDirective } from '../../directives/update-directive';
import { AppError } from '../../errors';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';
import { uploadLimit } from '../upload-limit';
import { formBody, isoDate, jsonBody, pathId, query } from '../validate';

const importText = z.object({ text: z.string().min(1, 'Nội dung văn bản trống').max(2_000_000) });
const importFile = z.object({ file: z.any().describe('Tệp PDF, DOCX hoặc TXT (tối đa 20 MB)') });
const unitRef = z.object({
  name: z.string().trim().min(1).max(300),
  unitId: z.number().int().positive().nullable().optional(),
  groupId: z.number().int().positive().nullable().optional(),
});
const taskInput = z.object({
  ref: z.string().max(50).optional(),
  text: z.string().trim().min(1, 'Nội dung nhiệm vụ không được để trống').max(20_000),
  due: z.object({
    type: z.enum(['date', 'period', 'recurring', 'ongoing', 'none']),
    date: isoDate.nullable().optional(),
    label: z.string().max(200).nullable().optional(),
    every: z.enum(['day', 'week', 'month', 'quarter', 'year']).nullable().optional(),
  }),
  lead: z.array(unitRef).max(200),
  support: z.array(unitRef).max(200),
  targets: z
    .array(
      z.object({
        metric: z.string().max(500),
        value: z.number().min(0).max(100),
        unit: z.string(),
        by: isoDate.nullable(),
      }),
    )
    .optional(),
});
const patchBody = z.object({
  version: z.number().int().positive(),
  number: z.string().max(100).nullable().optional(),
  subject: z.string().max(2000).nullable().optional(),
  issuedOn: isoDate.nullable().optional(),
  signer: z.string().max(200).nullable().optional(),
  programmes: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
  tasks: z.array(taskInput).max(2000).optional(),
});
const publishBody = z.object({ version: z.number().int().positive() });
const listQuery = z.object({
  status: z.enum(['draft', 'published']).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

describe({
  method: 'post',
  path: '/api/directives/import',
  summary: 'Nhập văn bản (tệp hoặc văn bản dán) thành bản nháp',
  tag: 'directives',
  body: importFile,
  multipart: true,
});
describe({
  method: 'get',
  path: '/api/directives',
  summary: 'Danh sách văn bản',
  tag: 'directives',
  query: listQuery,
});
describe({
  method: 'get',
  path: '/api/directives/:id',
  summary: 'Văn bản và các nhiệm vụ',
  tag: 'directives',
});
describe({
  method: 'patch',
  path: '/api/directives/:id',
  summary: 'Sửa bản nháp (kèm version)',
  tag: 'directives',
  body: patchBody,
});
describe({
  method: 'post',
  path: '/api/directives/:id/publish',
  summary: 'Ban hành giao việc',
  tag: 'directives',
  body: publishBody,
});
describe({ method: 'get', path: '/api/directives/:id/source', summary: 'Tải tệp gốc', tag: 'directives' });

function requireCan(allowed: boolean): void {
  if (!allowed) throw new AppError('forbidden', 'Bạn không có quyền thực hiện thao tác này.');
}

export const directiveRoutes = new Hono<AppEnv>()
  .use('/directives/*', requireUser)
  .use('/directives', requireUser)
  .post('/directives/import', uploadLimit, async (c) => {
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
    const body = await jsonBody(c, importText);
    const result = await importDirective(ctx, { text: body.text }, c.get('deps').extractLimits);
    return c.json(await getDirective(ctx.db, result.id), 201);
  })
  .get('/directives', async (c) => {
    const ctx = ctxOf(c);
    requireCan(can(ctx.actor, 'directive.read'));
    const f = query(c, listQuery);
    let q = ctx.db.selectFrom('directives');
    if (f.status) q = q.where('status', '=', f.status);
    if (f.q) q = q.where('search_text', 'like', `%${fold(f.q).replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
    const items = await q
      .select([
        'id',
        'status',
        'kind',
        'number',
        'subject',
        'issued_on as issuedOn',
        'created_at as createdAt',
        'published_at as publishedAt',
        'version',
      ])
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute();
    return c.json({ page: f.page, pageSize: f.pageSize, items });
  })
  .get('/directives/:id', async (c) => {
    const ctx = ctxOf(c);
    requireCan(can(ctx.actor, 'directive.read'));
    return c.json(await getDirective(ctx.db, pathId(c)));
  })
  .patch('/directives/:id', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    requireCan(can(ctx.actor, 'directive.edit', { standingUnitId: await standingUnitOf(ctx.db, id) }));
    await updateDirective(ctx, id, await jsonBody(c, patchBody));
    return c.json(await getDirective(ctx.db, id));
  })
  .post('/directives/:id/publish', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    requireCan(can(ctx.actor, 'directive.publish', { standingUnitId: await standingUnitOf(ctx.db, id) }));
    const body = await jsonBody(c, publishBody);
    return c.json(await publishDirective(ctx, id, body.version));
  })
  .get('/directives/:id/source', async (c) => {
    const ctx = ctxOf(c);
    requireCan(can(ctx.actor, 'directive.read'));
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
  });
