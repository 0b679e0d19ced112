import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A *.part this old was left by an upload that died: no upload runs for an hour. */
const ABANDONED_MS = 60 * 60_000;

/**
 * Uploads are written to `<hash>.<pid>.<time>.part` and renamed when complete, so a crash leaves
 * the part behind. At start they are removed: all of them when the embedded engine's lock says
 * this process is alone with the folder, else those older than an hour (another instance sharing
 * the folder may be writing the newer ones).
 */
export async function removeUploadLeftovers(root: string, alone: boolean, now = Date.now()): Promise<number> {
  let removed = 0;
  const walk = async (dir: string): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // no files folder yet
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.part') && (alone || now - (await stat(full)).mtimeMs > ABANDONED_MS)) {
        await unlink(full);
        removed++;
      }
    }
  };
  await walk(root);
  return removed;
}
