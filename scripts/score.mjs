#!/usr/bin/env node
// npm run score: extracts every directive of the project's corpus (packages/extract/corpus/dev and next)
// and prints the scorer's verdict per document and in total (the same figures as shared/corpus/score.py).
// Options: --set=dev|next (one folder only), --verbose, --json, --out=DIR (keep the predictions there).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { extractText } = await import('../packages/extract/src/index.ts');
const { readCorpus, CORPUS_SETS } = await import('../packages/extract/scoring/corpus.ts');
const { scoreReport } = await import('../packages/extract/scoring/report.ts');

const option = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const sets = option('set') ? [option('set')] : CORPUS_SETS;
const out = option('out');
const docs = readCorpus(sets).map((d) => ({ ...d, pred: extractText(d.text) }));
if (out) {
  mkdirSync(out, { recursive: true });
  for (const d of docs) writeFileSync(path.join(out, `${d.name}.json`), JSON.stringify(d.pred, null, 2));
}
const flags = { verbose: process.argv.includes('--verbose'), json: process.argv.includes('--json') };
console.log(scoreReport(docs, flags).lines.join('\n'));
if (sets.length > 1) {
  for (const set of sets) {
    const last = scoreReport(docs.filter((d) => d.set === set)).lines.at(-1);
    console.log(`${set} (${docs.filter((d) => d.set === set).length} documents): ${last}`);
  }
}
