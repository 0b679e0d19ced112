import { can } from '@dondoc/domain';
import { Hono } from 'hono';
import { decideExtension } from '../../assignments/decide-extension';
import { forwardExtension } from '../../assignments/forward-extension';
import { handleObstacle } from '../../assignments/handle-obstacle';
import { pendingExtensions, reportedObstacles } from '../../assignments/list-queues';
import { listAudit } from '../../audit/list-audit';
import { recordAudit } from '../../audit/record-audit';
import { cached, scopeKey } from '../../dashboard/dashboard-cache';
import { getDashboard } from '../../dashboard/get-dashboard';
import { AppError } from '../../errors';
import { maySeeFile, recordUpload } from '../../files/file-access';
import { EVIDENCE_TYPES } from '../../files/file-store';
import { searchUnits } from '../../units/unit-repository';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import {
  auditQuery,
  dashboardQuery,
  decisionBody,
  forwardBody,
  obstacleBody,
  unitsQuery,
} from '../schemas/tracking';
import { uploadLimit } from '../upload-limit';
import { doc, formBody, json, multipartFile, pathId, query } from '../validate';

export const trackingRoutes = new Hono<AppEnv>()
  .use('/extensions', requireUser)
  .use('/extensions/*', requireUser)
  .use('/obstacles', requireUser)
  .use('/obstacles/*', requireUser)
  .get('/extensions', doc('Đề nghị gia hạn chờ quyết định', 'extensions'), async (c) =>
    c.json({ items: await pendingExtensions(ctxOf(c)) }),
  )
  .get('/obstacles', doc('Khó khăn, vướng mắc chưa xử lý xong', 'obstacles'), async (c) =>
    c.json({ items: await reportedObstacles(ctxOf(c)) }),
  )
  .use('/dashboard', requireUser)
  .use('/audit', requireUser)
  .use('/files', requireUser)
  .use('/files/*', requireUser)
  .use('/units', requireUser)
  .use('/unit-groups', requireUser)
  .post(
    '/extensions/:id/decision',
    doc('Quyết định gia hạn', 'extensions'),
    json(decisionBody),
    async (c) => {
      const ctx = ctxOf(c);
      await decideExtension(ctx, pathId(c), c.req.valid('json'));
      return c.json({ ok: true });
    },
  )
  .post(
    '/extensions/:id/forward',
    doc('Chuyển đề nghị gia hạn để lãnh đạo quyết định', 'extensions'),
    json(forwardBody),
    async (c) => {
      await forwardExtension(ctxOf(c), pathId(c), c.req.valid('json').note);
      return c.json({ ok: true });
    },
  )
  .post(
    '/obstacles/:id/answer',
    doc('Trả lời khó khăn, vướng mắc', 'obstacles'),
    json(obstacleBody),
    async (c) => {
      await handleObstacle(ctxOf(c), pathId(c), 'answer', c.req.valid('json').message);
      return c.json({ ok: true });
    },
  )
  .post(
    '/obstacles/:id/forward',
    doc('Chuyển khó khăn, vướng mắc lên lãnh đạo', 'obstacles'),
    json(obstacleBody),
    async (c) => {
      await handleObstacle(ctxOf(c), pathId(c), 'forward', c.req.valid('json').message);
      return c.json({ ok: true });
    },
  )
  .post(
    '/obstacles/:id/resolve',
    doc('Đánh dấu khó khăn, vướng mắc đã xử lý', 'obstacles'),
    json(obstacleBody),
    async (c) => {
      await handleObstacle(ctxOf(c), pathId(c), 'resolve', c.req.valid('json').message);
      return c.json({ ok: true });
    },
  )
  .get('/dashboard', doc('Số liệu tổng hợp cho lãnh đạo', 'dashboard'), query(dashboardQuery), async (c) => {
    const ctx = ctxOf(c);
    if (!can(ctx.actor, 'dashboard.read'))
      throw new AppError('forbidden', 'Bạn không có quyền xem số liệu tổng hợp.');
    const filters = c.req.valid('query');
    const key = `${scopeKey(ctx.actor)}|${JSON.stringify(filters)}`;
    return c.json(await cached(key, Date.now(), () => getDashboard(ctx, filters)));
  })
  .get('/audit', doc('Nhật ký thay đổi', 'audit'), query(auditQuery), async (c) => {
    const ctx = ctxOf(c);
    if (!can(ctx.actor, 'audit.read')) throw new AppError('forbidden', 'Bạn không có quyền xem nhật ký.');
    return c.json(await listAudit(ctx.db, c.req.valid('query')));
  })
  .post(
    '/files',
    doc('Tải lên tệp minh chứng', 'files', { requestBody: multipartFile('Tệp minh chứng') }),
    uploadLimit,
    async (c) => {
      const ctx = ctxOf(c);
      if (!can(ctx.actor, 'file.upload'))
        throw new AppError('forbidden', 'Vai trò của bạn không được tải tệp lên.');
      const form = await formBody(c);
      if (!(form.file instanceof File))
        throw new AppError('validation_failed', 'Cần chọn tệp (trường "file").');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      const fileName = form.file.name.slice(0, 300);
      const stored = await ctx.db.transaction().execute(async (db) => {
        const put = await ctx.files.put(db, bytes, EVIDENCE_TYPES);
        await recordUpload(db, { sha256: put.sha256, userId: ctx.actor.userId, fileName, at: ctx.now() });
        await recordAudit(db, {
          actorId: ctx.actor.userId,
          action: 'file.upload',
          entity: 'file',
          entityId: put.sha256,
          after: { fileName, size: put.size, mediaType: put.mediaType },
        });
        return put;
      });
      return c.json({ ...stored, fileName }, 201);
    },
  )
  .get('/files/:sha256', doc('Tải xuống tệp', 'files'), async (c) => {
    const ctx = ctxOf(c);
    const sha = c.req.param('sha256');
    const meta = await ctx.db
      .selectFrom('files')
      .select('media_type')
      .where('sha256', '=', sha)
      .executeTakeFirst();
    if (!meta || !(await maySeeFile(ctx.db, ctx.actor, sha)))
      throw new AppError('not_found', 'Không tìm thấy tệp.');
    return new Response(new Uint8Array(await ctx.files.get(sha)), {
      headers: { 'content-type': meta.media_type },
    });
  })
  .get('/units', doc('Tìm đơn vị (không dấu)', 'units'), query(unitsQuery), async (c) => {
    const { q } = c.req.valid('query');
    const db = ctxOf(c).db;
    if (q.trim()) return c.json({ items: await searchUnits(db, q) });
    // the whole directory, for pickers: a province has hundreds of units, not thousands
    const items = await db
      .selectFrom('units')
      .select(['id', 'parent_id', 'kind', 'name', 'short_name', 'aliases', 'slug'])
      .orderBy('name')
      .limit(5000)
      .execute();
    return c.json({ items });
  })
  .get('/unit-groups', doc('Nhóm đơn vị', 'units'), async (c) => {
    const items = await ctxOf(c)
      .db.selectFrom('unit_groups')
      .select(['id', 'name', 'aliases'])
      .orderBy('name')
      .execute();
    return c.json({ items });
  });
