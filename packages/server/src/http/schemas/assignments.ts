import { ASSIGNMENT_STATES, COLORS, FLAGS, TIMELINESS, VERIFICATION_DECISIONS } from '@dondoc/domain';
import { z } from 'zod';
import { isoDate, page, queryBoolean } from './common';

/** The inputs of the assignment routes (routes/assignments.ts). */

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

export const listQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  includeChildren: queryBoolean,
  lead: queryBoolean,
  color: z.enum(COLORS).optional(),
  timeliness: z.enum(TIMELINESS).optional(),
  flag: z.enum(FLAGS).optional(),
  state: z.enum(ASSIGNMENT_STATES).optional(),
  open: queryBoolean,
  programme: z.string().max(100).optional(),
  directiveId: z.coerce.number().int().positive().optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['due', '-due', 'updated']).optional(),
  page,
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const searchByTaskQuery = z.object({
  q: z.string().trim().min(1, 'Cần nhập từ khóa tìm kiếm').max(200),
  unitId: z.coerce.number().int().positive().optional(),
  includeChildren: queryBoolean,
  open: queryBoolean,
  page,
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** The work list's filters for its XLSX download: every page, so no page or page size. */
export const listExportQuery = listQuery.omit({ page: true, pageSize: true });
export const reportBody = z.object({
  percent: z.number().int().min(0, 'Tiến độ từ 0 đến 100%').max(100, 'Tiến độ từ 0 đến 100%'),
  narrative: z.string().trim().min(1, 'Cần mô tả kết quả thực hiện').max(20_000),
  obstacles: z.string().max(20_000).optional(),
  evidence: z.array(evidence).max(50).optional(),
  version: z.number().int().positive().optional(),
});
export const claimBody = z.object({
  narrative: z.string().trim().min(1, 'Cần mô tả kết quả hoàn thành').max(20_000),
  evidence: z.array(evidence).max(50),
  version: z.number().int().positive().optional(),
});
export const verificationBody = z.object({
  decision: z.enum(VERIFICATION_DECISIONS),
  reason: z.string().max(5000).optional(),
});
export const extensionBody = z.object({
  requestedDue: isoDate,
  reason: z.string().trim().min(1, 'Cần nêu lý do xin gia hạn').max(5000),
});
export const cascadeBody = z.object({
  unitIds: z.array(z.number().int().positive()).min(1, 'Chọn ít nhất một đơn vị').max(200),
});
export const cancelBody = z.object({ reason: z.string().trim().min(1, 'Cần nêu lý do hủy').max(5000) });
export const reminderBody = z.object({
  message: z.string().trim().max(2000, 'Lời nhắc tối đa 2.000 ký tự').default(''),
});
export const commentBody = z.object({
  body: z.string().trim().min(1, 'Cần nhập nội dung bình luận').max(5000, 'Bình luận tối đa 5.000 ký tự'),
});
export const deadlineBody = z.object({
  dueDate: isoDate,
  decisionRef: z.string().trim().min(1, 'Cần ghi số, ký hiệu văn bản quyết định').max(200),
  decisionDate: isoDate,
  decidedBy: z.string().trim().min(1, 'Cần ghi lãnh đạo quyết định').max(200),
  reason: z.string().trim().max(5000).optional(),
  version: z.number().int().positive().optional(),
});
