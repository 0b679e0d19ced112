import type { Actor } from '@dondoc/domain';
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
  // roles that see every unit need no scope, and are spared the query
  const everywhere = user.role === 'admin' || user.role === 'leader' || user.role === 'standing_office';
  const scope = user.unit_id && !everywhere ? await subtreeIds(db, user.unit_id) : [];
  return { userId: user.id, role: user.role, unitId: user.unit_id, unitScope: new Set(scope) };
}
