import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/**
 * PGlite's files may be opened by one process only; a second would corrupt them. A lock file
 * holding the owner's pid guards the folder; a lock left by a dead process is taken over.
 */
export function acquireDataLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'dondoc.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(lockPath);
        } catch {
          // already gone: nothing to release
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new AppError(
          'conflict',
          `Thư mục dữ liệu ${dataDir} đang được tiến trình ${owner} sử dụng; hãy dừng tiến trình đó hoặc dùng DATA_DIR khác.`,
        );
      }
      if (owner === process.pid) {
        throw new AppError('conflict', `Thư mục dữ liệu ${dataDir} đã được mở trong tiến trình này.`);
      }
      unlinkSync(lockPath); // stale: its owner died without releasing it
    }
  }
  throw new AppError('conflict', `Không khoá được thư mục dữ liệu ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
