import { Hono } from 'hono';
import { z } from 'zod';
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
import { verifyCompletion } from '../../assignments/verify-completion';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';
import { isoDate, jsonBody, pathId, query } from '../validate';

const evidence = z
  .object({
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'Mã tệp không hợp lệ')
      .optional(),
    fileName: z.string().max(300).optional(),
    // http(s) only: a javascript: or data: link would run in the browser of whoever opens it
    url: z
      .url({ protocol: /^https?$/, message: 'Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://' })
      .max(2000)
      .optional(),
  })
  .refine((e) => e.sha256 || e.url, 'Minh chứng cần là một tệp đã tải lên hoặc một đường dẫn');

const listQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  includeChildren: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  lead: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  color: z.enum(['green', 'yellow', 'red']).optional(),
  timeliness: z.enum(['done_on_time', 'done_late', 'open_within_deadline', 'open_overdue']).optional(),
  flag: z.enum(['due_soon', 'at_risk', 'awaiting_verification', 'returned', 'missed_report']).optional(),
  state: z.enum(['assigned', 'in_progress', 'claimed', 'done', 'cancelled']).optional(),
  programme: z.string().max(100).optional(),
  directiveId: z.coerce.number().int().positive().optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['due', '-due', 'updated']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
const reportBody = z.object({
  percent: z.number().int().min(0, 'Tiến độ từ 0 đến 100%').max(100, 'Tiến độ từ 0 đến 100%'),
  narrative: z.string().trim().min(1, 'Cần mô tả kết quả thực hiện').max(20_000),
  obstacles: z.string().max(20_000).optional(),
  evidence: z.array(evidence).max(50).optional(),
  version: z.number().int().positive().optional(),
});
const claimBody = z.object({
  narrative: z.string().trim().min(1, 'Cần mô tả kết quả hoàn thành').max(20_000),
  evidence: z.array(evidence).max(50),
  version: z.number().int().positive().optional(),
});
const verificationBody = z.object({
  decision: z.enum(['accept', 'return']),
  reason: z.string().max(5000).optional(),
});
const extensionBody = z.object({
  requestedDue: isoDate,
  reason: z.string().trim().min(1, 'Cần nêu lý do xin gia hạn').max(5000),
});
const cascadeBody = z.object({
  unitIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một đơn vị').max(200),
});
const cancelBody = z.object({ reason: z.string().trim().min(1, 'Cần nêu lý do hủy').max(5000) });
const reminderBody = z.object({
  message: z.string().trim().max(2000, 'Lời nhắc tối đa 2.000 ký tự').default(''),
});
const commentBody = z.object({
  body: z.string().trim().min(1, 'Cần nhập nội dung bình luận').max(5000, 'Bình luận tối đa 5.000 ký tự'),
});
const deadlineBody = z.object({
  dueDate: isoDate,
  decisionRef: z.string().trim().min(1, 'Cần ghi số, ký hiệu văn bản quyết định').max(200),
  decisionDate: isoDate,
  decidedBy: z.string().trim().min(1, 'Cần ghi lãnh đạo quyết định').max(200),
  reason: z.string().trim().max(5000).optional(),
  version: z.number().int().positive().optional(),
});

describe({
  method: 'get',
  path: '/api/assignments',
  summary: 'Danh sách nhiệm vụ được giao (lọc, phân trang)',
  tag: 'assignments',
  query: listQuery,
});
describe({ method: 'get', path: '/api/assignments/:id', summary: 'Chi tiết và lịch sử', tag: 'assignments' });
describe({
  method: 'post',
  path: '/api/assignments/:id/reports',
  summary: 'Báo cáo tiến độ',
  tag: 'assignments',
  body: reportBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/claim',
  summary: 'Báo cáo hoàn thành (kèm minh chứng)',
  tag: 'assignments',
  body: claimBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/verification',
  summary: 'Xác nhận hoặc trả lại',
  tag: 'assignments',
  body: verificationBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/extensions',
  summary: 'Xin gia hạn',
  tag: 'assignments',
  body: extensionBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/cascade',
  summary: 'Giao tiếp cho đơn vị cấp dưới',
  tag: 'assignments',
  body: cascadeBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/cancel',
  summary: 'Hủy nhiệm vụ được giao',
  tag: 'assignments',
  body: cancelBody,
});

describe({
  method: 'post',
  path: '/api/assignments/:id/reminders',
  summary: 'Nhắc việc (ghi lại để gửi qua các kênh thông báo)',
  tag: 'assignments',
  body: reminderBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/comments',
  summary: 'Bình luận trên nhiệm vụ',
  tag: 'assignments',
  body: commentBody,
});
describe({
  method: 'post',
  path: '/api/assignments/:id/deadline',
  summary: 'Đổi thời hạn theo quyết định của lãnh đạo (giữ thời hạn ban đầu)',
  tag: 'assignments',
  body: deadlineBody,
});

export const assignmentRoutes = new Hono<AppEnv>()
  .use('/assignments', requireUser)
  .use('/assignments/*', requireUser)
  .get('/assignments', async (c) => {
    const f = query(c, listQuery);
    return c.json(await listAssignments(ctxOf(c), f));
  })
  .get('/assignments/:id', async (c) => c.json(await getAssignment(ctxOf(c), pathId(c))))
  .post('/assignments/:id/reports', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const body = await jsonBody(c, reportBody);
    const result = await reportProgress(ctx, id, body);
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post('/assignments/:id/claim', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    await claimCompletion(ctx, id, await jsonBody(c, claimBody));
    return c.json(await getAssignment(ctx, id));
  })
  .post('/assignments/:id/verification', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    await verifyCompletion(ctx, id, await jsonBody(c, verificationBody));
    return c.json(await getAssignment(ctx, id));
  })
  .post('/assignments/:id/extensions', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const result = await requestExtension(ctx, id, await jsonBody(c, extensionBody));
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post('/assignments/:id/cascade', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const result = await cascadeAssignment(ctx, id, (await jsonBody(c, cascadeBody)).unitIds);
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post('/assignments/:id/cancel', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    await cancelAssignment(ctx, id, (await jsonBody(c, cancelBody)).reason);
    return c.json(await getAssignment(ctx, id));
  })
  .post('/assignments/:id/reminders', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const result = await remindAssignment(ctx, id, (await jsonBody(c, reminderBody)).message);
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post('/assignments/:id/comments', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    const result = await commentAssignment(ctx, id, (await jsonBody(c, commentBody)).body);
    return c.json({ ...result, assignment: await getAssignment(ctx, id) }, 201);
  })
  .post('/assignments/:id/deadline', async (c) => {
    const ctx = ctxOf(c);
    const id = pathId(c);
    await changeDeadline(ctx, id, await jsonBody(c, deadlineBody));
    return c.json(await getAssignment(ctx, id));
  });
