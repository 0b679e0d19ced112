import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AppError } from '../errors';
import { acquireDataLock } from './data-lock';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'dondoc-lock-'));
const lockFile = (dir: string) => path.join(dir, 'dondoc.lock');

/** Another process, alive until the test ends. */
async function otherProcess(): Promise<ChildProcess & { pid: number }> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  onTestFinished(() => {
    child.kill();
  });
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return child as ChildProcess & { pid: number };
}

/** The pid of a process that ran and exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected the lock to be refused');
}

describe('data folder lock', () => {
  it('holds the folder with a lock file naming its owner, and removes it on release', () => {
    const dir = freshDir();
    const release = acquireDataLock(dir);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile(dir))).toBe(false);
    release(); // a second release is harmless
  });

  it('refuses a second holder until the first releases', async () => {
    const dir = freshDir();
    // another process (alive) holds the folder
    const owner = await otherProcess();
    writeFileSync(lockFile(dir), String(owner.pid));
    const refused = refusal(() => acquireDataLock(dir));
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'conflict' });
    expect(refused.message).toContain(`đang được tiến trình ${owner.pid} sử dụng`);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(owner.pid)); // its lock is left alone

    // this process holds it: a second open in the same process is refused too
    const other = freshDir();
    const release = acquireDataLock(other);
    expect(refusal(() => acquireDataLock(other))).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/đã được mở trong tiến trình này/),
    });
    release();
    const again = acquireDataLock(other);
    expect(readFileSync(lockFile(other), 'utf8')).toBe(String(process.pid));
    again();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = freshDir();
    const dead = await deadPid();
    writeFileSync(lockFile(dir), String(dead));
    const release = acquireDataLock(dir);
    expect(readFileSync(lockFile(dir), 'utf8')).toBe(String(process.pid));
    // taken over, it guards the folder as any lock does
    expect(() => acquireDataLock(dir)).toThrow(/đã được mở trong tiến trình này/);
    release();
    expect(existsSync(lockFile(dir))).toBe(false);
  });
});
