// The worker thread that extracts directives, one job at a time: the server stays free to answer
// others, and the thread's time and heap are bounded (see extract-in-worker.ts).
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractJob } = await import('./extract-job.ts');
parentPort.on('message', async ({ input, limits }) => {
  try {
    parentPort.postMessage({ ok: true, result: await extractJob(input, limits) });
  } catch (err) {
    const known = err && (err.name === 'ExtractError' || err.name === 'LimitError');
    parentPort.postMessage({
      ok: false,
      kind: known ? err.name : 'Error',
      code: known ? err.code : 'internal',
      message: String(err?.message ?? err),
    });
  }
});
