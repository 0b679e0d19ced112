import path from 'node:path';
import { sql } from 'kysely';
import type { Env } from '../env';
import type { Db } from './database';

/** Whether migrations ever ran here: false on a database nobody has used yet. */
export async function hasSchema(db: Db): Promise<boolean> {
  const { rows } = await sql<{
    found: string | null;
  }>`select to_regclass('public.schema_migrations')::text as found`.execute(db);
  return rows[0]?.found != null;
}

export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export const DEFAULT_DATA_DIR = './data';

/** The try-it setup of the README: the embedded engine in ./data. Only it gets demo data unasked. */
export function isEmbeddedDefault(env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>): boolean {
  return !env.DATABASE_URL && path.resolve(env.DATA_DIR) === path.resolve(DEFAULT_DATA_DIR);
}

/** Everything this process creates (uploads, the data folder) is readable by its owner only. */
export function keepFilesPrivate(): void {
  try {
    process.umask(0o077);
  } catch {
    // worker threads may not change the umask; the data folder itself is closed anyway (data-folder.ts)
  }
}
