#!/usr/bin/env node
// npm run bench:extract: milliseconds per document (text input, after warm-up) over the dev corpus,
// median and max per document, and throughput in KB/s, on one core.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { extractText } = await import('../packages/extract/src/index.ts');
const corpus = process.env.CORPUS_DIR
  ? path.resolve(process.env.CORPUS_DIR)
  : fileURLToPath(new URL('../packages/extract/corpus/dev', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const docs = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(path.join(corpus, f), 'utf8') }));

for (const d of docs) for (let i = 0; i < 5; i++) extractText(d.text); // warm-up: JIT and regex caches

const rows = [];
let totalMs = 0;
let totalBytes = 0;
for (const d of docs) {
  const times = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    extractText(d.text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(d.text);
  totalMs += times.reduce((a, b) => a + b, 0);
  totalBytes += bytes * ROUNDS;
  rows.push({
    document: d.name,
    KB: (bytes / 1024).toFixed(1),
    median_ms: times[Math.floor(ROUNDS / 2)].toFixed(2),
    max_ms: times.at(-1).toFixed(2),
  });
}
console.table(rows);
console.log(
  `throughput: ${(totalBytes / 1024 / (totalMs / 1000)).toFixed(0)} KB/s over ${docs.length} documents × ${ROUNDS} rounds`,
);
