import { can } from '@dondoc/domain';
import { type Context, Hono } from 'hono';
import { AppError } from '../../errors';
import { exportGroupsCsv, exportUnitsCsv, importGroupsCsv, importUnitsCsv } from '../../units/unit-csv';
import type { AppEnv } from '../app';
import { ctxOf, requireUser } from '../auth-middleware';
import { describe } from '../openapi';

describe({ method: 'get', path: '/api/units.csv', summary: 'Xuất danh mục đơn vị (CSV)', tag: 'units' });
describe({
  method: 'post',
  path: '/api/units/import',
  summary: 'Nhập danh mục đơn vị từ CSV (text/csv)',
  tag: 'units',
});
describe({ method: 'get', path: '/api/unit-groups.csv', summary: 'Xuất nhóm đơn vị (CSV)', tag: 'units' });
describe({
  method: 'post',
  path: '/api/unit-groups/import',
  summary: 'Nhập nhóm đơn vị từ CSV (text/csv)',
  tag: 'units',
});

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

function requireManager(c: Context<AppEnv>) {
  const ctx = ctxOf(c);
  if (!can(ctx.actor, 'directory.manage'))
    throw new AppError('forbidden', 'Chỉ quản trị viên được sửa danh mục đơn vị.');
  return ctx;
}

export const directoryRoutes = new Hono<AppEnv>()
  .use('/units.csv', requireUser)
  .use('/units/*', requireUser)
  .use('/unit-groups.csv', requireUser)
  .use('/unit-groups/*', requireUser)
  .get('/units.csv', async (c) => csv(c, await exportUnitsCsv(ctxOf(c).db), 'don-vi.csv'))
  .get('/unit-groups.csv', async (c) => csv(c, await exportGroupsCsv(ctxOf(c).db), 'nhom-don-vi.csv'))
  .post('/units/import', async (c) => c.json(await importUnitsCsv(requireManager(c), await csvBody(c))))
  .post('/unit-groups/import', async (c) =>
    c.json(await importGroupsCsv(requireManager(c), await csvBody(c))),
  );
