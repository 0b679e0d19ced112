#!/usr/bin/env node
// npm run score: extracts every dev-corpus directive and prints score.py's verdict.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { extractText } = await import('../packages/extract/src/index.ts');
const corpus = path.resolve(process.env.CORPUS_DIR ?? '../shared/corpus/dev');
const out =
  process.argv.find((a) => a.startsWith('--out='))?.slice(6) ??
  mkdtempSync(path.join(tmpdir(), 'dondoc-score-'));
mkdirSync(out, { recursive: true });
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
  const result = extractText(readFileSync(path.join(corpus, file), 'utf8'));
  writeFileSync(path.join(out, file.replace(/\.txt$/, '.json')), JSON.stringify(result, null, 2));
}
const scorer = path.join(corpus, '..', 'score.py');
const args = [
  scorer,
  corpus,
  out,
  ...process.argv.slice(2).filter((a) => a.startsWith('--') && !a.startsWith('--out=')),
];
const run = spawnSync('python3', args, { stdio: 'inherit' });
process.exit(run.status ?? 1);
