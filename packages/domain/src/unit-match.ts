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

/** A unit or a group a name may mean: exactly one of `unitId` and `groupId` is set. */
export interface Candidate {
  unitId: number | null;
  groupId: number | null;
  name: string;
  score: number;
}

/**
 * Phrases that name many units at once: a level ("cấp xã", "các cấp"), a plural ("các sở", "các
 * xã, phường") or an enumeration of kinds ("sở, ban, ngành"). They may only ever mean a group:
 * a single commune outscoring "Ủy ban nhân dân cấp xã" must never win.
 */
const GENERIC_PATTERNS: RegExp[] = [
  /(?<![a-z0-9])cap (xa|huyen|tinh|phuong|co so|uy|chinh quyen)(?![a-z0-9])/,
  /(?<![a-z0-9])cac cap(?![a-z0-9])/,
  /(?<![a-z0-9])(cac|nhung) (so|ban|nganh|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|don vi|co quan|dia phuong|doanh nghiep|to chuc|hoi|doan the|truong|benh vien|phong|dang uy|huyen uy)(?![a-z0-9])/,
  /(?<![a-z0-9])(so|ban|nganh|xa|phuong|quan|huyen|thi xa|dia phuong|co quan|don vi)\s*,\s*(ban|nganh|phuong|xa|thi tran|huyen|thi xa|thanh pho|dia phuong|don vi|co quan)(?![a-z0-9])/,
  /(?<![a-z0-9])don vi (lien quan|co lien quan)(?![a-z0-9])/,
];

/** Whether a unit name as written addresses many units (only a group can match it). */
export function isGenericUnitPhrase(name: string): boolean {
  const folded = fold(name);
  return GENERIC_PATTERNS.some((re) => re.test(folded));
}

/** Words that only mark a plural or a level; dropped so "UBND cấp xã" compares with "UBND các xã, phường". */
const GENERIC_FILLERS = /(?<![a-z0-9])(cac|cap|nhung|tren dia ban|tinh|thanh pho)(?![a-z0-9])/g;

function genericKey(name: string): string {
  return unitKey(name).replace(GENERIC_FILLERS, ' ').replace(/\s+/g, ' ').trim();
}

/** A confident match scores at least this, and clearly more than the runner-up. */
export const CONFIDENT_SCORE = 0.6;
export const CONFIDENT_MARGIN = 0.1;

/**
 * The one candidate a machine may choose on its own: confident and unambiguous, else null and a
 * person decides. For a generic phrase only a group qualifies.
 */
export function confidentCandidate(name: string, candidates: readonly Candidate[]): Candidate | null {
  const [best, second] = candidates;
  if (!best || best.score < CONFIDENT_SCORE) return null;
  if (second && best.score - second.score < CONFIDENT_MARGIN) return null;
  if (isGenericUnitPhrase(name) && best.groupId === null) return null;
  return best;
}

const EXPANSIONS: [RegExp, string][] = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bkh&cn\b|\bkhcn\b/g, 'khoa hoc va cong nghe'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\btp\b/g, 'thanh pho'],
];

/**
 * A directory's names are compared with every name a directive writes; their keys and trigrams are
 * remembered (pure functions of the text, so a cache cannot go stale), bounded by a clear when full.
 */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= 20_000) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** The comparable form of a unit name: folded, abbreviations written out, "các" and punctuation gone. */
export const unitKey: (name: string) => string = remembered(computeUnitKey);

function computeUnitKey(name: string): string {
  let key = fold(name).replace(/\(.*?\)/g, ' ');
  for (const [re, full] of EXPANSIONS) key = key.replace(re, full);
  return key
    .replace(/^(giao|cac)\s+/, '')
    .replace(/[^a-z0-9& ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const trigrams: (text: string) => ReadonlySet<string> = remembered(computeTrigrams);

function computeTrigrams(text: string): Set<string> {
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
  if (isGenericUnitPhrase(name)) return matchGroup(name, groups, limit);
  const exact = units.find((u) => u.name === name.trim());
  const candidates = (): Candidate[] =>
    units
      .map((u) => ({
        unitId: u.id,
        groupId: null,
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

/** A generic phrase: a group whose name or alias reads the same, else groups to choose from. */
function matchGroup(name: string, groups: readonly DirectoryGroup[], limit: number): UnitMatch {
  const key = unitKey(name);
  const same = groups.find((g) => [g.name, ...(g.aliases ?? [])].some((n) => unitKey(n) === key));
  if (same) return { kind: 'group', groupId: same.id, candidates: [] };
  const generic = genericKey(name);
  const found: Candidate[] = groups
    .map((g) => ({
      unitId: null,
      groupId: g.id,
      name: g.name,
      score: Math.max(...[g.name, ...(g.aliases ?? [])].map((n) => similarity(generic, genericKey(n)))),
    }))
    .filter((c) => c.score >= 0.3)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
  return found.length ? { kind: 'fuzzy', candidates: found } : { kind: 'none', candidates: [] };
}
