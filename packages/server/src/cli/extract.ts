import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '@dondoc/extract';

export interface ExtractOptions {
  outDir?: string | undefined;
  pretty: boolean;
}

/** `dondoc extract FILE…`: one NAME.json per input, or stdout for a single file without --out. */
export async function runExtract(files: string[], options: ExtractOptions): Promise<number> {
  if (files.length === 0) {
    console.error('Cần ít nhất một tệp: dondoc extract FILE… [--out DIR] [--pretty]');
    return 1;
  }
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });
  let failures = 0;
  for (const file of files) {
    let buffer: Buffer;
    try {
      buffer = readFileSync(file);
    } catch (err) {
      console.error(`${file}: không đọc được tệp (${(err as NodeJS.ErrnoException).code ?? 'lỗi'})`);
      failures++;
      continue;
    }
    const result = extractText(buffer.toString('utf8'));
    const json = JSON.stringify(result, null, options.pretty ? 2 : undefined);
    if (options.outDir) {
      const name = path.basename(file).replace(/\.[^.]+$/, '');
      writeFileSync(path.join(options.outDir, `${name}.json`), `${json}\n`);
    } else if (files.length === 1) {
      process.stdout.write(`${json}\n`);
    } else {
      console.error('Nhiều tệp cần --out DIR');
      return 1;
    }
  }
  return failures ? 1 : 0;
}
