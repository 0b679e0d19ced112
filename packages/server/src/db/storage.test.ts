import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import { countUnits, insertUnit, listSubtree, searchUnits } from '../units/unit-repository';
import type { Database } from './database';
import { migrate, migrationFiles, migrationStatus } from './migrate';

describe.each(testEngines())('storage on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('applies every migration once and reports the level', async () => {
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
    const { rows } = await sql<{
      n: number;
      d: string;
    }>`select count(*) as n, date '2025-03-31' as d`.execute(database.db);
    expect(rows[0]).toEqual({ n: 1, d: '2025-03-31' });
  });

  it('stores a unit hierarchy and lists a subtree', async () => {
    const province = await insertUnit(database.db, { parentId: null, kind: 'province', name: 'Tỉnh Thử' });
    const dept = await insertUnit(database.db, {
      parentId: province.id,
      kind: 'department',
      name: 'Sở Khoa học và Công nghệ',
      shortName: 'Sở KH&CN',
      aliases: ['Sở KHCN'],
    });
    const division = await insertUnit(database.db, {
      parentId: dept.id,
      kind: 'division',
      name: 'Phòng Quản lý công nghệ',
    });
    await insertUnit(database.db, { parentId: province.id, kind: 'department', name: 'Sở Nội vụ' });

    expect(dept.slug).toBe('so-khoa-hoc-va-cong-nghe');
    expect(dept.aliases).toEqual(['Sở KHCN']);
    const subtree = await listSubtree(database.db, dept.id);
    expect(subtree.map((u) => u.id).sort()).toEqual([dept.id, division.id].sort());
    expect(await countUnits(database.db)).toBe(4);
  });

  it('finds units without accents and by short name', async () => {
    expect((await searchUnits(database.db, 'so khoa hoc'))[0]?.name).toBe('Sở Khoa học và Công nghệ');
    expect((await searchUnits(database.db, 'KH&CN'))[0]?.name).toBe('Sở Khoa học và Công nghệ');
    expect((await searchUnits(database.db, 'nội vụ')).map((u) => u.name)).toContain('Sở Nội vụ');
    expect(await searchUnits(database.db, '   ')).toEqual([]);
  });

  it('refuses a duplicate unit and keeps the first', async () => {
    await expect(
      insertUnit(database.db, { parentId: null, kind: 'department', name: 'Sở Nội vụ' }),
    ).rejects.toThrow(/unique|duplicate/i);
    expect(await countUnits(database.db)).toBe(4);
  });

  it('rolls back a failed transaction whole', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await insertUnit(trx, { parentId: null, kind: 'other', name: 'Đơn vị tạm' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await searchUnits(database.db, 'don vi tam')).toEqual([]);
  });
});
