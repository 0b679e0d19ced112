import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataLock } from './data-lock';

describe('data folder lock', () => {
  it('refuses a second holder until the first releases', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-lock-'));
    const release = acquireDataLock(dir);
    expect(() => acquireDataLock(dir)).toThrow(/đã được mở/);
    release();
    const again = acquireDataLock(dir);
    again();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-lock-'));
    writeFileSync(path.join(dir, 'dondoc.lock'), '999999999'); // no such pid
    const release = acquireDataLock(dir);
    release();
  });
});
