#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no build step between an edit and a run.
import { register } from 'tsx/esm/api';

register();
const { main, reportFatal } = await import('../src/cli.ts');
try {
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
} catch (err) {
  process.exitCode = reportFatal(err);
}
