/** score.py's command line in TypeScript: a folder of NAME.gold.json against a folder of NAME.json. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Scored } from './report';

export function readFolders(goldDir: string, predDir: string): Scored[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as unknown;
      let raw: string;
      try {
        raw = readFileSync(path.join(predDir, `${name}.json`), 'utf8');
      } catch {
        return { name, gold, pred: {}, unusable: 'FileNotFoundError' };
      }
      try {
        return { name, gold, pred: JSON.parse(raw) as unknown };
      } catch {
        return { name, gold, pred: {}, unusable: 'JSONDecodeError' };
      }
    });
}
