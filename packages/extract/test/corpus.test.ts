import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { directiveSchema, extractText, normalizeText } from '../src';

const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/dev', import.meta.url));

interface Summary {
  f1: number;
  lead: number;
  due: number;
  targets: number;
  docfields: number;
}

/** The extractor's score on the dev corpus, by the project's own scorer, must not fall below these floors. */
const FLOORS: Summary = { f1: 0.95, lead: 0.9, due: 0.9, targets: 0.9, docfields: 1 };

describe('the dev corpus', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'dondoc-corpus-'));
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

  it('extracts every directive into schema-valid output whose spans point at the task', () => {
    for (const file of files) {
      const text = normalizeText(readFileSync(path.join(CORPUS, file), 'utf8'));
      const result = extractText(text);
      expect(directiveSchema.safeParse(result).success).toBe(true);
      for (const task of result.tasks) {
        const first = task.spans[0]!;
        // the task's first words stand at the start of its first span
        expect(text.slice(first.start, first.end).replace(/\s+/g, ' ')).toContain(
          task.text
            .split(' ')
            .slice(0, 2)
            .join(' ')
            .replace(/^Giao /u, ''),
        );
      }
      writeFileSync(path.join(out, file.replace(/\.txt$/, '.json')), JSON.stringify(result));
    }
  });

  it('keeps its scores at or above the floors', () => {
    const run = spawnSync('python3', [path.join(CORPUS, '..', 'score.py'), CORPUS, out, '--json'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout.split('\n').find((l) => l.startsWith('{'))!).summary as Summary;
    expect(summary.f1).toBeGreaterThanOrEqual(FLOORS.f1);
    expect(summary.lead).toBeGreaterThanOrEqual(FLOORS.lead);
    expect(summary.due).toBeGreaterThanOrEqual(FLOORS.due);
    expect(summary.targets).toBeGreaterThanOrEqual(FLOORS.targets);
    expect(summary.docfields).toBeGreaterThanOrEqual(FLOORS.docfields);
  });
});
