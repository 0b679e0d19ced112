import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../db/database';
import type { Schema } from '../db/schema';

/** Tags a directive with a programme ("Đề án 06", "Nghị quyết 57"), creating the programme on first use. */
export async function tagProgramme(db: Db, directiveId: number, code: string): Promise<void> {
  const programme = await db
    .insertInto('programmes')
    .values({ code, name: code })
    .onConflict((oc) => oc.column('code').doUpdateSet({ code }))
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('directive_programmes')
    .values({ directive_id: directiveId, programme_id: programme.id })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The ids of the directives tagged with a programme, as a subquery for `where directive_id in (…)`. */
export function directivesOf<DB extends Schema, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  code: string,
) {
  return (eb as unknown as ExpressionBuilder<Schema, never>)
    .selectFrom('directive_programmes')
    .innerJoin('programmes', 'programmes.id', 'directive_programmes.programme_id')
    .select('directive_programmes.directive_id')
    .where('programmes.code', '=', code);
}
