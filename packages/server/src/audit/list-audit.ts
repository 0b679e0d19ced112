import { authorize } from '../auth/authorize';
import type { Ctx } from '../context';
import type { Db } from '../db/database';

export interface AuditFilters {
  entity?: string;
  entityId?: string;
  actorId?: number;
  page: number;
  pageSize: number;
}

export async function listAudit(db: Db, f: AuditFilters) {
  let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_id');
  if (f.entity) q = q.where('audit_log.entity', '=', f.entity);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
  const items = await q
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id as entityId',
      'audit_log.before',
      'audit_log.after',
      'users.username as actor',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { page: f.page, pageSize: f.pageSize, items };
}

/** The audit log, for those the policy lets read it. */
export async function readAudit(ctx: Ctx, f: AuditFilters) {
  authorize(ctx.actor, 'audit.read', undefined, { forbidden: 'Bạn không có quyền xem nhật ký.' });
  return listAudit(ctx.db, f);
}
