import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import { transaction } from '../db/transaction';
import type { FileStore } from '../files/file-store';
import { refreshAllStatuses } from '../jobs/refresh-statuses';
import { countUnits } from '../units/unit-repository';
import { seedDirectory } from './seed-directory';
import { seedPeople } from './seed-people';
import { seedWork } from './seed-work';

export interface SeedOptions {
  files: FileStore;
  /** DONDOC_DEMO_PASSWORD; when absent one is generated and returned to be printed once. */
  password?: string | undefined;
  /** The dev corpus folder, imported too when it exists. */
  corpusDir?: string | null;
  now?: Date;
}

export interface SeedResult {
  seeded: boolean;
  units: number;
  users?: number;
  directives?: number;
  assignments?: number;
  password?: string;
  generatedPassword?: boolean;
}

/** Fills an empty database with the demo province "tỉnh Mai Sơn"; a database that has units is left alone. */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedResult> {
  if ((await countUnits(db)) > 0) return { seeded: false, units: await countUnits(db) };
  const now = options.now ?? new Date();
  const password = options.password ?? `maison-${randomBytes(6).toString('base64url')}`;
  const { units, people } = await transaction(db, async (trx) => {
    const units = await seedDirectory(trx);
    return { units, people: await seedPeople(trx, units, password) };
  });
  const work = await seedWork(db, options.files, units, people, now, options.corpusDir ?? null);
  await refreshAllStatuses(db, now, 7);
  return {
    seeded: true,
    units: units.length,
    users: people.count,
    directives: work.directives,
    assignments: work.assignments,
    password,
    generatedPassword: !options.password,
  };
}
