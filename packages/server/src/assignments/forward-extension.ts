import { recordAudit } from '../audit/record-audit';
import type { Ctx } from '../context';
import { transaction } from '../db/transaction';
import { lockPendingExtension } from './decide-extension';

/** The office forwards an extension request to the leaders; from then on a leader decides it. */
export async function forwardExtension(ctx: Ctx, extensionId: number, note: string): Promise<void> {
  await transaction(ctx.db, async (db) => {
    await lockPendingExtension(db, ctx, extensionId, 'extension.forward');
    await db
      .updateTable('extensions')
      .set({ forwarded_by: ctx.actor.userId, forwarded_at: ctx.now(), forward_note: note || null })
      .where('id', '=', extensionId)
      .execute();
    await recordAudit(db, {
      actorId: ctx.actor.userId,
      action: 'extension.forward',
      entity: 'extension',
      entityId: extensionId,
      before: { forwarded: false },
      after: { forwarded: true, note: note || null },
    });
  });
}
