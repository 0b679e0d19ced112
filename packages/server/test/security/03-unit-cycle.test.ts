import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSubtreeCache, listSubtree } from '../../src/units/unit-repository';
import { createWorld, type World } from '../api-harness';
import { testEngines } from '../engines';

const header = 'name,short_name,kind,parent,aliases';

describe.each(testEngines())('#10.3 the unit tree has no cycle, on %s', (engine) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(engine);
  }, 180_000); // a busy machine makes the first logins slow
  afterAll(async () => {
    await world?.close();
  });

  const importCsv = async (rows: string[]) =>
    (await world.as('admin')).raw('/api/units/import', {
      method: 'POST',
      body: [header, ...rows].join('\n'),
      contentType: 'text/csv',
    });

  it('#10.3 a CSV import that makes a unit its own parent is refused, and nothing changes', async () => {
    const res = await importCsv(['Sở Khoa học và Công nghệ,,department,Sở Khoa học và Công nghệ,']);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { message: string } };
    expect(error.message).toContain('vòng lặp');
    const science = await world.database.db
      .selectFrom('units')
      .select('parent_id')
      .where('id', '=', world.units.science)
      .executeTakeFirstOrThrow();
    expect(science.parent_id).toBe(world.units.province);
  });

  it('#10.3 a CSV import that puts a unit below its own child is refused', async () => {
    const res = await importCsv(['Sở Khoa học và Công nghệ,,department,Phòng Chuyển đổi số,']);
    expect(res.status).toBe(400);
    // the officer of the department still gets answers
    const officer = await world.as('canbo.khcn');
    expect((await officer.get('/api/assignments')).status).toBe(200);
  });

  it('#10.3 a cycle written behind the database check no longer hangs the subtree query', async () => {
    const db = world.database.db;
    await db.transaction().execute(async (trx) => {
      await sql`alter table units disable trigger units_no_cycle`.execute(trx);
      await trx
        .updateTable('units')
        .set({ parent_id: world.units.division })
        .where('id', '=', world.units.science)
        .execute();
      await sql`alter table units enable trigger units_no_cycle`.execute(trx);
    });
    clearSubtreeCache();
    const ids = (await listSubtree(db, world.units.science)).map((u) => u.id).sort();
    expect(ids).toEqual([world.units.science, world.units.division].sort());
    const officer = await world.as('canbo.khcn');
    expect((await officer.get('/api/assignments')).status).toBe(200);
  });
});
