import { STATUS_RULES_VERSION } from '@dondoc/domain';
import type { Db } from '../db/database';
import { refreshAllStatuses } from './refresh-statuses';
import { runOnce } from './run-once';

/**
 * Statuses are stored, so rows written under older rules keep their old colour until something
 * recomputes them: once per version of the rules, at start, one instance recomputes every open
 * assignment. A database seeded under the current rules only claims the slot.
 * Returns how many assignments were recomputed, or null when this version was already applied.
 */
export async function recomputeOnRuleChange(
  db: Db,
  now: Date,
  dueSoonDays: number,
  alreadyCurrent = false,
): Promise<number | null> {
  let recomputed = 0;
  const ran = await runOnce(db, 'status-rules', STATUS_RULES_VERSION, async () => {
    if (!alreadyCurrent) recomputed = await refreshAllStatuses(db, now, dueSoonDays);
  });
  return ran ? recomputed : null;
}
