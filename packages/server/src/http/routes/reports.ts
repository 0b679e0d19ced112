import { Hono } from 'hono';
import { exportReport, periodicReport } from '../../reports/report-files';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { reportExportQuery, reportQuery, reportRequest } from '../schemas/reports';
import { doc, query } from '../validate';

export const reportRoutes = new Hono<AppEnv>()
  .use('/reports', requireUser)
  .use('/reports/*', requireUser)
  .get(
    '/reports',
    doc('Báo cáo định kỳ tại ngày chốt số liệu (xem trước)', 'reports'),
    query(reportQuery),
    async (c) => c.json(await periodicReport(ctxOf(c), reportRequest(c.req.valid('query')))),
  )
  .get(
    '/reports/export',
    doc('Tải báo cáo định kỳ (xlsx, docx, pdf, csv)', 'reports'),
    query(reportExportQuery),
    async (c) => {
      const q = c.req.valid('query');
      const file = await exportReport(ctxOf(c), reportRequest(q), q.format, {
        place: q.place,
        signerAuthority: q.signerAuthority,
        signerTitle: q.signerTitle,
        signerName: q.signerName,
      });
      return c.body(new Uint8Array(file.bytes), 200, {
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
      });
    },
  );
