import { type Actor, seesAllUnits } from '@dondoc/domain';

/**
 * Leaders open the dashboard far more often than its figures change: results are kept for a few
 * seconds per scope and filter, and every write on this instance clears them (another instance's
 * writes show within the time-to-live).
 */
const TTL_MS = 15_000;
const entries = new Map<string, { at: number; value: unknown }>();

export function scopeKey(actor: Actor): string {
  return seesAllUnits(actor) ? 'all' : [...actor.unitScope].sort((a, b) => a - b).join(',');
}

export async function cached<T>(key: string, now: number, compute: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as T;
  const value = await compute();
  entries.set(key, { at: now, value });
  if (entries.size > 1000) entries.delete(entries.keys().next().value!);
  return value;
}

export function clearDashboardCache(): void {
  entries.clear();
}
