import { type Actor, type DirectiveStatus, directiveAbilities, draftScope, fold } from '@dondoc/domain';
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { directivesOf } from './programmes';

export interface DirectiveFilters {
  status?: DirectiveStatus;
  q?: string;
  programme?: string;
  year?: number;
  page: number;
  pageSize: number;
}

/**
 * Directives, drafts included for those who may read them, newest first: searched without
 * accents over number, subject, issuer and file name; filtered by status, programme and year.
 */
export async function listDirectives(db: Db, actor: Actor, f: DirectiveFilters) {
  let q = db.selectFrom('directives');
  const drafts = draftScope(actor);
  if (drafts === 'none') q = q.where('status', '=', 'published');
  if (drafts === 'following')
    q = q.where((eb) =>
      eb.or([
        eb('status', '=', 'published'),
        eb('standing_unit_id', 'is', null),
        eb('standing_unit_id', '=', actor.unitId ?? 0),
      ]),
    );
  if (f.status) q = q.where('status', '=', f.status);
  if (f.q?.trim()) q = q.where('search_text', 'like', `%${fold(f.q).replace(/[\\%_]/g, (m) => `\\${m}`)}%`);
  if (f.programme) q = q.where('id', 'in', (eb) => directivesOf(eb, f.programme!));
  if (f.year)
    q = q.where(
      sql<number>`extract(year from coalesce(issued_on, (created_at at time zone 'Asia/Ho_Chi_Minh')::date))`,
      '=',
      f.year,
    );
  const [items, total] = await Promise.all([
    q
      .select([
        'id',
        'status',
        'kind',
        'number',
        'subject',
        'issuer',
        'source_name as sourceName',
        'issued_on as issuedOn',
        'created_at as createdAt',
        'published_at as publishedAt',
        'version',
        'standing_unit_id',
        'source_sha256',
      ])
      .select((eb) =>
        eb
          .selectFrom('tasks')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('tasks.directive_id', '=', 'directives.id')
          .as('tasks'),
      )
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    page: f.page,
    pageSize: f.pageSize,
    total: total.n,
    // each directive with what this actor may do with it, as on its own page
    items: items.map(({ standing_unit_id, source_sha256, ...d }) => ({
      ...d,
      abilities: directiveAbilities(actor, {
        status: d.status,
        standingUnitId: standing_unit_id,
        hasSource: source_sha256 !== null,
      }),
    })),
  };
}
