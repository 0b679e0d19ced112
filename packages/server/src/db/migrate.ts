import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Db } from './database';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/** Any fixed number: every instance that migrates takes the same advisory lock. */
const MIGRATION_LOCK = 4_715_202_611;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  level: string | null;
}

/** Migration files are plain SQL named `YYYYMMDDHHMMSS_what.sql`, applied in name order. */
export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

async function ensureTable(db: Db): Promise<void> {
  await sql`create table if not exists schema_migrations (
    name text primary key,
    applied_at timestamptz not null default now()
  )`.execute(db);
}

export async function migrationStatus(db: Db, dir = MIGRATIONS_DIR): Promise<MigrationStatus> {
  await ensureTable(db);
  const rows = await db.selectFrom('schema_migrations').select('name').orderBy('name').execute();
  const applied = rows.map((r) => r.name);
  const pending = migrationFiles(dir).filter((f) => !applied.includes(f.replace(/\.sql$/, '')));
  return { applied, pending, level: applied.at(-1) ?? null };
}

/**
 * Applies pending migrations, each in its own transaction under an advisory lock, so that two
 * instances starting together apply each file once and a failed file leaves nothing half-done.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await ensureTable(db);
  const done: string[] = [];
  for (const file of migrationFiles(dir)) {
    const name = file.replace(/\.sql$/, '');
    const applied = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      const seen = await trx
        .selectFrom('schema_migrations')
        .select('name')
        .where('name', '=', name)
        .executeTakeFirst();
      if (seen) return false;
      await sql.raw(readFileSync(path.join(dir, file), 'utf8')).execute(trx);
      await trx.insertInto('schema_migrations').values({ name }).execute();
      return true;
    });
    if (applied) done.push(name);
  }
  return done;
}
