import { Hono } from 'hono';
import { resolver } from 'hono-openapi';
import { authorize } from '../../auth/authorize';
import { deleteDraft } from '../../directives/delete-directive';
import {
  directiveSource,
  listProgrammes,
  publishPreview,
  readDirective,
} from '../../directives/directive-access';
import { importDirective } from '../../directives/import-directive';
import { listDirectives } from '../../directives/list-directives';
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
      authorize(ctx.actor, 'directive.import');
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
        return c.json(await readDirective(ctx, result.id), 201);
      }
      const body = importText.parse(await readJson(c));
      const result = await importDirective(ctx, { text: body.text }, c.get('deps').extractLimits);
      return c.json(await readDirective(ctx, result.id), 201);
    },
  )
  .get(
    '/directives',
    doc('Danh sách văn bản (bản nháp chỉ với cơ quan thường trực và lãnh đạo)', 'directives'),
    query(listQuery),
    async (c) => {
      const ctx = ctxOf(c);
      authorize(ctx.actor, 'directive.read');
      return c.json(await listDirectives(ctx.db, ctx.actor, c.req.valid('query')));
    },
  )
  .get('/directives/programmes', doc('Các chương trình, đề án đã gắn cho văn bản', 'directives'), async (c) =>
    c.json({ items: await listProgrammes(ctxOf(c)) }),
  )
  .get('/directives/:id', doc('Văn bản và các nhiệm vụ', 'directives'), async (c) =>
    c.json(await readDirective(ctxOf(c), pathId(c))),
  )
  .patch('/directives/:id', doc('Sửa bản nháp (kèm version)', 'directives'), json(patchBody), async (c) => {
    const ctx = ctxOf(c);
    await updateDirective(ctx, pathId(c), c.req.valid('json'));
    return c.json(await readDirective(ctx, pathId(c)));
  })
  .delete(
    '/directives/:id',
    doc('Xóa bản nháp (?version=…)', 'directives'),
    query(versionQuery),
    async (c) => {
      await deleteDraft(ctxOf(c), pathId(c), c.req.valid('query').version);
      return c.json({ ok: true });
    },
  )
  .get(
    '/directives/:id/publish-preview',
    doc('Xem trước: bao nhiêu nhiệm vụ giao cho bao nhiêu đơn vị', 'directives'),
    async (c) => c.json(await publishPreview(ctxOf(c), pathId(c))),
  )
  .post('/directives/:id/publish', doc('Ban hành giao việc', 'directives'), json(versionBody), async (c) => {
    return c.json(await publishDirective(ctxOf(c), pathId(c), c.req.valid('json').version));
  })
  .get('/directives/:id/source', doc('Tải tệp gốc', 'directives'), async (c) => {
    const source = await directiveSource(ctxOf(c), pathId(c));
    return new Response(new Uint8Array(source.bytes), {
      headers: {
        'content-type': source.mediaType,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(source.name)}`,
      },
    });
  })
  .post(
    '/unit-aliases',
    doc('Lưu tên đơn vị như văn bản viết làm tên gọi khác của một đơn vị hoặc nhóm', 'units'),
    json(aliasBody),
    async (c) => {
      return c.json(await saveAlias(ctxOf(c), c.req.valid('json')));
    },
  );
