import { describe, expect, it } from 'vitest';
import type { Client, World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import { newWorld, WORLD_TIMEOUT } from '../../test/factories';
import type { Engine } from '../db/database';
import { recomputeOnRuleChange } from '../jobs/recompute-on-rule-change';
import { refreshAllStatuses } from '../jobs/refresh-statuses';

const DIRECTIVE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 20/UBND-TH',
  'V/v thực hiện các nhiệm vụ trọng tâm quý IV năm 2025',
  'Thử Nghiệm, ngày 01 tháng 9 năm 2025',
  'Kính gửi: Các sở, ban, ngành tỉnh.',
  'Ủy ban nhân dân tỉnh chỉ đạo như sau:',
  '1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng đề án chuyển đổi số, hoàn thành trước ngày 30/9/2025.',
  '2. Giao Sở Tài chính chủ trì rà soát định mức chi thường xuyên, hoàn thành trước ngày 15/10/2025.',
  '3. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Ủy ban nhân dân xã An Phú số hóa hồ sơ lưu trữ, hoàn thành trước ngày 31/10/2025.',
  '4. Giao Sở Tài chính báo cáo tình hình giải ngân vốn đầu tư công định kỳ hằng quý.',
  '5. Giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng báo cáo tổng kết, hoàn thành trước ngày 30/11/2025.',
  'Nơi nhận:',
  '- Như trên;',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\n');

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

/** The directive, published on 01/09/2025, and the clients of the people who follow it. */
interface Followed {
  world: World;
  office: Client;
  science: Client;
  finance: Client;
  leader: Client;
  /** Lead assignments by task ref; support5: science's support on task 5. */
  ids: Record<string, number>;
  travel(to: string): Promise<void>;
}

/** A fresh province where the office publishes DIRECTIVE on 01/09/2025. */
async function published(engine: Engine): Promise<Followed> {
  const world = await newWorld(engine);
  const f = { world, ids: {} as Record<string, number> } as Followed;
  f.travel = async (to: string) => {
    world.clock.now = new Date(to);
    f.office = await world.as('vanphong');
    f.science = await world.as('canbo.khcn');
    f.finance = await world.as('canbo.taichinh');
    f.leader = await world.as('lanhdao');
    await refreshAllStatuses(world.database.db, world.clock.now, 7);
  };
  await f.travel('2025-09-01T02:00:00Z');
  const draft = await json(await f.office.post('/api/directives/import', { text: DIRECTIVE }));
  const done = await f.office.post(`/api/directives/${draft.id}/publish`, { version: draft.version });
  expect(done.status).toBe(200);
  const mine = async (who: Client, ref: string, role = 'lead') => {
    const page = await json(await who.get('/api/assignments?pageSize=200'));
    return page.items.find((a: Json) => a.task.ref === ref && a.role === role).id as number;
  };
  for (const ref of ['1', '2', '4', '5']) f.ids[ref] = await mine(ref === '1' ? f.science : f.finance, ref);
  f.ids['3'] = await mine(f.science, '3');
  f.ids.support5 = await mine(f.science, '5', 'support');
  return f;
}

const claim = (who: Client, id: number) =>
  who.post(`/api/assignments/${id}/claim`, {
    narrative: 'Đã hoàn thành.',
    evidence: [{ url: 'https://example.gov.vn/ket-qua' }],
  });
const accept = (f: Followed, id: number) =>
  f.office.post(`/api/assignments/${id}/verification`, { decision: 'accept' });

/** September to January: the quarterly report's third quarter reported, task 1 done on time; back to 20/10/2025. */
async function quarterReported(f: Followed): Promise<void> {
  const { ids } = f;
  await f.travel('2025-09-20T03:00:00Z');
  const report = await f.finance.post(`/api/assignments/${ids['4']}/reports`, {
    percent: 0,
    narrative: 'Giải ngân quý III đạt 62% kế hoạch.',
  });
  expect(report.status).toBe(201);
  expect(await claim(f.science, ids['1']!)).toHaveProperty('status', 200);
  await f.travel('2025-10-02T03:00:00Z');
  expect(await accept(f, ids['1']!)).toHaveProperty('status', 200);
  expect((await json(await f.finance.get(`/api/assignments/${ids['4']}`))).color).toBe('green');
  // the fourth quarter goes unreported
  await f.travel('2026-01-02T03:00:00Z');
  expect((await json(await f.finance.get(`/api/assignments/${ids['4']}`))).color).toBe('red');
  await f.travel('2025-10-20T03:00:00Z');
}

/** Then to 10/12/2025: task 2 done five days late, task 3 handed down and done late, the commune's support cancelled. */
async function followedToDecember(f: Followed): Promise<void> {
  const { ids, world } = f;
  expect(await claim(f.finance, ids['2']!)).toHaveProperty('status', 200); // five days late
  await f.travel('2025-10-21T03:00:00Z');
  expect(await accept(f, ids['2']!)).toHaveProperty('status', 200);
  // the division does the work on task 3; the supporting commune is no longer needed
  const cascade = await f.science.post(`/api/assignments/${ids['3']}/cascade`, {
    unitIds: [world.units.division],
  });
  expect(cascade.status).toBe(201);
  const commune = (
    await world.database.db
      .selectFrom('assignments')
      .select('id')
      .where('unit_id', '=', world.units.communeA)
      .executeTakeFirstOrThrow()
  ).id;
  expect(
    (await f.office.post(`/api/assignments/${commune}/cancel`, { reason: 'Không cần phối hợp.' })).status,
  ).toBe(200);
  await f.travel('2025-12-02T03:00:00Z');
  expect(await claim(f.science, ids['3']!)).toHaveProperty('status', 200);
  await f.travel('2025-12-03T03:00:00Z');
  expect(await accept(f, ids['3']!)).toHaveProperty('status', 200);
  await f.travel('2025-12-10T03:00:00Z');
}

/** The province followed from September to 10/12/2025 (see the description of the suite). */
async function december(engine: Engine): Promise<Followed> {
  const f = await published(engine);
  await quarterReported(f);
  await followedToDecember(f);
  return f;
}

/**
 * The leader's figures over one directive followed from September to December 2025: a task done on
 * time, two done late (October, December), a quarterly report, one overdue, supporting units, a
 * task handed down to a division and a cancelled support. Each test follows the directive as far
 * as it needs, in a province of its own.
 */
describe.each(testEngines())('the dashboard figures on %s', { timeout: WORLD_TIMEOUT }, (engine) => {
  it('#9.8 a quarterly report task is in progress, not green, the day it is assigned', async () => {
    const { finance, ids } = await published(engine);
    const recurring = await json(await finance.get(`/api/assignments/${ids['4']}`));
    expect(recurring).toMatchObject({ percent: 0, color: 'yellow', timeliness: 'open_within_deadline' });
  });

  it('#9.8 the help page states the rules the code applies to ongoing tasks and to the share', async () => {
    const { leader } = await published(engine);
    const help = await (await leader.get('/api/help/status-rules')).text();
    expect(help).not.toMatch(/Xanh\*\* — đã hoàn thành[^\n]*Nhiệm vụ thường xuyên: mọi kỳ/);
    expect(help).toMatch(/chưa qua kỳ báo cáo\s+đầu tiên, là \*\*Vàng\*\*/);
    expect(help).toMatch(
      /Tỷ lệ hoàn thành đúng hạn\*\* = số nhiệm vụ hoàn thành đúng hạn \/ số nhiệm vụ đã đến hạn/,
    );
    expect(help).toMatch(/không tính đơn vị phối hợp/);
  });

  it('#9.8 recomputes statuses stored under older rules once, at start', async () => {
    const { world, finance, ids } = await published(engine);
    await world.database.db
      .updateTable('assignments')
      .set({ status_color: 'green' })
      .where('id', '=', ids['4']!)
      .execute();
    const now = world.clock.now;
    expect(await recomputeOnRuleChange(world.database.db, now, 7)).toBeGreaterThan(0);
    expect((await json(await finance.get(`/api/assignments/${ids['4']}`))).color).toBe('yellow');
    expect(await recomputeOnRuleChange(world.database.db, now, 7)).toBeNull();
  });

  it('#9.8 a quarterly report task turns green once its first quarter was reported in time, red if not', async () => {
    // the colours are checked on the way: green after the third quarter, red once the fourth passed unreported
    await quarterReported(await published(engine));
  });

  it('#9.7 the share done on time counts what is overdue, not only what is finished', async () => {
    // task 2 done five days late, task 3 handed down and done late: the steps are checked on the way
    const { leader } = await december(engine);
    const board = await json(await leader.get('/api/dashboard'));
    expect(board.timeliness).toEqual({
      done_on_time: 1,
      done_late: 2,
      open_within_deadline: 1, // the quarterly report, its third quarter reported
      open_overdue: 1,
    });
    // one done on time out of four done or due: not 1 of 3 finished
    expect(board.onTime).toEqual({ doneOnTime: 1, due: 4 });
    expect(board.onTimeShare).toBe(0.25);
  });

  it('#9.9 every dashboard figure equals the count of the list it opens (lead units only)', async () => {
    const { leader } = await december(engine);
    const board = await json(await leader.get('/api/dashboard'));
    const listed = async (filter: Record<string, string | number>) => {
      const params = new URLSearchParams({ lead: 'true', pageSize: '1' });
      for (const [k, v] of Object.entries(filter)) params.set(k, String(v));
      const res = await leader.get(`/api/assignments?${params}`);
      expect(res.status).toBe(200);
      return (await json(res)).total as number;
    };
    const figures: [number, Record<string, string | number>][] = [
      [board.total, {}],
      ...(['green', 'yellow', 'red'] as const).map((color): [number, Record<string, string>] => [
        board.colors[color],
        { color },
      ]),
      ...Object.entries(board.timeliness).map(([timeliness, n]): [number, Record<string, string>] => [
        n as number,
        { timeliness },
      ]),
      ...board.byUnit.flatMap((u: Json) => [
        [u.total, { unitId: u.id }],
        [u.doneOnTime, { unitId: u.id, timeliness: 'done_on_time' }],
        [u.doneLate, { unitId: u.id, timeliness: 'done_late' }],
        [u.openOverdue, { unitId: u.id, timeliness: 'open_overdue' }],
      ]),
      ...board.byDirective.flatMap((d: Json) => [
        [d.total, { directiveId: d.id }],
        [d.red, { directiveId: d.id, color: 'red' }],
        [d.green, { directiveId: d.id, color: 'green' }],
      ]),
    ];
    for (const [figure, filter] of figures)
      expect({ filter, n: await listed(filter) }).toEqual({ filter, n: figure });
    // supporting units, the division's share and the cancelled support are in the full list only
    const all = await json(await leader.get('/api/assignments?color=red&pageSize=1'));
    expect(all.total).toBeGreaterThan(board.colors.red);
    expect(board.colors).toEqual({ green: 4, yellow: 0, red: 1 });
  });

  it('#9.10 gives every unit its row: assigned, done on time, done late, overdue and the share', async () => {
    const { leader, world } = await december(engine);
    const board = await json(await leader.get('/api/dashboard'));
    const row = (id: number) => board.byUnit.find((u: Json) => u.id === id);
    expect(row(world.units.science)).toMatchObject({
      name: 'Sở Khoa học và Công nghệ',
      total: 2,
      doneOnTime: 1,
      doneLate: 1,
      openOverdue: 0,
      onTimeShare: 0.5,
    });
    expect(row(world.units.finance)).toMatchObject({
      total: 3,
      doneOnTime: 0,
      doneLate: 1,
      openOverdue: 1,
      onTimeShare: 0,
    });
    // the division's share rolls up into the science department's: no row of its own
    expect(row(world.units.division)).toBeUndefined();
  });

  it('#9.11 the trend has every month, a month without completions as zero', async () => {
    const { leader } = await december(engine);
    const board = await json(await leader.get('/api/dashboard'));
    expect(board.trend).toHaveLength(12);
    expect(board.trend.slice(-3)).toEqual([
      { month: '2025-10', onTime: 1, late: 1 },
      { month: '2025-11', onTime: 0, late: 0 },
      { month: '2025-12', onTime: 0, late: 1 },
    ]);
  });
});
