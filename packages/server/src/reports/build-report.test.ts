import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import { loadActor } from '../auth/load-actor';
import type { Ctx } from '../context';
import { refreshAllStatuses } from '../jobs/refresh-statuses';
import { buildReport, type ReportScope } from './build-report';

export const REPORT_DIRECTIVE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 21/UBND-TH',
  'V/v thực hiện các nhiệm vụ trọng tâm năm 2025',
  'Thử Nghiệm, ngày 01 tháng 9 năm 2025',
  'Kính gửi: Các sở, ban, ngành tỉnh.',
  'Ủy ban nhân dân tỉnh chỉ đạo như sau:',
  '1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng đề án chuyển đổi số, hoàn thành trước ngày 30/9/2025.',
  '2. Giao Sở Tài chính chủ trì rà soát định mức chi thường xuyên, hoàn thành trước ngày 15/10/2025.',
  '3. Giao Sở Khoa học và Công nghệ chủ trì số hóa hồ sơ lưu trữ, hoàn thành trước ngày 31/10/2025.',
  '4. Giao Sở Tài chính báo cáo tình hình giải ngân vốn đầu tư công định kỳ hằng quý.',
  '5. Giao Sở Tài chính chủ trì xây dựng báo cáo tổng kết, hoàn thành trước ngày 30/11/2025.',
  'Nơi nhận:',
  '- Như trên;',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\n');

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

/**
 * A directive followed from September to December 2025, then reported on at past cut-offs: each
 * report shows the state of its day, rebuilt from the history, not today's.
 */
export async function followDirective(world: World) {
  const ids: Record<string, number> = {};
  const who: Record<string, Client> = {};
  const travel = async (to: string) => {
    world.clock.now = new Date(to);
    who.office = await world.as('vanphong');
    who.science = await world.as('canbo.khcn');
    who.finance = await world.as('canbo.taichinh');
    await refreshAllStatuses(world.database.db, world.clock.now, 7);
  };
  const mine = async (c: Client, ref: string) => {
    const page = await json(await c.get('/api/assignments?pageSize=200'));
    return page.items.find((a: Json) => a.task.ref === ref && a.role === 'lead').id as number;
  };
  const ok = async (res: Promise<Response>) => {
    const r = await res;
    if (r.status >= 300) throw new Error(`${r.status} ${await r.text()}`);
    return r;
  };
  const claim = (c: Client, id: number) =>
    ok(
      c.post(`/api/assignments/${id}/claim`, {
        narrative: 'Đã hoàn thành.',
        evidence: [{ url: 'https://example.gov.vn/kq' }],
      }),
    );
  const accept = (id: number) =>
    ok(who.office!.post(`/api/assignments/${id}/verification`, { decision: 'accept' }));

  await travel('2025-09-01T02:00:00Z');
  const draft = await json(await who.office!.post('/api/directives/import', { text: REPORT_DIRECTIVE }));
  await ok(who.office!.post(`/api/directives/${draft.id}/publish`, { version: draft.version }));
  ids.directive = draft.id;
  for (const ref of ['1', '3']) ids[ref] = await mine(who.science!, ref);
  for (const ref of ['2', '4', '5']) ids[ref] = await mine(who.finance!, ref);

  await travel('2025-09-20T03:00:00Z');
  await ok(
    who.science!.post(`/api/assignments/${ids['1']}/reports`, {
      percent: 50,
      narrative: 'Đã xây dựng dự thảo đề án.',
      obstacles: 'Thiếu kinh phí thuê tư vấn.',
    }),
  );
  await travel('2025-09-25T03:00:00Z');
  await claim(who.science!, ids['1']!);
  await accept(ids['1']!);
  await travel('2025-10-05T03:00:00Z');
  await ok(
    who.finance!.post(`/api/assignments/${ids['2']}/reports`, { percent: 30, narrative: 'Đang rà soát.' }),
  );
  // after the October cut-off (14/10): task 2 done late, task 3 reported with an obstacle
  await travel('2025-10-20T03:00:00Z');
  await claim(who.finance!, ids['2']!);
  await travel('2025-10-21T03:00:00Z');
  await accept(ids['2']!);
  await travel('2025-10-25T03:00:00Z');
  await ok(
    who.science!.post(`/api/assignments/${ids['3']}/reports`, {
      percent: 60,
      narrative: 'Đã số hóa 60% hồ sơ.',
      obstacles: 'Chờ hướng dẫn của Bộ Nội vụ về định dạng lưu trữ.',
    }),
  );
  await travel('2025-11-01T03:00:00Z');
  await ok(
    who.office!.post(`/api/assignments/${ids['4']}/cancel`, {
      reason: 'Đã chuyển sang chế độ báo cáo khác.',
    }),
  );
  // after the November cut-off (14/11): task 3 done late, task 5's deadline moved
  await travel('2025-11-20T03:00:00Z');
  await claim(who.science!, ids['3']!);
  await accept(ids['3']!);
  await ok(
    who.office!.post(`/api/assignments/${ids['5']}/deadline`, {
      dueDate: '2025-12-31',
      decisionRef: '99/UBND-TH',
      decisionDate: '2025-11-20',
      decidedBy: 'Nguyễn Văn An',
    }),
  );
  await travel('2025-12-02T03:00:00Z');
  return ids;
}

export async function ctxAs(world: World, username: string): Promise<Ctx> {
  const user = await world.database.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'unit_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    db: world.database.db,
    actor: await loadActor(world.database.db, user),
    now: () => world.clock.now,
    files: world.files,
    dueSoonDays: 7,
  };
}

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
