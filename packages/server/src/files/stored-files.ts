import { recordAudit } from '../audit/record-audit';
import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { AppError } from '../errors';
import { maySeeFile, recordUpload } from './file-access';
import { EVIDENCE_TYPES } from './file-store';

/** Stores an evidence file (by its content), remembers who uploaded it, and audits the upload. */
export async function uploadEvidence(ctx: Ctx, bytes: Uint8Array, name: string) {
  authorize(ctx.actor, 'file.upload', undefined, { forbidden: 'Vai trò của bạn không được tải tệp lên.' });
  const fileName = name.slice(0, 300);
  const stored = await transaction(ctx.db, async (db) => {
    const put = await ctx.files.put(db, bytes, EVIDENCE_TYPES);
    await recordUpload(db, { sha256: put.sha256, userId: ctx.actor.userId, fileName, at: ctx.now() });
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'file.upload',
      entity: 'file',
      entityId: put.sha256,
      after: { fileName, size: put.size, mediaType: put.mediaType },
    });
    return put;
  });
  return { ...stored, fileName };
}

/** A stored file the actor may read (file-access.ts); any other is answered as not found. */
export async function readStoredFile(ctx: Ctx, sha256: string) {
  const meta = await ctx.db
    .selectFrom('files')
    .select('media_type')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!meta) throw new AppError('not_found', 'Không tìm thấy tệp.');
  authorize(ctx.actor, 'file.read', { kind: 'file', readable: await maySeeFile(ctx.db, ctx.actor, sha256) });
  return { mediaType: meta.media_type, bytes: await ctx.files.get(sha256) };
}
