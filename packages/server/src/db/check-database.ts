import { sql } from 'kysely';
import type { Db } from './database';

/** The tables a login and the daily work read first; a damaged one of these is an outage. */
const CORE_TABLES = [
  'schema_migrations',
  'users',
  'sessions',
  'api_tokens',
  'login_throttle',
  'units',
  'directives',
  'tasks',
  'assignments',
  'progress_reports',
  'files',
  'audit_log',
] as const;

class ProbeRollback extends Error {}

/**
 * Checks the database for real: reads a row of every core table (a damaged first page, a missing
 * table or column fails here), looks a user up by name as a login does (through its index), and
 * writes a row in a transaction that is rolled back (a full disk or a read-only database fails).
 * Returns what failed, for the log; empty when all is well.
 */
export async function checkDatabase(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const probe = async (what: string, run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (err) {
      problems.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  for (const table of CORE_TABLES) {
    await probe(table, () => sql`select * from ${sql.table(table)} limit 1`.execute(db));
  }
  await probe('login lookup', () =>
    db.selectFrom('users').select(['id', 'password_hash', 'disabled']).where('username', '=', '').execute(),
  );
  await probe('write', () =>
    db
      .transaction()
      .execute(async (trx) => {
        await trx
          .insertInto('login_throttle')
          .values({ key: 'health-probe', attempts: 0, window_start: new Date(0) })
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        throw new ProbeRollback();
      })
      .catch((err) => {
        if (!(err instanceof ProbeRollback)) throw err;
      }),
  );
  return problems;
}
