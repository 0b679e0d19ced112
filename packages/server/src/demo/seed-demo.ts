import type { Db } from '../db/database';
import { countUnits, insertUnit } from '../units/unit-repository';
import { type DemoUnit, MAI_SON } from './mai-son';

export interface SeedResult {
  seeded: boolean;
  units: number;
}

/** Fills an empty database with the demo province; a database that has units is left alone. */
export async function seedDemo(db: Db): Promise<SeedResult> {
  return db.transaction().execute(async (trx) => {
    if ((await countUnits(trx)) > 0) return { seeded: false, units: await countUnits(trx) };
    let units = 0;
    const insertTree = async (unit: DemoUnit, parentId: number | null): Promise<void> => {
      const row = await insertUnit(trx, {
        parentId,
        kind: unit.kind,
        name: unit.name,
        shortName: unit.shortName ?? null,
        aliases: unit.aliases ?? [],
      });
      units++;
      for (const child of unit.children ?? []) await insertTree(child, row.id);
    };
    await insertTree(MAI_SON, null);
    return { seeded: true, units };
  });
}
