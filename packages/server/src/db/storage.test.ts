import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import { WORLD_TIMEOUT } from '../../test/factories';
import { countUnits, insertUnit, listSubtree, searchUnits } from '../units/unit-repository';
import type { Db } from './database';
import { migrate, migrationFiles, migrationStatus } from './migrate';

/** A province, a department with a division below it, and another department. */
async function hierarchy(db: Db) {
  const province = await insertUnit(db, { parentId: null, kind: 'province', name: 'Tỉnh Thử' });
  const dept = await insertUnit(db, {
    parentId: province.id,
    kind: 'department',
    name: 'Sở Khoa học và Công nghệ',
    shortName: 'Sở KH&CN',
    aliases: ['Sở KHCN'],
  });
  const division = await insertUnit(db, {
    parentId: dept.id,
    kind: 'division',
    name: 'Phòng Quản lý công nghệ',
  });
  await insertUnit(db, { parentId: province.id, kind: 'department', name: 'Sở Nội vụ' });
  return { dept, division };
}

/** Each test opens a database of its own. */
describe.each(testEngines())('storage on %s', { timeout: WORLD_TIMEOUT }, (engine) => {
  const fresh = async (options: { fromCopy?: boolean } = { fromCopy: true }) => {
    const database = await freshDatabase(engine, options);
    onTestFinished(() => database.close());
    return database;
  };

  it('applies every migration once and reports the level', async () => {
    // migrated here, not loaded from the migrated copy
    const database = await fresh({});
    const status = await migrationStatus(database.db);
    expect(status.pending).toEqual([]);
    expect(status.applied.length).toBe(migrationFiles().length);
    expect(status.level).toBe(
      migrationFiles()
        .at(-1)
        ?.replace(/\.sql$/, ''),
    );
    expect(await migrate(database.db)).toEqual([]);
  });

  it('returns counts as numbers and dates as calendar strings on either engine', async () => {
    const database = await fresh();
    const { rows } = await sql<{
      n: number;
      d: string;
    }>`select count(*) as n, date '2025-03-31' as d`.execute(database.db);
    expect(rows[0]).toEqual({ n: 1, d: '2025-03-31' });
  });

  it('stores a unit hierarchy and lists a subtree', async () => {
    const database = await fresh();
    const { dept, division } = await hierarchy(database.db);

    expect(dept.slug).toBe('so-khoa-hoc-va-cong-nghe');
    expect(dept.aliases).toEqual(['Sở KHCN']);
    const subtree = await listSubtree(database.db, dept.id);
    expect(subtree.map((u) => u.id).sort()).toEqual([dept.id, division.id].sort());
    expect(await countUnits(database.db)).toBe(4);
  });

  it('finds units without accents and by short name', async () => {
    const database = await fresh();
    await hierarchy(database.db);
    expect((await searchUnits(database.db, 'so khoa hoc'))[0]?.name).toBe('Sở Khoa học và Công nghệ');
    expect((await searchUnits(database.db, 'KH&CN'))[0]?.name).toBe('Sở Khoa học và Công nghệ');
    expect((await searchUnits(database.db, 'nội vụ')).map((u) => u.name)).toContain('Sở Nội vụ');
    expect(await searchUnits(database.db, '   ')).toEqual([]);
  });

  it('refuses a duplicate unit and keeps the first', async () => {
    const database = await fresh();
    await hierarchy(database.db);
    await expect(
      insertUnit(database.db, { parentId: null, kind: 'department', name: 'Sở Nội vụ' }),
    ).rejects.toThrow(/unique|duplicate/i);
    expect(await countUnits(database.db)).toBe(4);
  });

  it('rolls back a failed transaction whole', async () => {
    const database = await fresh();
    await expect(
      database.db.transaction().execute(async (trx) => {
        await insertUnit(trx, { parentId: null, kind: 'other', name: 'Đơn vị tạm' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await searchUnits(database.db, 'don vi tam')).toEqual([]);
  });
});
