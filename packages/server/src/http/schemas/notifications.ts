import { z } from 'zod';
import { isoDate, MAX_ID, queryBoolean } from './common';

/** The inputs of notifications (the bell and list, one's own choices) and of the admin's settings. */

const id = z.number().int().positive().max(MAX_ID);

export const notificationsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).optional(),
  before: z.coerce.number().int().positive().max(MAX_ID).optional(),
  unreadOnly: queryBoolean,
});

export const markReadBody = z.strictObject({
  ids: z.union([z.literal('all'), z.array(id).min(1).max(500)]),
});

const topics = z
  .strictObject({
    overdue: z.boolean().optional(),
    due_soon: z.boolean().optional(),
    awaiting: z.boolean().optional(),
    report: z.boolean().optional(),
    reminder: z.boolean().optional(),
  })
  .optional();

export const notificationSettingsBody = z
  .strictObject({
    email: z.string().trim().max(254).nullable().optional(),
    preferences: z.strictObject({ email: topics, webhook: topics }).optional(),
  })
  .refine((b) => b.email !== undefined || b.preferences !== undefined, {
    message: 'Không có thay đổi nào: cần email hoặc preferences.',
  });

const workingDays = z.number().int().min(0).max(60);

export const reminderSettingsBody = z
  .strictObject({
    beforeDue: z.array(z.number().int().min(1).max(60)).max(10).optional(),
    onDueDay: z.boolean().optional(),
    everyDayOverdue: z.boolean().optional(),
    escalateToHeadAfter: workingDays.optional(),
    escalateToOfficeAfter: workingDays.optional(),
    beforeCutoff: workingDays.optional(),
    missedReport: z.boolean().optional(),
    claimUnverifiedAfter: workingDays.optional(),
    extensionUndecidedAfter: workingDays.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'Không có thay đổi nào.',
  });

export const calendarQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

export const calendarDayParam = z.object({ date: isoDate });

export const calendarDayBody = z.strictObject({
  kind: z.enum(['off', 'working']),
  note: z.string().trim().max(200).optional(),
});

export const unitHeadBody = z.strictObject({ isHead: z.boolean() });
