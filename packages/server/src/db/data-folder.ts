import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/**
 * What DATA_DIR holds before the embedded engine opens it. PGlite re-initialises any folder that
 * lacks PG_VERSION, in place, silently — so a folder with one file missing would become a fresh,
 * empty database over the old one. We decide first: a database is created only where there was
 * nothing, and a folder that holds something but not a whole database stops the start.
 */
export type DataFolderState = 'new' | 'complete';

/** Files and folders every PGlite/PostgreSQL data folder has once initdb finished. */
const ESSENTIALS = ['PG_VERSION', 'global/pg_control', 'base', 'pg_wal', 'pg_xact', 'postgresql.conf'];
/** Our own files that may sit in DATA_DIR without meaning a database was ever there. */
const HARMLESS = new Set(['dondoc.lock', 'pglite.new']);

export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

/** Where a new database is initialised before it is moved into place, so a crash never leaves half of one. */
export function pgliteInitDir(dataDir: string): string {
  return path.join(dataDir, 'pglite.new');
}

export function inspectDataFolder(dataDir: string): DataFolderState {
  const dir = pgliteDir(dataDir);
  if (!existsSync(dir)) {
    const others = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => !HARMLESS.has(f)) : [];
    // uploaded files without their database: the database folder was lost or moved
    if (others.length > 0)
      throw incomplete(dataDir, `thiếu thư mục pglite/ (trong thư mục có: ${others.join(', ')})`);
    return 'new';
  }
  if (readdirSync(dir).length === 0) return 'new';
  const missing = ESSENTIALS.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) throw incomplete(dataDir, `thiếu ${missing.map((f) => `pglite/${f}`).join(', ')}`);
  return 'complete';
}

function incomplete(dataDir: string, what: string): AppError {
  return new AppError(
    'conflict',
    `Thư mục dữ liệu ${dataDir} không chứa một cơ sở dữ liệu hoàn chỉnh (${what}). ` +
      'Không khởi động để khỏi ghi đè dữ liệu cũ: hãy khôi phục thư mục từ bản sao lưu, ' +
      'hoặc trỏ DATA_DIR tới một thư mục trống nếu muốn tạo cơ sở dữ liệu mới. / ' +
      `The data folder ${dataDir} is not a complete database (${what}); refusing to start over it.`,
  );
}

/** Removes a half-initialised database left by a first start that was interrupted. */
export function clearInitDir(dataDir: string): void {
  rmSync(pgliteInitDir(dataDir), { recursive: true, force: true });
}

/**
 * Data files are the owner's only. PGlite creates its files 0666 whatever the umask, so the
 * folders are closed (0700) and what is inside loses its group and other bits.
 */
export function makeOwnerOnly(root: string): void {
  if (!existsSync(root)) return;
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.mode & 0o077) chmodSync(p, st.mode & 0o700);
    if (st.isDirectory()) for (const entry of readdirSync(p)) walk(path.join(p, entry));
  };
  walk(root);
}

export function ensureOwnerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}
