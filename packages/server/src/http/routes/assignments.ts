import { Hono } from 'hono';
import { cancelAssignment } from '../../assignments/cancel-assignment';
import { cascadeAssignment } from '../../assignments/cascade-assignment';
import { changeDeadline } from '../../assignments/change-deadline';
import { claimCompletion } from '../../assignments/claim-completion';
import { commentAssignment } from '../../assignments/comment-assignment';
import { getAssignment } from '../../assignments/get-assignment';
import { listAssignments } from '../../assignments/list-assignments';
import { remindAssignment } from '../../assignments/remind-assignment';
import { reportProgress } from '../../assignments/report-progress';
import { requestExtension } from '../../assignments/request-extension';
import { searchByTask } from '../../assignments/search-by-task';
import { verifyCompletion } from '../../assignments/verify-completion';
import { assignmentListXlsx } from '../../reports/list-xlsx';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import {
  cancelBody,
  cascadeBody,
  claimBody,
  commentBody,
  deadlineBody,
  extensionBody,
  listExportQuery,
  listQuery,
  reminderBody,
  reportBody,
  searchByTaskQuery,
  verificationBody,
} from '../schemas/assignments';
import { doc, json, pathId, query } from '../validate';

export const assignmentRoutes = new Hono<AppEnv>()
  .use('/assignments', requireUser)
  .use('/assignments/*', requireUser)
  .get(
    '/assignments',
    doc('Danh sách nhiệm vụ được giao (lọc, phân trang)', 'assignments'),
    query(listQuery),
    async (c) => c.json(await listAssignments(ctxOf(c), c.req.valid('query'))),
  )
  .get(
    '/assignments/by-task',
    doc('Tìm nhiệm vụ theo từ khóa, gộp theo nhiệm vụ (không cần gõ dấu)', 'assignments'),
    query(searchByTaskQuery),
    async (c) => c.json(await searchByTask(ctxOf(c), c.req.valid('query'))),
  )
  .get(
    '/assignments/export',
    doc('Tải danh sách nhiệm vụ (XLSX, với bộ lọc đang chọn)', 'assignments'),
    query(listExportQuery),
    async (c) => {
      const file = await assignmentListXlsx(ctxOf(c), c.req.valid('query'));
      return c.body(new Uint8Array(file.bytes), 200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': 'attachment; filename="danh-sach-nhiem-vu.xlsx"',
      });
    },
  )
  .get('/assignments/:id', doc('Chi tiết và lịch sử', 'assignments'), async (c) =>
    c.json(await getAssignment(ctxOf(c), pathId(c))),
  )
  .post('/assignments/:id/reports', doc('Báo cáo tiến độ', 'assignments'), json(reportBody), async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const body = c.req.valid('json');
    const result = await reportProgress(ctx, id, body);
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post(
    '/assignments/:id/claim',
    doc('Báo cáo hoàn thành (kèm minh chứng)', 'assignments'),
    json(claimBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      await claimCompletion(ctx, id, c.req.valid('json'));
      return c.json(await getAssignment(ctx, id));
    },
  )
  .post(
    '/assignments/:id/verification',
    doc('Xác nhận hoặc trả lại', 'assignments'),
    json(verificationBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      await verifyCompletion(ctx, id, c.req.valid('json'));
      return c.json(await getAssignment(ctx, id));
    },
  )
  .post('/assignments/:id/extensions', doc('Xin gia hạn', 'assignments'), json(extensionBody), async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const result = await requestExtension(ctx, id, c.req.valid('json'));
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post(
    '/assignments/:id/cascade',
    doc('Giao tiếp cho đơn vị cấp dưới', 'assignments'),
    json(cascadeBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      const result = await cascadeAssignment(ctx, id, c.req.valid('json').unitIds);
      return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
    },
  )
  .post(
    '/assignments/:id/cancel',
    doc('Hủy nhiệm vụ được giao', 'assignments'),
    json(cancelBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      await cancelAssignment(ctx, id, c.req.valid('json').reason);
      return c.json(await getAssignment(ctx, id));
    },
  )
  .post(
    '/assignments/:id/reminders',
    doc('Nhắc việc (ghi lại để gửi qua các kênh thông báo)', 'assignments'),
    json(reminderBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      const result = await remindAssignment(ctx, id, c.req.valid('json').message);
      return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
    },
  )
  .post(
    '/assignments/:id/comments',
    doc('Bình luận trên nhiệm vụ', 'assignments'),
    json(commentBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      const result = await commentAssignment(ctx, id, c.req.valid('json').body);
      return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
    },
  )
  .post(
    '/assignments/:id/deadline',
    doc('Đổi thời hạn theo quyết định của lãnh đạo (giữ thời hạn ban đầu)', 'assignments'),
    json(deadlineBody),
    async (c) => {
      const ctx = ctxOf(c);
      const id = pathId(c);
      await changeDeadline(ctx, id, c.req.valid('json'));
      return c.json(await getAssignment(ctx, id));
    },
  );
