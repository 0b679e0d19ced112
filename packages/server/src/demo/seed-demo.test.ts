import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { freshDatabase, testEngines } from '../../test/engines';
import { login } from '../auth/login';
import type { Database } from '../db/database';
import { diskFileStore } from '../files/file-store';
import { countUnits, listSubtree, searchUnits } from '../units/unit-repository';
import { seedDemo } from './seed-demo';

const now = new Date('2026-11-25T03:00:00Z');
const newFiles = () => diskFileStore(path.join(mkdtempSync(path.join(tmpdir(), 'dondoc-seed-')), 'files'));

/**
 * The first test seeds a database of its own; the others read one seeded province, built once
 * before them and never changed by them (they only read it, and sign in).
 */
describe.each(testEngines())('seed-demo on %s', (engine) => {
  let seeded: Database;
  beforeAll(async () => {
    seeded = await freshDatabase(engine, { fromCopy: true });
    await seedDemo(seeded.db, { files: newFiles(), password: 'mat-khau-demo', corpusDir: null, now });
  });
  afterAll(async () => {
    await seeded?.close();
  });

  it('creates the province, its people and published work, once', async () => {
    const database = await freshDatabase(engine, { fromCopy: true });
    onTestFinished(() => database.close());
    const files = newFiles();
    const first = await seedDemo(database.db, { files, password: 'mat-khau-demo', corpusDir: null, now });
    expect(first).toMatchObject({ seeded: true, password: 'mat-khau-demo', generatedPassword: false });
    const communes = await database.db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'commune')
      .execute();
    expect(communes.length).toBeGreaterThanOrEqual(30);
    expect(first.directives).toBe(2);
    expect(first.assignments).toBeGreaterThan(20);

    const again = await seedDemo(database.db, { files, corpusDir: null, now });
    expect(again).toEqual({ seeded: false, units: first.units });
    expect(await countUnits(database.db)).toBe(first.units);
  });

  it('signs in every role with the demo password, officers by their unit’s slug', async () => {
    for (const username of ['admin', 'lanhdao', 'vanphong', 'theodoi', 'canbo.so-khoa-hoc-va-cong-nghe']) {
      await expect(login(seeded.db, username, 'mat-khau-demo', now)).resolves.toMatchObject({
        token: expect.any(String),
      });
    }
  });

  it('shows every colour', async () => {
    const colours = await seeded.db
      .selectFrom('assignments')
      .select('status_color')
      .distinct()
      .where('status_color', 'is not', null)
      .execute();
    expect(colours.map((c) => c.status_color).sort()).toEqual(['green', 'red', 'yellow']);
  });

  it('nests divisions under their department', async () => {
    const [dept] = await searchUnits(seeded.db, 'Sở KH&CN');
    expect(dept?.slug).toBe('so-khoa-hoc-va-cong-nghe');
    const subtree = await listSubtree(seeded.db, dept!.id);
    expect(subtree.map((u) => u.name)).toContain('Phòng Chuyển đổi số');
  });
});
