import { z } from 'zod';
import { REPORT_FORMATS } from '../../reports/report-files';
import { idParam, isoDate, queryBoolean } from './common';

/** The inputs of the periodic report's routes (routes/reports.ts). */

const reportFields = {
  /** "2025-03", "2025-Q1", "2025-H1", "2025" (Nghị định 09/2019), or a custom range with from and to. */
  period: z
    .string()
    .regex(
      /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/,
      'Kỳ báo cáo có dạng 2025-03, 2025-Q1, 2025-H1 hoặc 2025',
    )
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  cutoffDay: z.coerce.number().int().min(1).max(31).optional(),
  directiveId: idParam.optional(),
  programme: z.string().trim().max(100).optional(),
  unitId: idParam.optional(),
  withChildren: queryBoolean,
};
const periodChosen = {
  check: (q: { period?: string; from?: string; to?: string }) => Boolean(q.period || (q.from && q.to)),
  message: 'Hãy chọn kỳ báo cáo hoặc khoảng ngày (from, to).',
};

export const reportQuery = z
  .object(reportFields)
  .refine(periodChosen.check, { message: periodChosen.message });

export const reportExportQuery = z
  .object({
    ...reportFields,
    format: z.enum(REPORT_FORMATS, { message: 'Định dạng là xlsx, docx, pdf hoặc csv' }),
    place: z.string().trim().max(100).optional(),
    signerAuthority: z.string().trim().max(200).optional(),
    signerTitle: z.string().trim().max(200).optional(),
    signerName: z.string().trim().max(200).optional(),
  })
  .refine(periodChosen.check, { message: periodChosen.message });

/** The use case's request from the query. */
export function reportRequest(q: z.infer<typeof reportQuery>) {
  return {
    period: q.period,
    from: q.from,
    to: q.to,
    cutoffDay: q.cutoffDay,
    scope: {
      directiveId: q.directiveId,
      programme: q.programme,
      unitId: q.unitId,
      withChildren: q.withChildren,
    },
  };
}
