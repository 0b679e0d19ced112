import { type Actor, seesAllUnits } from '@dondoc/domain';
import type { Db } from '../db/database';
import type { Role } from '../db/schema';
import { subtreeIds } from '../units/unit-repository';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_id: number | null;
}

/** The actor a user acts as: its role and the units it answers for (its unit and those below). */
export async function loadActor(db: Db, user: UserRow): Promise<Actor> {
  // roles the policy lets see every unit need no scope, and are spared the query
  const scope = user.unit_id && !seesAllUnits(user) ? await subtreeIds(db, user.unit_id) : [];
  return { userId: user.id, role: user.role, unitId: user.unit_id, unitScope: new Set(scope) };
}
