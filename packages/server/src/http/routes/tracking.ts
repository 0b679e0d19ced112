import { can } from '@dondoc/domain';
import { Hono } from 'hono';
import { z } from 'zod';
import { decideExtension } from '../../assignments/decide-extension';
import { forwardExtension } from '../../assignments/forward-extension';
import { handleObstacle, type ObstacleStep } from '../../assignments/handle-obstacle';
import { pendingExtensions, reportedObstacles } from '../../assignments/list-queues';
import { listAudit } from '../../audit/list-audit';
import { recordAudit } from '../../audit/record-audit';
import { cached, scopeKey } from '../../dashboard/dashboard-cache';
import { getDashboard } from '../../dashboard/get-dashboard';
import { transaction } from '../../db/transaction';
import { AppError } from '../../errors';
import { maySeeFile, recordUpload } from '../../files/file-access';
import { EVIDENCE_TYPES } from '../../files/file-store';
import { searchUnits } from '../../units/unit-repository';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';
import { uploadLimit } from '../upload-limit';
import { formBody, isoDate, jsonBody, pathId, query } from '../validate';

const decisionBody = z.object({
  decision: z.enum(['approve', 'refuse'], { message: 'Quyết định là chấp thuận hoặc không chấp thuận' }),
  approvedDue: isoDate.optional(),
  note: z.string().trim().max(5000, 'Ghi chú tối đa 5.000 ký tự').optional(),
});
const forwardBody = z.object({ note: z.string().trim().max(5000, 'Ghi chú tối đa 5.000 ký tự').default('') });
const obstacleBody = z.object({
  message: z.string().trim().max(5000, 'Nội dung tối đa 5.000 ký tự').default(''),
});
const dashboardQuery = z.object({
  directiveId: z.coerce.number().int().positive().optional(),
  programme: z.string().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
const auditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
const unitsQuery = z.object({ q: z.string().max(200).default('') });

describe({
  method: 'post',
  path: '/api/extensions/:id/decision',
  summary: 'Quyết định gia hạn',
  tag: 'extensions',
  body: decisionBody,
});
describe({
  method: 'post',
  path: '/api/extensions/:id/forward',
  summary: 'Chuyển đề nghị gia hạn để lãnh đạo quyết định',
  tag: 'extensions',
  body: forwardBody,
});
describe({
  method: 'get',
  path: '/api/extensions',
  summary: 'Đề nghị gia hạn chờ quyết định',
  tag: 'extensions',
});
describe({
  method: 'get',
  path: '/api/obstacles',
  summary: 'Khó khăn, vướng mắc chưa xử lý xong',
  tag: 'obstacles',
});
for (const [step, summary] of [
  ['answer', 'Trả lời khó khăn, vướng mắc'],
  ['forward', 'Chuyển khó khăn, vướng mắc lên lãnh đạo'],
  ['resolve', 'Đánh dấu khó khăn, vướng mắc đã xử lý'],
] as const) {
  describe({
    method: 'post',
    path: `/api/obstacles/:id/${step}`,
    summary,
    tag: 'obstacles',
    body: obstacleBody,
  });
}
describe({
  method: 'get',
  path: '/api/dashboard',
  summary: 'Số liệu tổng hợp cho lãnh đạo',
  tag: 'dashboard',
  query: dashboardQuery,
});
describe({ method: 'get', path: '/api/audit', summary: 'Nhật ký thay đổi', tag: 'audit', query: auditQuery });
describe({
  method: 'post',
  path: '/api/files',
  summary: 'Tải lên tệp minh chứng',
  tag: 'files',
  body: z.object({ file: z.any() }),
  multipart: true,
});
describe({ method: 'get', path: '/api/files/:sha256', summary: 'Tải xuống tệp', tag: 'files' });
describe({
  method: 'get',
  path: '/api/extensions',
  summary: 'Đề nghị gia hạn chờ quyết định',
  tag: 'extensions',
});
describe({
  method: 'get',
  path: '/api/obstacles',
  summary: 'Khó khăn, vướng mắc được báo cáo',
  tag: 'assignments',
});
describe({ method: 'get', path: '/api/unit-groups', summary: 'Nhóm đơn vị', tag: 'units' });
describe({
  method: 'get',
  path: '/api/units',
  summary: 'Tìm đơn vị (không dấu)',
  tag: 'units',
  query: unitsQuery,
});

export const trackingRoutes = new Hono<AppEnv>()
  .use('/extensions', requireUser)
  .use('/extensions/*', requireUser)
  .use('/obstacles', requireUser)
  .use('/obstacles/*', requireUser)
  .get('/extensions', async (c) => c.json({ items: await pendingExtensions(ctxOf(c)) }))
  .get('/obstacles', async (c) => c.json({ items: await reportedObstacles(ctxOf(c)) }))
  .use('/dashboard', requireUser)
  .use('/audit', requireUser)
  .use('/files', requireUser)
  .use('/files/*', requireUser)
  .use('/units', requireUser)
  .use('/unit-groups', requireUser)
  .post('/extensions/:id/decision', async (c) => {
    const ctx = ctxOf(c);
    await decideExtension(ctx, pathId(c), await jsonBody(c, decisionBody));
    return c.json({ ok: true });
  })
  .post('/extensions/:id/forward', async (c) => {
    await forwardExtension(ctxOf(c), pathId(c), (await jsonBody(c, forwardBody)).note);
    return c.json({ ok: true });
  })
  .post('/obstacles/:id/:step{answer|forward|resolve}', async (c) => {
    const step = c.req.param('step') as ObstacleStep;
    await handleObstacle(ctxOf(c), pathId(c), step, (await jsonBody(c, obstacleBody)).message);
    return c.json({ ok: true });
  })
  .get('/dashboard', async (c) => {
    const ctx = ctxOf(c);
    if (!can(ctx.actor, 'dashboard.read'))
      throw new AppError('forbidden', 'Bạn không có quyền xem số liệu tổng hợp.');
    const filters = query(c, dashboardQuery);
    const key = `${scopeKey(ctx.actor)}|${JSON.stringify(filters)}`;
    return c.json(await cached(key, Date.now(), () => getDashboard(ctx, filters)));
  })
  .get('/audit', async (c) => {
    const ctx = ctxOf(c);
    if (!can(ctx.actor, 'audit.read')) throw new AppError('forbidden', 'Bạn không có quyền xem nhật ký.');
    return c.json(await listAudit(ctx.db, query(c, auditQuery)));
  })
  .post('/files', uploadLimit, async (c) => {
    const ctx = ctxOf(c);
    if (!can(ctx.actor, 'file.upload'))
      throw new AppError('forbidden', 'Vai trò của bạn không được tải tệp lên.');
    const form = await formBody(c);
    if (!(form.file instanceof File))
      throw new AppError('validation_failed', 'Cần chọn tệp (trường "file").');
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    const fileName = form.file.name.slice(0, 300);
    const stored = await transaction(ctx.db, async (db) => {
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
  })
  .get('/files/:sha256', async (c) => {
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
  .get('/units', async (c) => {
    const { q } = query(c, unitsQuery);
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
  .get('/unit-groups', async (c) => {
    const items = await ctxOf(c)
      .db.selectFrom('unit_groups')
      .select(['id', 'name', 'aliases'])
      .orderBy('name')
      .execute();
    return c.json({ items });
  });
