import { describe, expect, it } from 'vitest';
import type { DraftTask, UnitRef } from '../../api/schema';
import {
  applyConfident,
  type Draft,
  draftBody,
  draftCounts,
  draftReducer,
  initialDraft,
  splitPoint,
} from './draft';

const unit = (name: string, unitId: number | null, extra: Partial<UnitRef> = {}): UnitRef => ({
  name,
  unitId,
  groupId: null,
  match: unitId ? 'exact' : 'none',
  candidates: [],
  ...extra,
});

const task = (id: number, text: string, extra: Partial<DraftTask> = {}): DraftTask => ({
  id,
  ref: String(id),
  text,
  due: { type: 'none', date: null, label: null, every: null },
  spans: [{ start: id * 100, end: id * 100 + text.length }],
  warnings: [],
  lead: [unit('Sở Y tế', 7)],
  support: [],
  targets: [],
  ...extra,
});

const draftOf = (tasks: DraftTask[]): Draft =>
  initialDraft({
    tasks,
    programmes: [{ code: 'Đề án 06' }],
    number: '12/KH-UBND',
    issuedOn: '2026-01-05',
    subject: 'Kế hoạch',
    issuer: 'UBND tỉnh',
    signer: null,
  });

describe('the review draft reducer', () => {
  it('reads the directive into fields, programmes and tasks', () => {
    const d = draftOf([task(1, 'A')]);
    expect(d.fields).toEqual({
      number: '12/KH-UBND',
      issuedOn: '2026-01-05',
      subject: 'Kế hoạch',
      issuer: 'UBND tỉnh',
      signer: null,
    });
    expect(d.programmes).toEqual(['Đề án 06']);
    expect(d.tasks).toHaveLength(1);
  });

  it('changes one task and leaves the others the same objects (memoised editors skip them)', () => {
    const d = draftOf([task(1, 'A'), task(2, 'B')]);
    const next = draftReducer(d, { type: 'change', index: 1, change: { text: 'B sửa' } });
    expect(next.tasks[1]?.text).toBe('B sửa');
    expect(next.tasks[0]).toBe(d.tasks[0]);
    // the state before is untouched
    expect(d.tasks[1]?.text).toBe('B');
  });

  it('splits a task after its first semicolon; the second half is new, without source spans', () => {
    const d = draftOf([task(1, 'Rà soát hồ sơ; báo cáo kết quả'), task(2, 'Khác')]);
    const next = draftReducer(d, { type: 'split', index: 0, id: -5 });
    expect(next.tasks.map((t) => t.text)).toEqual(['Rà soát hồ sơ;', 'báo cáo kết quả', 'Khác']);
    expect(next.tasks[0]?.id).toBe(1);
    expect(next.tasks[0]?.spans).toEqual(d.tasks[0]?.spans);
    expect(next.tasks[1]).toMatchObject({ id: -5, spans: [], lead: d.tasks[0]?.lead });
  });

  it('splits a task without a semicolon in the middle', () => {
    expect(splitPoint('abcdef')).toBe(3);
    expect(splitPoint('; leading')).toBe(4);
    const next = draftReducer(draftOf([task(1, 'abcdef')]), { type: 'split', index: 0, id: -1 });
    expect(next.tasks.map((t) => t.text)).toEqual(['abc', 'def']);
  });

  it('merges a task with the next: texts joined, spans and targets kept, doubts once each', () => {
    const target = { metric: 'Tỷ lệ hồ sơ', value: 90, unit: '%', by: null };
    const d = draftOf([
      task(1, 'Rà soát', { warnings: ['hạn không rõ'], targets: [target] }),
      task(2, 'báo cáo', { warnings: ['hạn không rõ', 'đơn vị lạ'] }),
      task(3, 'Khác'),
    ]);
    const next = draftReducer(d, { type: 'merge', index: 0 });
    expect(next.tasks).toHaveLength(2);
    expect(next.tasks[0]).toMatchObject({
      id: 1,
      text: 'Rà soát báo cáo',
      spans: [...(d.tasks[0]?.spans ?? []), ...(d.tasks[1]?.spans ?? [])],
      targets: [target],
      warnings: ['hạn không rõ', 'đơn vị lạ'],
    });
    expect(next.tasks[1]?.text).toBe('Khác');
  });

  it('does nothing when merging the last task or splitting one that is not there', () => {
    const d = draftOf([task(1, 'A')]);
    expect(draftReducer(d, { type: 'merge', index: 0 })).toBe(d);
    expect(draftReducer(d, { type: 'split', index: 4, id: -1 })).toBe(d);
  });

  it('removes a task and adds an empty one numbered after the last', () => {
    const d = draftOf([task(1, 'A'), task(2, 'B')]);
    const removed = draftReducer(d, { type: 'remove', index: 0 });
    expect(removed.tasks.map((t) => t.text)).toEqual(['B']);
    const added = draftReducer(removed, { type: 'add', id: -9 });
    expect(added.tasks[1]).toMatchObject({ id: -9, ref: '2', text: '', lead: [], spans: [] });
  });

  it('applies only confident, unambiguous suggestions and marks them so; counts what is left', () => {
    const confident = unit('Sở KH&CN', null, {
      candidates: [
        { unitId: 11, groupId: null, name: 'Sở Khoa học và Công nghệ', score: 0.92 },
        { unitId: 12, groupId: null, name: 'Sở Công Thương', score: 0.3 },
      ],
    });
    const ambiguous = unit('Sở', null, {
      candidates: [
        { unitId: 11, groupId: null, name: 'Sở Khoa học và Công nghệ', score: 0.7 },
        { unitId: 12, groupId: null, name: 'Sở Công Thương', score: 0.66 },
      ],
    });
    const chosen = unit('Sở Y tế', 7);
    const d = draftOf([task(1, 'A', { lead: [confident, chosen], support: [ambiguous] })]);
    const next = draftReducer(d, { type: 'applySuggestions' });
    expect(next.applied).toEqual({ applied: 1, left: 1 });
    expect(next.tasks[0]?.lead[0]).toMatchObject({ unitId: 11, match: 'suggested' });
    expect(next.tasks[0]?.lead[1]).toBe(chosen);
    expect(next.tasks[0]?.support[0]).toBe(ambiguous);
    expect(applyConfident([chosen])).toEqual({ refs: [chosen], applied: 0, left: 0 });
  });

  it('drops the tasks without a lead unit, and counts them and the doubted ones', () => {
    const d = draftOf([
      task(1, 'A'),
      task(2, 'B', { lead: [unit('Phòng lạ', null)], warnings: ['đơn vị lạ'] }),
      task(3, 'C', { lead: [{ ...unit('Các huyện', null), groupId: 4 }] }),
    ]);
    expect(draftCounts(d)).toEqual({ unassigned: 1, doubtful: 1 });
    const next = draftReducer(d, { type: 'dropUnassigned' });
    expect(next.tasks.map((t) => t.text)).toEqual(['A', 'C']);
  });

  it('edits the directive’s fields and programmes', () => {
    const d = draftOf([]);
    const next = draftReducer(draftReducer(d, { type: 'fields', change: { signer: 'Nguyễn Văn A' } }), {
      type: 'programmes',
      programmes: ['Nghị quyết 57'],
    });
    expect(next.fields).toMatchObject({ number: '12/KH-UBND', signer: 'Nguyễn Văn A' });
    expect(next.programmes).toEqual(['Nghị quyết 57']);
  });

  it('sends the tasks as the API takes them: candidates left out, a suggestion marked', () => {
    const suggested = { ...unit('Sở KH&CN', 11), match: 'suggested' };
    const body = draftBody(draftOf([task(1, 'A', { lead: [suggested] })]));
    expect(body).toMatchObject({ number: '12/KH-UBND', programmes: ['Đề án 06'] });
    expect(body.tasks[0]?.lead).toEqual([
      { name: 'Sở KH&CN', unitId: 11, groupId: null, match: 'suggested' },
    ]);
    expect(body.tasks[0]?.support).toEqual([]);
    expect(body.tasks[0]).not.toHaveProperty('id');
  });
});
