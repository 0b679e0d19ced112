import type { Actor } from '@dondoc/domain';
import type { Db } from './db/database';
import type { FileStore } from './files/file-store';

/** What every use case receives: the database (or a transaction), who acts, and the clock. */
export interface Ctx {
  db: Db;
  actor: Actor;
  now: () => Date;
  files: FileStore;
  dueSoonDays: number;
}
