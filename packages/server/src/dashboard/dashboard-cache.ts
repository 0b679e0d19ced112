import { type Actor, seesAllUnits } from '@dondoc/domain';

/**
 * Leaders open the dashboard far more often than its figures change: results are kept for a few
 * seconds per scope and filter, and every write on this instance clears them (another instance's
 * writes show within the time-to-live).
 */
const TTL_MS = 15_000;
const entries = new Map<string, { at: number; value: unknown }>();
/** Bumped by every clear: figures computed across a clear may predate the write, and are not kept. */
let generation = 0;

export function scopeKey(actor: Actor): string {
  return seesAllUnits(actor) ? 'all' : [...actor.unitScope].sort((a, b) => a - b).join(',');
}

export async function cached<T>(key: string, now: number, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as T;
  const started = generation;
  const value = await compute();
  if (started === generation) entries.set(key, { at: now, value });
  if (entries.size > 1000) entries.delete(entries.keys().next().value!);
  return value;
}

/** Called after a write commits (see recordAudit and db/transaction.ts). */
export function clearDashboardCache(): void {
  generation++;
  entries.clear();
}
