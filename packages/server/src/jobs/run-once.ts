import { hostname } from 'node:os';
import type { Db } from '../db/database';

const INSTANCE = `${hostname()}:${process.pid}`;

/**
 * Runs a job for one time slot exactly once across every server instance: the slot is claimed by
 * inserting its row, and a second instance's insert collides on the primary key and skips.
 */
export async function runOnce(
  db: Db,
  name: string,
  slot: string,
  run: () => Promise<void>,
): Promise<boolean> {
  const claimed = await db
    .insertInto('job_runs')
    .values({ name, slot, instance: INSTANCE })
    .onConflict((oc) => oc.columns(['name', 'slot']).doNothing())
    .returning('name')
    .executeTakeFirst();
  if (!claimed) return false;
  await run();
  await db
    .updateTable('job_runs')
    .set({ finished_at: new Date() })
    .where('name', '=', name)
    .where('slot', '=', slot)
    .execute();
  return true;
}
