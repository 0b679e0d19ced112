import type { Actor } from '@dondoc/domain';
import type { Db } from '../db/database';
import type { Role } from '../db/schema';
import { listSubtree } from '../units/unit-repository';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  unit_id: number | null;
}

/** The actor a user acts as: its role and the units it answers for (its unit and those below). */
export async function loadActor(db: Db, user: UserRow): Promise<Actor> {
  const scope = user.unit_id ? (await listSubtree(db, user.unit_id)).map((u) => u.id) : [];
  return { userId: user.id, role: user.role, unitId: user.unit_id, unitScope: new Set(scope) };
}
