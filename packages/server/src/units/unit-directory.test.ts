import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import type { Database } from '../db/database';
import { insertGroup, loadDirectory } from './unit-directory';
import { insertUnit } from './unit-repository';

/** The directory import matches names against, kept in memory until units, groups or aliases change. */
describe.each(testEngines())('the directory kept in memory on %s', (engine) => {
  let database: Database;
  let province: number;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    province = (
      await insertUnit(database.db, { parentId: null, kind: 'province', name: 'UBND tỉnh Thử Nghiệm' })
    ).id;
  });
  afterAll(async () => {
    await database?.close();
  });

  it('is read once while nothing changes', async () => {
    const first = await loadDirectory(database.db);
    expect(await loadDirectory(database.db)).toBe(first);
    expect(first.match('UBND tỉnh Thử Nghiệm')).toMatchObject({ kind: 'exact', unitId: province });
  });

  it('is read again after a unit is added, an alias saved or a group changed', async () => {
    const before = await loadDirectory(database.db);
    expect(before.match('Sở Tài chính').kind).not.toBe('exact');
    const finance = await insertUnit(database.db, {
      parentId: province,
      kind: 'department',
      name: 'Sở Tài chính',
    });
    const added = await loadDirectory(database.db);
    expect(added).not.toBe(before);
    expect(added.match('Sở Tài chính')).toMatchObject({ kind: 'exact', unitId: finance.id });

    await database.db
      .updateTable('units')
      .set({ aliases: ['STC'] })
      .where('id', '=', finance.id)
      .execute();
    const aliased = await loadDirectory(database.db);
    expect(aliased.match('STC')).toMatchObject({ kind: 'alias', unitId: finance.id });

    const group = await insertGroup(database.db, { name: 'Các sở, ban, ngành', memberIds: [finance.id] });
    expect((await loadDirectory(database.db)).match('Các sở, ban, ngành')).toMatchObject({
      kind: 'group',
      groupId: group,
    });
  });
});
