import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExtractError, extractFile } from '@dondoc/extract';

export interface ExtractOptions {
  outDir?: string | undefined;
  pretty: boolean;
}

/**
 * `dondoc extract FILE…`: one NAME.json per input into --out, or stdout for a single file.
 * A file that cannot be read is reported and skipped; the exit code is then 1.
 */
export async function runExtract(files: string[], options: ExtractOptions): Promise<number> {
  if (files.length === 0) {
    console.error('Cần ít nhất một tệp: dondoc extract FILE… [--out DIR] [--pretty]');
    return 1;
  }
  if (files.length > 1 && !options.outDir) {
    console.error('Nhiều tệp cần --out DIR để ghi kết quả.');
    return 1;
  }
  if (options.outDir) mkdirSync(options.outDir, { recursive: true });
  let failures = 0;
  for (const file of files) {
    try {
      const { text: _text, ...result } = await extractFile(readFileSync(file));
      const json = `${JSON.stringify(result, null, options.pretty ? 2 : undefined)}\n`;
      if (options.outDir) {
        writeFileSync(path.join(options.outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.json`), json);
      } else process.stdout.write(json);
    } catch (err) {
      failures++;
      const reason =
        err instanceof ExtractError
          ? `${err.message} [${err.code}]`
          : (err as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'không tìm thấy tệp'
            : `không đọc được tệp (${(err as Error).message})`;
      console.error(`${file}: ${reason}`);
    }
  }
  return failures ? 1 : 0;
}
