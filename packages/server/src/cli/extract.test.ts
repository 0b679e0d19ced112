import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/dondoc.mjs', import.meta.url));

function dondoc(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
}

describe('dondoc extract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dondoc-cli-'));
  const letter = path.join(dir, 'cong-van.txt');
  writeFileSync(
    letter,
    'Số: 12/UBND-VX\nKính gửi: Sở Nội vụ\n1. Sở Nội vụ rà soát biên chế, hoàn thành trước ngày 31/3/2025.\n',
  );

  it('prints one file as JSON on stdout', () => {
    const run = dondoc('extract', letter);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.document.number).toBe('12/UBND-VX');
    expect(result.tasks[0]).toMatchObject({ lead: ['Sở Nội vụ'], due: { type: 'date', date: '2025-03-31' } });
  });

  it('writes NAME.json per input into --out and fails, naming the file, on one it cannot read', () => {
    const out = path.join(dir, 'out');
    const empty = path.join(dir, 'rong.txt');
    writeFileSync(empty, '');
    const run = dondoc('extract', letter, empty, path.join(dir, 'khong-co.pdf'), '--out', out, '--pretty');
    expect(run.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(out, 'cong-van.json'), 'utf8')).tasks).toHaveLength(1);
    expect(run.stderr).toContain('rong.txt: Tệp rỗng');
    expect(run.stderr).toContain('khong-co.pdf: không tìm thấy tệp');
  });
});
