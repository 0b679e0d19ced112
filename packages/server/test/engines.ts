import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import type { Schema } from '../src/db/schema';

/**
 * The engines storage tests run on: PGlite always; a real PostgreSQL server when
 * TEST_DATABASE_URL names one (CI starts a cluster and sets it, and insists on it).
 */
export function testEngines(): Engine[] {
  if (process.env.TEST_DATABASE_URL) return ['pglite', 'postgres'];
  if (process.env.CI)
    throw new Error('CI must set TEST_DATABASE_URL so storage tests also run on PostgreSQL');
  return ['pglite'];
}

/**
 * A fresh, migrated database of that engine: in memory for PGlite, a new database on the server
 * (its `url` lets a test open a second pool on it, as a second server instance would).
 * `fromCopy`: PGlite loads a migrated copy made once per test file, several times faster than
 * initialising and migrating anew; for files that open many databases (making the copy costs more
 * than one database).
 */
export async function freshDatabase(
  engine: Engine,
  options: { fromCopy?: boolean } = {},
): Promise<Database & { url?: string }> {
  if (engine === 'pglite') {
    if (options.fromCopy) {
      return openDatabase({ engine: 'pglite', dataDir: 'memory://', loadDataDir: await migratedPglite() });
    }
    const database = await openDatabase({ engine: 'pglite', dataDir: 'memory://' });
    await migrate(database.db);
    return database;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `dondoc_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString() });
  await migrate(database.db);
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

let template: Promise<Blob> | undefined;

/** The files of a migrated PGlite database, made once per test file (module). */
function migratedPglite(): Promise<Blob> {
  template ??= (async () => {
    const lite = await PGlite.create('memory://', { extensions: { pg_trgm } });
    const db = new Kysely<Schema>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ ...createPgConfig(lite), max: 1 }) }),
    });
    try {
      await migrate(db);
      return await lite.dumpDataDir('none');
    } finally {
      await db.destroy();
      await lite.close();
    }
  })();
  return template;
}

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
