import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import type { Database } from '../db/database';
import { countUnits, listSubtree, searchUnits } from '../units/unit-repository';
import { seedDemo } from './seed-demo';

describe.each(testEngines())('seed-demo on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('creates the province with its departments and 30+ communes, once', async () => {
    const first = await seedDemo(database.db);
    expect(first.seeded).toBe(true);
    const communes = await database.db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'commune')
      .execute();
    expect(communes.length).toBeGreaterThanOrEqual(30);

    const again = await seedDemo(database.db);
    expect(again).toEqual({ seeded: false, units: first.units });
    expect(await countUnits(database.db)).toBe(first.units);
  });

  it('nests divisions under their department', async () => {
    const [dept] = await searchUnits(database.db, 'Sở KH&CN');
    expect(dept?.slug).toBe('so-khoa-hoc-va-cong-nghe');
    const subtree = await listSubtree(database.db, dept!.id);
    expect(subtree.map((u) => u.name)).toContain('Phòng Chuyển đổi số');
  });
});
