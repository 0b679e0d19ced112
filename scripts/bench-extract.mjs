#!/usr/bin/env node
// npm run bench:extract: milliseconds per document (text input, after warm-up) over the dev corpus,
// median, min and max per document, and throughput in KB/s, on one core. The rounds visit the
// documents in turn, so a burst of load from other processes spreads over all of them instead of
// landing on one; the load average is printed so a reader can tell a busy machine's figures.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loadBefore = load();
const times = docs.map(() => []);
for (let i = 0; i < ROUNDS; i++) {
  docs.forEach((d, k) => {
    const t0 = performance.now();
    extractText(d.text);
    times[k].push(performance.now() - t0);
  });
}
const rows = [];
let totalMs = 0;
let totalBytes = 0;
docs.forEach((d, k) => {
  const sorted = times[k].sort((a, b) => a - b);
  const bytes = Buffer.byteLength(d.text);
  totalMs += sorted.reduce((a, b) => a + b, 0);
  totalBytes += bytes * ROUNDS;
  rows.push({
    document: d.name,
    KB: (bytes / 1024).toFixed(1),
    median_ms: sorted[Math.floor(ROUNDS / 2)].toFixed(2),
    min_ms: sorted[0].toFixed(2),
    max_ms: sorted.at(-1).toFixed(2),
  });
});
console.table(rows);
console.log(
  `throughput: ${(totalBytes / 1024 / (totalMs / 1000)).toFixed(0)} KB/s over ${docs.length} documents × ${ROUNDS} rounds`,
);
console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
