/**
 * The corpus scorer: the same figures as shared/corpus/score.py on the same inputs, in TypeScript so the
 * project needs no python3. Gold and prediction are plain JSON (corpus/SCHEMA.md); a task matches the
 * gold task whose word bigrams it shares most (Dice ≥ 0.5), greedily, ties to the later index as
 * Python's reverse sort does.
 */
import { pyRepr } from './py-repr';

type Json = Record<string, unknown>;

const MATCH_AT = 0.5;
const WORD = /[\p{L}\p{N}_]+/gu;
const OLD_TONE: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

/** Python's truthiness, for the JSON values a prediction may hold. */
const truthy = (v: unknown): boolean =>
  v !== null &&
  v !== undefined &&
  v !== false &&
  v !== 0 &&
  v !== '' &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function fold(text: string): string {
  let t = text.normalize('NFC').toLowerCase();
  for (const [old, neu] of Object.entries(OLD_TONE)) {
    t = t.replace(new RegExp(`${old}(?=$|[^\\p{L}\\p{N}_])`, 'gu'), neu);
  }
  return t.replace(/\s+/gu, ' ').trim();
}

export const words = (text: string): string[] => fold(text).match(WORD) ?? [];

/** Word bigrams, or the words themselves when there is only one (a space never occurs in a word). */
export function bigrams(text: string): Set<string> {
  const w = words(text);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) pairs.add(`${w[i]} ${w[i + 1]}`);
  return pairs.size ? pairs : new Set(w);
}

export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return (2 * common) / (a.size + b.size);
}

/** A unit name as compared: folded, no parenthesis, UBND spelled out, no leading "giao"/"các". */
export function unitKey(name: string): string {
  return fold(name)
    .replace(/\(.*?\)/gu, ' ')
    .replace(/(?<![\p{L}\p{N}_])ubnd(?![\p{L}\p{N}_])/gu, 'ủy ban nhân dân')
    .replace(/^((giao|các)\s+)+/u, '')
    .replace(/[^\p{L}\p{N}_\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function unitSet(names: unknown): Set<string> {
  return new Set(
    list(names as Json[])
      .map((n) => unitKey(str(n)))
      .filter(Boolean),
  );
}

const sameSet = (a: Set<string>, b: Set<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

function dueKey(due: unknown): string {
  if (!truthy(due)) return JSON.stringify([null]);
  const d = obj(due);
  const kind = d.type ?? null;
  if (kind === 'date') return JSON.stringify([kind, d.date ?? null]);
  if (kind === 'period') return JSON.stringify([kind, d.end ?? null]);
  if (kind === 'recurring') return JSON.stringify([kind, d.every ?? null]);
  return JSON.stringify([kind]);
}

export function dueOk(gold: unknown, pred: unknown): boolean {
  if (dueKey(gold) === dueKey(pred)) return true;
  const both = truthy(gold) && truthy(pred);
  const g = obj(gold);
  const p = obj(pred);
  // a deadline that also states a rhythm is matched by that rhythm too
  if (both && truthy(g.every) && p.type === 'recurring') return g.every === p.every;
  if (both && truthy(p.every) && g.type === 'recurring') return g.every === p.every;
  // a period and a date on the same last day say the same deadline
  const ends = (d: Json): unknown => (truthy(d.date) ? d.date : (d.end ?? null));
  const dated = (t: unknown) => t === 'date' || t === 'period';
  if (both && dated(g.type) && dated(p.type)) return ends(g) === ends(p);
  return false;
}

function targetsKey(targets: unknown): string {
  const keys = list(targets)
    .filter((t) => t.value !== null && t.value !== undefined)
    .map((t) => [Number(t.value), fold(str(t.unit))] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return JSON.stringify(keys);
}

function match(gold: Json[], pred: Json[]): [Json, Json][] {
  const g = gold.map((t) => bigrams(str(t.text)));
  const p = pred.map((t) => bigrams(str(t.text)));
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < g.length; i++)
    for (let j = 0; j < p.length; j++) pairs.push([dice(g[i]!, p[j]!), i, j]);
  pairs.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [Json, Json][] = [];
  for (const [score, i, j] of pairs) {
    if (score < MATCH_AT) break;
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    out.push([gold[i]!, pred[j]!]);
  }
  return out;
}

export const COUNTS = [
  'gold',
  'pred',
  'matched',
  'lead',
  'due',
  'targets',
  'targets_n',
  'doc',
  'doc_n',
] as const;
export type Counts = Record<(typeof COUNTS)[number], number>;

export interface DocumentScore extends Counts {
  misses: string[];
  extras: string[];
  wrongLead: [unknown, unknown, unknown][];
  wrongDue: [unknown, unknown, unknown][];
}

/** Python's str() of a JSON scalar, as score.py compares document fields. */
const pyStr = (v: unknown): string => (typeof v === 'string' ? v : pyRepr(v ?? null));

export function scoreDocument(goldDoc: unknown, predDoc: unknown): DocumentScore {
  const gold = obj(goldDoc);
  const pred = obj(predDoc);
  const gt = list(gold.tasks);
  const pt = list(pred.tasks);
  const pairs = match(gt, pt);
  const withTargets = pairs.filter(([a]) => truthy(a.targets));
  const gd = obj(gold.document);
  const pd = obj(pred.document);
  const matchedG = new Set(pairs.map(([a]) => a));
  const matchedP = new Set(pairs.map(([, b]) => b));
  const leadOk = ([a, b]: [Json, Json]) => sameSet(unitSet(a.lead), unitSet(b.lead));
  return {
    gold: gt.length,
    pred: pt.length,
    matched: pairs.length,
    lead: pairs.filter(leadOk).length,
    due: pairs.filter(([a, b]) => dueOk(a.due, b.due)).length,
    targets_n: withTargets.length,
    targets: withTargets.filter(([a, b]) => targetsKey(a.targets) === targetsKey(b.targets)).length,
    doc_n: 3,
    doc: ['number', 'date', 'signer'].filter((k) => fold(pyStr(gd[k])) === fold(pyStr(pd[k]))).length,
    misses: gt.filter((t) => !matchedG.has(t)).map((t) => [...str(t.text)].slice(0, 90).join('')),
    extras: pt.filter((t) => !matchedP.has(t)).map((t) => [...str(t.text)].slice(0, 90).join('')),
    wrongLead: pairs
      .filter((p) => !leadOk(p))
      .map(([a, b]) => [a.ref ?? null, a.lead ?? null, b.lead ?? null]),
    wrongDue: pairs
      .filter(([a, b]) => !dueOk(a.due, b.due))
      .map(([a, b]) => [a.ref ?? null, a.due ?? null, b.due ?? null]),
  };
}

export const ratio = (a: number, b: number): number => (b ? a / b : 1);

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  lead: number;
  due: number;
  targets: number;
  docfields: number;
}

export function summarize(total: Counts): Summary {
  const p = ratio(total.matched, total.pred);
  const r = ratio(total.matched, total.gold);
  return {
    precision: p,
    recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    lead: ratio(total.lead, total.matched),
    due: ratio(total.due, total.matched),
    targets: ratio(total.targets, total.targets_n),
    docfields: ratio(total.doc, total.doc_n),
  };
}

export function addCounts(scores: Counts[]): Counts {
  const total = Object.fromEntries(COUNTS.map((k) => [k, 0])) as Counts;
  for (const s of scores) for (const k of COUNTS) total[k] += s[k];
  return total;
}
