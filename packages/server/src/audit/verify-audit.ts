import { sql } from 'kysely';
import type { Db } from '../db/database';

export interface AuditVerification {
  rows: number;
  /** The first row whose hash or link to the row before does not match, if any. */
  broken: { id: number; reason: 'hash' | 'link' } | null;
}

const PAGE = 5000;

/**
 * Walks the audit log in chain order (the order transactions committed) and recomputes each row's hash: an edited row breaks its
 * own hash, a removed or inserted one breaks the link of the next.
 */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let previous: string | null = null;
  let after = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .select(['id', 'seq', 'prev_hash', 'hash', sql<string>`audit_row_hash(audit_log.*)`.as('computed')])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(PAGE)
      .execute();
    for (const row of page) {
      const id = Number(row.id);
      if (row.prev_hash !== previous) return { rows, broken: { id, reason: 'link' } };
      if (row.hash !== row.computed) return { rows, broken: { id, reason: 'hash' } };
      previous = row.hash;
      rows++;
      after = Number(row.seq);
    }
    if (page.length < PAGE) return { rows, broken: null };
  }
}
