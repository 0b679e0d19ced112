import { type Context, Hono } from 'hono';
import { authorize } from '../../auth/authorize';
import { AppError } from '../../errors';
import { exportGroupsCsv, exportUnitsCsv, importGroupsCsv, importUnitsCsv } from '../../units/unit-csv';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { doc } from '../validate';

const csvBodyDoc = {
  requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' as const } } } },
};

const csv = (c: Context<AppEnv>, body: string, name: string) =>
  c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${name}"`,
  });

async function csvBody(c: Context<AppEnv>): Promise<string> {
  if (!(c.req.header('content-type') ?? '').includes('text/csv')) {
    throw new AppError('unsupported_media_type', 'Gửi nội dung CSV với Content-Type: text/csv.');
  }
  return c.req.text();
}

/** Refused (403) before the body is read, so a wrong content type does not answer first. */
function manager(c: Context<AppEnv>) {
  const ctx = ctxOf(c);
  authorize(ctx.actor, 'directory.manage', undefined, {
    forbidden: 'Chỉ quản trị viên được sửa danh mục đơn vị.',
  });
  return ctx;
}

export const directoryRoutes = new Hono<AppEnv>()
  .use('/units.csv', requireUser)
  .use('/units/*', requireUser)
  .use('/unit-groups.csv', requireUser)
  .use('/unit-groups/*', requireUser)
  .get('/units.csv', doc('Xuất danh mục đơn vị (CSV)', 'units'), async (c) =>
    csv(c, await exportUnitsCsv(ctxOf(c).db), 'don-vi.csv'),
  )
  .get('/unit-groups.csv', doc('Xuất nhóm đơn vị (CSV)', 'units'), async (c) =>
    csv(c, await exportGroupsCsv(ctxOf(c).db), 'nhom-don-vi.csv'),
  )
  .post('/units/import', doc('Nhập danh mục đơn vị từ CSV (text/csv)', 'units', csvBodyDoc), async (c) =>
    c.json(await importUnitsCsv(manager(c), await csvBody(c))),
  )
  .post('/unit-groups/import', doc('Nhập nhóm đơn vị từ CSV (text/csv)', 'units', csvBodyDoc), async (c) =>
    c.json(await importGroupsCsv(manager(c), await csvBody(c))),
  );
