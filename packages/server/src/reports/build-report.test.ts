import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import { ctxAs, followDirective } from '../../test/report-world';
import type { Ctx } from '../context';
import { buildReport, type ReportScope } from './build-report';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

/** Reports at past cut-offs of a directive followed from September to December 2025. */

describe.each(testEngines())('the periodic report at a cut-off on %s', (engine) => {
  let world: World;
  let ids: Record<string, number>;
  let leader: Ctx;
  const scope = (): ReportScope => ({ directiveId: ids.directive });

  beforeAll(async () => {
    world = await createWorld(engine);
    ids = await followDirective(world);
    leader = await ctxAs(world, 'lanhdao');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('shows the state of October 14th, not today’s: what was done later is open at it', async () => {
    const report = await buildReport(leader, { period: '2025-10', scope: scope() });
    expect(report.period).toMatchObject({ from: '2025-09-15', to: '2025-10-14', label: 'Tháng 10 năm 2025' });
    expect(report.summary).toMatchObject({
      total: 5,
      doneOnTime: 1,
      doneLate: 0,
      openWithinDeadline: 3,
      // the quarterly report task missed the third quarter; it was cancelled only in November
      openOverdue: 1,
      doneInPeriod: 1,
      assignedInPeriod: 0,
    });
    expect(report.summary.onTimeShare).toBe(0.5);
    const task = (id: number) => report.tasks.find((t) => t.assignmentId === id)!;
    // done on October 21st and November 20th: open at the cut-off, with the progress of that day
    expect(task(ids['2']!)).toMatchObject({
      state: 'in_progress',
      percent: 30,
      timeliness: 'open_within_deadline',
    });
    expect(task(ids['2']!).lastReport).toBe('Đang rà soát.');
    expect(task(ids['3']!)).toMatchObject({
      state: 'assigned',
      percent: 0,
      lastReportAt: null,
      obstacles: '',
    });
    // the deadline moved on November 20th: the old one stood at the cut-off
    expect(task(ids['5']!).dueDate).toBe('2025-11-30');
    expect(task(ids['1']!)).toMatchObject({
      state: 'done',
      timeliness: 'done_on_time',
      obstacles: 'Thiếu kinh phí thuê tư vấn.',
    });
  });

  it('shows November 14th: task 3 overdue with its reason, the cancelled task gone', async () => {
    const report = await buildReport(leader, { period: '2025-11', scope: scope() });
    expect(report.summary).toMatchObject({
      total: 4,
      doneOnTime: 1,
      doneLate: 1,
      openWithinDeadline: 1,
      openOverdue: 1,
    });
    expect(report.tasks.find((t) => t.assignmentId === ids['3'])).toMatchObject({
      state: 'in_progress',
      percent: 60,
      timeliness: 'open_overdue',
      daysLate: 14,
    });
    expect(report.lateUnits).toEqual([
      expect.objectContaining({
        unit: 'Sở Khoa học và Công nghệ',
        openOverdue: 1,
        tasks: [expect.objectContaining({ reason: 'Chờ hướng dẫn của Bộ Nội vụ về định dạng lưu trữ.' })],
      }),
    ]);
    // what changed since October
    expect(report.previous).toMatchObject({ key: '2025-10', total: 5, openOverdue: 1, doneLate: 0 });
    // units ranked by the share done on time
    expect(report.units.map((u) => [u.rank, u.unit, u.onTimeShare])).toEqual([
      [1, 'Sở Khoa học và Công nghệ', 0.5],
      [2, 'Sở Tài chính', 0],
    ]);
  });

  it('agrees with today’s dashboard when the cut-off is today', async () => {
    const report = await buildReport(leader, { from: '2025-09-01', to: '2025-12-01', scope: scope() });
    const dashboard = await json(
      await (await world.as('lanhdao')).get(`/api/dashboard?directiveId=${ids.directive}`),
    );
    expect(report.summary).toMatchObject({
      total: dashboard.total,
      doneOnTime: dashboard.timeliness.done_on_time,
      doneLate: dashboard.timeliness.done_late,
      openWithinDeadline: dashboard.timeliness.open_within_deadline,
      openOverdue: dashboard.timeliness.open_overdue,
    });
    expect(report.summary).toMatchObject({ total: 4, doneOnTime: 1, doneLate: 2, openWithinDeadline: 1 });
  });

  it('narrows to a unit, and an officer sees only their own unit', async () => {
    const finance = await buildReport(leader, {
      period: '2025-10',
      scope: { unitId: world.units.finance },
    });
    expect(finance.scope.label).toBe('Sở Tài chính');
    expect(new Set(finance.tasks.map((t) => t.unit))).toEqual(new Set(['Sở Tài chính']));
    const officer = await buildReport(await ctxAs(world, 'canbo.khcn'), { period: '2025-10', scope: {} });
    expect(new Set(officer.tasks.map((t) => t.unit))).toEqual(new Set(['Sở Khoa học và Công nghệ']));
  });
});
