import { type Actor, globalAbilities } from '@dondoc/domain';
import type { Db } from '../db/database';
import type { UserRow } from './load-actor';

/** The user a login signed in, as the login answer shows it. */
export async function signedInUser(db: Db, userId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'display_name as displayName', 'role', 'unit_id as unitId'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/** The acting user with its unit and what menus and screens may offer: the policy the routes check. */
export async function currentUser(db: Db, user: UserRow, actor: Actor) {
  const unit = user.unit_id
    ? await db.selectFrom('units').select(['id', 'name']).where('id', '=', user.unit_id).executeTakeFirst()
    : null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role,
    unit: unit ?? null,
    abilities: globalAbilities(actor),
  };
}
