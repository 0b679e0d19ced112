import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_UPLOAD_BYTES } from '@dondoc/domain';
import { fileTypeFromBuffer } from 'file-type';
import type { Db } from '../db/database';
import { AppError } from '../errors';

/** Evidence and source files, stored once by the SHA-256 of their content under DATA_DIR/files. */
export interface FileStore {
  put(
    db: Db,
    bytes: Uint8Array,
    allowed: readonly string[],
  ): Promise<{ sha256: string; mediaType: string; size: number }>;
  get(sha256: string): Promise<Buffer>;
  /** Deletes a stored file; a file already gone is no error. */
  remove(sha256: string): Promise<void>;
}

// one limit for the server and the browser's check before sending
export { MAX_UPLOAD_BYTES };

export const EVIDENCE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg',
  'image/png',
  'text/plain',
] as const;

export const DIRECTIVE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const;

/** The type a file's bytes say it is; text is recognised as valid UTF-8 with no control bytes. */
export async function sniffMediaType(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (found) {
    // DOCX and XLSX are zips; file-type tells them apart by their parts
    return found.mime;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 64 * 1024));
    // text has no control characters but tab, line feed, carriage return and form feed
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) return null;
    }
    return 'text/plain';
  } catch {
    return null;
  }
}

export function diskFileStore(root: string): FileStore {
  const pathOf = (sha: string) => path.join(root, sha.slice(0, 2), sha);
  return {
    async put(db, bytes, allowed) {
      if (bytes.length === 0) throw new AppError('validation_failed', 'Tệp rỗng.');
      if (bytes.length > MAX_UPLOAD_BYTES) {
        throw new AppError('payload_too_large', `Tệp quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB).`);
      }
      const mediaType = await sniffMediaType(bytes);
      if (!mediaType || !allowed.includes(mediaType)) {
        throw new AppError(
          'unsupported_media_type',
          'Loại tệp không được chấp nhận (chỉ nhận PDF, DOCX, XLSX, ảnh JPEG/PNG hoặc văn bản).',
        );
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      // write beside, then rename: a crash never leaves half a file under its hash
      const temp = `${target}.${process.pid}.${Date.now()}.part`;
      await writeFile(temp, bytes);
      await rename(temp, target);
      await db
        .insertInto('files')
        .values({ sha256, size: bytes.length, media_type: mediaType })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      return { sha256, mediaType, size: bytes.length };
    },
    async get(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('not_found', 'Không tìm thấy tệp.');
      try {
        return await readFile(pathOf(sha256));
      } catch {
        throw new AppError('not_found', 'Không tìm thấy tệp.');
      }
    },
    async remove(sha256) {
      if (!/^[0-9a-f]{64}$/.test(sha256)) return;
      await rm(pathOf(sha256), { force: true });
    },
  };
}
