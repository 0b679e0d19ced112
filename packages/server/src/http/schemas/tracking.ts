import { EXTENSION_DECISIONS } from '@dondoc/domain';
import { z } from 'zod';
import { isoDate, page } from './common';

/** The inputs of the extension, obstacle, dashboard, audit and unit routes (routes/tracking.ts). */

export const decisionBody = z.object({
  decision: z.enum(EXTENSION_DECISIONS, { message: 'Quyết định là chấp thuận hoặc không chấp thuận' }),
  approvedDue: isoDate.optional(),
  note: z.string().trim().max(5000, 'Ghi chú tối đa 5.000 ký tự').optional(),
});
export const forwardBody = z.object({
  note: z.string().trim().max(5000, 'Ghi chú tối đa 5.000 ký tự').default(''),
});
export const obstacleBody = z.object({
  message: z.string().trim().max(5000, 'Nội dung tối đa 5.000 ký tự').default(''),
});
export const dashboardQuery = z.object({
  directiveId: z.coerce.number().int().positive().optional(),
  programme: z.string().max(100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export const auditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  page,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const unitsQuery = z.object({ q: z.string().max(200).default('') });
