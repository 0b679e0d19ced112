#!/usr/bin/env node
// npm run corpus:sync: refreshes the project's corpus (packages/extract/corpus) from ../shared/corpus
// (or CORPUS_SOURCE), file by file, where the source is newer or differs. The project never reads
// ../shared otherwise.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = path.resolve(process.env.CORPUS_SOURCE ?? '../shared/corpus');
const target = fileURLToPath(new URL('../packages/extract/corpus', import.meta.url));
if (!existsSync(source)) {
  console.error(`no corpus at ${source}: nothing to sync`);
  process.exit(1);
}
const same = (a, b) => existsSync(b) && readFileSync(a).equals(readFileSync(b));
let copied = 0;
const copy = (from, to) => {
  if (same(from, to) || (existsSync(to) && statSync(to).mtimeMs > statSync(from).mtimeMs)) return;
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
  copied++;
  console.log(`updated ${path.relative(target, to)}`);
};
copy(path.join(source, 'SCHEMA.md'), path.join(target, 'SCHEMA.md'));
// the reference scorer, which the TypeScript scorer's test runs when python3 is there
copy(path.join(source, 'score.py'), path.join(target, 'score.py'));
for (const set of ['dev', 'next']) {
  const dir = path.join(source, set);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => /\.(txt|gold\.json)$/.test(f))) {
    copy(path.join(dir, f), path.join(target, set, f));
  }
}
console.log(copied ? `${copied} file(s) updated` : 'corpus up to date');
