import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import {
  clearInitDir,
  ensureOwnerOnlyDir,
  inspectDataFolder,
  makeOwnerOnly,
  pgliteDir,
  pgliteInitDir,
} from './data-folder';
import { acquireDataLock } from './data-lock';
import type { Schema } from './schema';

export type Engine = 'pglite' | 'postgres';
export type Db = Kysely<Schema>;

export interface Database {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { engine: 'postgres'; url: string }
  /** `loadDataDir`: for a `memory://` database, the files to start from (a PGlite dump; tests use a migrated one). */
  | { engine: 'pglite'; dataDir: string; loadDataDir?: Blob };

/**
 * One set of value parsers for both engines, so a query returns the same JS values on either:
 * bigint counts as numbers (ids and counts stay far below 2^53), calendar dates as "YYYY-MM-DD"
 * strings (a JS Date would shift them by the machine's time zone).
 */
const typeParsers: Record<number, (value: string) => unknown> = {
  20: (v) => Number(v), // int8
  1082: (v) => v, // date
};
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    typeParsers[oid] ?? pg.types.getTypeParser(oid, format ?? 'text'),
};

/**
 * Opens the database: a PostgreSQL server when a URL is given, else PGlite (PostgreSQL in
 * WebAssembly, in-process) with its files in `dataDir`. Both are reached through node-postgres,
 * so Kysely sees one dialect and one driver; PGlite's adapter has a single session, which the pool
 * of one serialises (a transaction holds it until it ends).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10, types });
    pool.on('error', () => {}); // an idle client's error is reported on its next use
    // a checked-out client between two queries (inside a transaction) whose connection the server
    // ends (restart, failover) must not crash the process: the error reaches its next query instead
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }

  if (target.dataDir.startsWith('memory://')) {
    const lite = await PGlite.create(target.dataDir, {
      extensions: { pg_trgm },
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
    });
    return pgliteDatabase(lite, () => {});
  }
  const dataDir = path.resolve(target.dataDir);
  const release = acquireDataLock(dataDir);
  try {
    ensureOwnerOnlyDir(dataDir);
    const dir = pgliteDir(dataDir);
    if (inspectDataFolder(dataDir) === 'new') {
      // initialise beside, then move into place: an interrupted first start leaves no half database
      clearInitDir(dataDir);
      const fresh = await PGlite.create(pgliteInitDir(dataDir), { extensions: { pg_trgm } });
      await fresh.close();
      rmSync(dir, { recursive: true, force: true }); // an empty folder, checked above
      renameSync(pgliteInitDir(dataDir), dir);
    }
    makeOwnerOnly(dir);
    const lite = await PGlite.create(dir, { extensions: { pg_trgm } });
    return pgliteDatabase(lite, () => {
      makeOwnerOnly(dir); // files PGlite made while running came out 0666
      release();
    });
  } catch (err) {
    release();
    throw err;
  }
}

function pgliteDatabase(lite: PGlite, afterClose: () => void): Database {
  const pool = new pg.Pool({ ...createPgConfig(lite), max: 1, types });
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    async close() {
      await db.destroy();
      await lite.close();
      afterClose();
    },
  };
}

/** The engine the configuration asks for: a URL means a PostgreSQL server. */
export function databaseTarget(config: {
  DATABASE_URL?: string | undefined;
  DATA_DIR: string;
}): DatabaseTarget {
  return config.DATABASE_URL
    ? { engine: 'postgres', url: config.DATABASE_URL }
    : { engine: 'pglite', dataDir: config.DATA_DIR };
}
