import { fold } from './fold';

/**
 * Matching a unit name as a directive writes it to the unit directory: exactly, by an alias or
 * short name, ignoring accents and tone placement, else fuzzy candidates for a person to choose.
 */

export interface DirectoryUnit {
  id: number;
  name: string;
  shortName?: string | null;
  aliases?: readonly string[];
}

export interface DirectoryGroup {
  id: number;
  name: string;
  aliases?: readonly string[];
}

export type UnitMatch =
  | { kind: 'exact' | 'alias' | 'folded'; unitId: number; candidates: Candidate[] }
  | { kind: 'group'; groupId: number; candidates: Candidate[] }
  | { kind: 'fuzzy' | 'none'; candidates: Candidate[] };

export interface Candidate {
  unitId: number;
  name: string;
  score: number;
}

const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bkh&cn\b|\bkhcn\b/g, 'khoa hoc va cong nghe'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\btp\b/g, 'thanh pho'],
];

/** The comparable form of a unit name: folded, abbreviations written out, "các" and punctuation gone. */
export function unitKey(name: string): string {
  let key = fold(name).replace(/\(.*?\)/g, ' ');
  for (const [re, full] of EXPANSIONS) key = key.replace(re, full);
  return key
    .replace(/^(giao|cac)\s+/, '')
    .replace(/[^a-z0-9& ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return out;
}

/** Trigram similarity, as PostgreSQL's pg_trgm computes it. */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared || 1);
}

export function matchUnitName(
  name: string,
  units: readonly DirectoryUnit[],
  groups: readonly DirectoryGroup[] = [],
  limit = 5,
): UnitMatch {
  const key = unitKey(name);
  const exact = units.find((u) => u.name === name.trim());
  const candidates = () =>
    units
      .map((u) => ({
        unitId: u.id,
        name: u.name,
        score: Math.max(
          ...[u.name, u.shortName ?? '', ...(u.aliases ?? [])]
            .filter(Boolean)
            .map((n) => similarity(key, unitKey(n))),
        ),
      }))
      .filter((c) => c.score >= 0.3)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  if (exact) return { kind: 'exact', unitId: exact.id, candidates: [] };
  const alias = units.find((u) =>
    [u.shortName, ...(u.aliases ?? [])].some((a) => a && a.trim() === name.trim()),
  );
  if (alias) return { kind: 'alias', unitId: alias.id, candidates: [] };
  const group = groups.find((g) => [g.name, ...(g.aliases ?? [])].some((n) => unitKey(n) === key));
  if (group) return { kind: 'group', groupId: group.id, candidates: [] };
  const folded = units.filter((u) =>
    [u.name, u.shortName ?? '', ...(u.aliases ?? [])].some((n) => n && unitKey(n) === key),
  );
  if (folded.length === 1) return { kind: 'folded', unitId: folded[0]!.id, candidates: [] };
  const found = candidates();
  return found.length ? { kind: 'fuzzy', candidates: found } : { kind: 'none', candidates: [] };
}
