import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, type Engine, openDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';

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
 */
export async function freshDatabase(engine: Engine): Promise<Database & { url?: string }> {
  if (engine === 'pglite') {
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

async function withAdmin(url: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}
