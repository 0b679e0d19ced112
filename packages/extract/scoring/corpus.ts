/** The project's copy of the directive corpus (corpus/dev and corpus/next: NAME.txt beside NAME.gold.json). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_ROOT = fileURLToPath(new URL('../corpus', import.meta.url));
export const CORPUS_SETS = ['dev', 'next'] as const;

export interface CorpusDocument {
  set: string;
  name: string;
  text: string;
  gold: unknown;
}

export function readCorpus(sets: readonly string[] = CORPUS_SETS, root = CORPUS_ROOT): CorpusDocument[] {
  const docs: CorpusDocument[] = [];
  for (const set of sets) {
    const dir = path.join(root, set);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const name = file.slice(0, -'.gold.json'.length);
      const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
      docs.push({ set, name, text, gold: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) });
    }
  }
  return docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
