import { clearDashboardCache } from '../dashboard/dashboard-cache';
import type { Db } from '../db/database';
import { afterCommit } from '../db/transaction';
import { requestOrigin } from './request-origin';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  /**
   * When the change happened on the use case's clock (the database's clock when left out). The
   * periodic report rewinds an assignment through the entries after its cut-off, and compares
   * these times with those of the reports, which are taken from the same clock.
   */
  at?: Date;
}

/**
 * Appends to the audit log in the caller's transaction, so a change and its record land together,
 * with the address and browser of the request behind it. The database chains each row to the one
 * before (see the migration), and refuses to change or delete one.
 */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  const origin = requestOrigin.getStore();
  await db
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      ip: origin?.ip ?? null,
      user_agent: origin?.userAgent ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    })
    .execute();
  // every change is audited, so this is where figures go stale: cleared once the change is
  // visible, else a read between this write and the commit could cache the figures before it
  afterCommit(db, clearDashboardCache);
}
