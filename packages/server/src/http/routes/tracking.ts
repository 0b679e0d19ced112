import { Hono } from 'hono';
import { decideExtension } from '../../assignments/decide-extension';
import { forwardExtension } from '../../assignments/forward-extension';
import { handleObstacle } from '../../assignments/handle-obstacle';
import { pendingExtensions, reportedObstacles } from '../../assignments/list-queues';
import { readAudit } from '../../audit/list-audit';
import { authorize } from '../../auth/authorize';
import { readDashboard } from '../../dashboard/get-dashboard';
import { AppError } from '../../errors';
import { readStoredFile, uploadEvidence } from '../../files/stored-files';
import { listGroups, listUnits } from '../../units/list-units';
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
  .get('/dashboard', doc('Số liệu tổng hợp cho lãnh đạo', 'dashboard'), query(dashboardQuery), async (c) =>
    c.json(await readDashboard(ctxOf(c), c.req.valid('query'))),
  )
  .get('/audit', doc('Nhật ký thay đổi', 'audit'), query(auditQuery), async (c) =>
    c.json(await readAudit(ctxOf(c), c.req.valid('query'))),
  )
  .post(
    '/files',
    doc('Tải lên tệp minh chứng', 'files', { requestBody: multipartFile('Tệp minh chứng') }),
    uploadLimit,
    async (c) => {
      const ctx = ctxOf(c);
      authorize(ctx.actor, 'file.upload', undefined, {
        forbidden: 'Vai trò của bạn không được tải tệp lên.',
      });
      const form = await formBody(c);
      if (!(form.file instanceof File))
        throw new AppError('validation_failed', 'Cần chọn tệp (trường "file").');
      const bytes = new Uint8Array(await form.file.arrayBuffer());
      return c.json(await uploadEvidence(ctx, bytes, form.file.name), 201);
    },
  )
  .get('/files/:sha256', doc('Tải xuống tệp', 'files'), async (c) => {
    const file = await readStoredFile(ctxOf(c), c.req.param('sha256'));
    return new Response(new Uint8Array(file.bytes), { headers: { 'content-type': file.mediaType } });
  })
  .get('/units', doc('Tìm đơn vị (không dấu)', 'units'), query(unitsQuery), async (c) => {
    return c.json({ items: await listUnits(ctxOf(c), c.req.valid('query').q) });
  })
  .get('/unit-groups', doc('Nhóm đơn vị', 'units'), async (c) => {
    return c.json({ items: await listGroups(ctxOf(c)) });
  });
