/** The scorer's report, line for line as score.py prints it. */
import { fixed3, pyRepr } from './py-repr';

const pyStr = (v: unknown): string => (typeof v === 'string' ? v : pyRepr(v));

import {
  addCounts,
  type Counts,
  type DocumentScore,
  ratio,
  type Summary,
  scoreDocument,
  summarize,
} from './score';

export interface Scored {
  name: string;
  gold: unknown;
  /** The prediction, or why there is no usable one (an exception class name, as Python prints it). */
  pred: unknown;
  unusable?: string;
}

export interface Report {
  lines: string[];
  summary: Summary;
  total: Counts;
  documents: Record<string, DocumentScore>;
}

export function scoreReport(docs: Scored[], options: { verbose?: boolean; json?: boolean } = {}): Report {
  const lines: string[] = [];
  const documents: Record<string, DocumentScore> = {};
  for (const d of [...docs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (d.unusable) lines.push(`${d.name}: no usable prediction (${d.unusable})`);
    const s = scoreDocument(d.gold, d.unusable ? {} : d.pred);
    documents[d.name] = s;
    const p = ratio(s.matched, s.pred);
    const r = ratio(s.matched, s.gold);
    lines.push(
      `${d.name}: gold ${s.gold} pred ${s.pred} matched ${s.matched} P ${fixed3(p)} R ${fixed3(r)} ` +
        `lead ${fixed3(ratio(s.lead, s.matched))} due ${fixed3(ratio(s.due, s.matched))}`,
    );
    if (options.verbose) {
      for (const t of s.misses) lines.push(`   missed: ${t}`);
      for (const t of s.extras) lines.push(`   extra:  ${t}`);
      for (const [ref, g, p_] of s.wrongLead)
        lines.push(`   lead ${pyStr(ref)}: gold ${pyRepr(g)} got ${pyRepr(p_)}`);
      for (const [ref, g, p_] of s.wrongDue)
        lines.push(`   due ${pyStr(ref)}: gold ${pyRepr(g)} got ${pyRepr(p_)}`);
    }
  }
  const total = addCounts(Object.values(documents));
  const summary = summarize(total);
  if (options.json) lines.push(jsonLine(summary, documents));
  lines.push(`tasks P ${fixed3(summary.precision)} R ${fixed3(summary.recall)}`);
  lines.push(
    `tasks F1 ${fixed3(summary.f1)}  lead ${fixed3(summary.lead)}  due ${fixed3(summary.due)}  ` +
      `targets ${fixed3(summary.targets)}  docfields ${fixed3(summary.docfields)}`,
  );
  return { lines, summary, total, documents };
}

/** score.py's --json line: Python's json.dumps separators, floats as Python writes them. */
function jsonLine(summary: Summary, documents: Record<string, DocumentScore>): string {
  const float = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
  const sum = Object.entries(summary)
    .map(([k, v]) => `"${k}": ${float(v)}`)
    .join(', ');
  const keys = ['gold', 'pred', 'matched', 'lead', 'due', 'targets', 'targets_n', 'doc', 'doc_n'] as const;
  const docs = Object.entries(documents)
    .map(([name, s]) => `${JSON.stringify(name)}: {${keys.map((k) => `"${k}": ${s[k]}`).join(', ')}}`)
    .join(', ');
  return `{"summary": {${sum}}, "documents": {${docs}}}`;
}
