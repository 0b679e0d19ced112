import { Worker } from 'node:worker_threads';
import { type Directive, ExtractError, type ExtractErrorCode } from '@dondoc/extract';
import type { ExtractInput } from './extract-job';
import { type ExtractLimits, LimitError } from './extract-limits';

type Reply =
  | { ok: true; result: Directive & { text: string } }
  | { ok: false; kind: string; code: string; message: string };

const WORKER = new URL('./extract-worker.mjs', import.meta.url);

let running = 0;
const waiting: (() => void)[] = [];

/** A slot among `concurrency` extractions; the caller releases it. */
async function acquire(concurrency: number): Promise<() => void> {
  while (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Workers that finished a job cleanly wait for the next (starting one costs a second). */
const idle: { worker: Worker; memoryMb: number }[] = [];

function takeWorker(memoryMb: number): Worker {
  const index = idle.findIndex((w) => w.memoryMb === memoryMb);
  if (index >= 0) {
    const { worker } = idle.splice(index, 1)[0]!;
    worker.ref();
    return worker;
  }
  return new Worker(WORKER, {
    resourceLimits: {
      maxOldGenerationSizeMb: memoryMb,
      maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)),
    },
  });
}

function giveBack(worker: Worker, memoryMb: number, concurrency: number): void {
  if (idle.length >= concurrency) {
    void worker.terminate();
    return;
  }
  worker.unref(); // an idle worker does not keep the process alive
  idle.push({ worker, memoryMb });
  worker.once('exit', () => {
    const i = idle.findIndex((w) => w.worker === worker);
    if (i >= 0) idle.splice(i, 1);
  });
}

/**
 * Extracts in a worker thread with a heap limit and a deadline: a hostile file (a PDF of ten
 * thousand pages, a zip bomb) costs that thread, which is ended, not the server.
 */
export async function extractInWorker(
  input: ExtractInput,
  limits: ExtractLimits,
): Promise<Directive & { text: string }> {
  const release = await acquire(limits.concurrency);
  try {
    return await new Promise((resolve, reject) => {
      const worker = takeWorker(limits.memoryMb);
      let settled = false;
      const finish = (reusable: boolean, fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (reusable) giveBack(worker, limits.memoryMb, limits.concurrency);
        else void worker.terminate();
        fn();
      };
      const onMessage = (reply: Reply) =>
        finish(reply.ok || reply.kind !== 'Error', () => {
          if (reply.ok) resolve(reply.result);
          else if (reply.kind === 'ExtractError')
            reject(new ExtractError(reply.code as ExtractErrorCode, reply.message));
          else if (reply.kind === 'LimitError')
            reject(new LimitError(reply.code as LimitError['code'], reply.message));
          else reject(new Error(reply.message));
        });
      const onError = (err: Error & { code?: string }) =>
        finish(false, () =>
          reject(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new LimitError(
                  'memory_limit',
                  `Đọc văn bản cần hơn ${limits.memoryMb} MB bộ nhớ nên đã dừng; tệp quá lớn hoặc hỏng, hãy tách thành tệp nhỏ hơn.`,
                )
              : err,
          ),
        );
      const onExit = (code: number) =>
        finish(false, () => reject(new Error(`extraction worker exited with code ${code} before answering`)));
      const timer = setTimeout(
        () =>
          finish(false, () =>
            reject(
              new LimitError(
                'time_limit',
                `Đọc văn bản quá ${Math.round(limits.timeoutMs / 1000)} giây nên đã dừng; tệp quá lớn hoặc quá phức tạp, hãy tách thành tệp nhỏ hơn.`,
              ),
            ),
          ),
        limits.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ input, limits });
    });
  } finally {
    release();
  }
}
