import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';

describe.each(testEngines())('unit directory CSV on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  });
  afterAll(async () => {
    await world?.close();
  });

  const unitsCsv = [
    'name,short_name,kind,parent,aliases',
    'Phòng Quản lý công nghệ,,division,Sở Khoa học và Công nghệ,Phòng QLCN',
    'Ủy ban nhân dân xã Cẩm Sơn,UBND xã Cẩm Sơn,commune,Ủy ban nhân dân tỉnh Thử Nghiệm,',
  ].join('\n');

  it('lets an admin add units and groups from CSV, and exports them back', async () => {
    const admin = await world.as('admin');
    const res = await admin.raw('/api/units/import', {
      method: 'POST',
      body: unitsCsv,
      contentType: 'text/csv',
    });
    expect(await res.json()).toEqual({ created: 2, updated: 0 });
    const groups =
      'name,aliases,members\nCác xã biên giới,Xã biên giới,Ủy ban nhân dân xã An Phú; Ủy ban nhân dân xã Cẩm Sơn\n';
    expect(
      (await admin.raw('/api/unit-groups/import', { method: 'POST', body: groups, contentType: 'text/csv' }))
        .status,
    ).toBe(200);

    const exported = await (await admin.get('/api/units.csv')).text();
    expect(exported).toContain('Phòng Quản lý công nghệ,,division,Sở Khoa học và Công nghệ,Phòng QLCN');
    const groupCsv = await (await admin.get('/api/unit-groups.csv')).text();
    expect(groupCsv).toContain(
      'Các xã biên giới,Xã biên giới,Ủy ban nhân dân xã An Phú; Ủy ban nhân dân xã Cẩm Sơn',
    );

    // importing what was exported changes nothing but updates in place
    const again = await admin.raw('/api/units/import', {
      method: 'POST',
      body: exported,
      contentType: 'text/csv',
    });
    expect(((await again.json()) as { created: number }).created).toBe(0);
  });

  it('refuses a bad row by its line number and keeps every row out', async () => {
    const admin = await world.as('admin');
    const bad = 'name,short_name,kind,parent,aliases\nĐơn vị mới,,department,,\nĐơn vị lỗi,,khong-ro,,\n';
    const res = await admin.raw('/api/units/import', { method: 'POST', body: bad, contentType: 'text/csv' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /^Dòng 3: Loại đơn vị/,
    );
    const exported = await (await admin.get('/api/units.csv')).text();
    expect(exported).not.toContain('Đơn vị mới');
  });

  it('leaves the directory to admins', async () => {
    const officer = await world.as('canbo.khcn');
    const res = await officer.raw('/api/units/import', {
      method: 'POST',
      body: unitsCsv,
      contentType: 'text/csv',
    });
    expect(res.status).toBe(403);
  });
});
