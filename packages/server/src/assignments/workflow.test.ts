import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createWorld, type World } from '../../test/api-harness';
import { testEngines } from '../../test/engines';
import { refreshAllStatuses } from '../jobs/refresh-statuses';
import { runOnce } from '../jobs/run-once';

const DIRECTIVE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH THỬ NGHIỆM',
  'Số: 15/UBND-KGVX',
  'V/v triển khai nhiệm vụ chuyển đổi số năm 2025',
  'Thử Nghiệm, ngày 20 tháng 02 năm 2025',
  'Kính gửi:',
  '- Các sở, ban, ngành tỉnh;',
  '- UBND các xã, phường.',
  'Ủy ban nhân dân tỉnh chỉ đạo như sau:',
  '1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch chuyển đổi số, hoàn thành trước ngày 31/3/2025.',
  '2. Các sở, ban, ngành tỉnh rà soát, số hóa hồ sơ thủ tục hành chính, hoàn thành trong quý II/2025.',
  '3. Sở Ngoại vụ tăng cường hợp tác quốc tế về chuyển đổi số trong năm 2025.',
  'Nơi nhận:',
  '- Như trên;',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Nguyễn Văn An',
].join('\n');

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in tests
type Json = Record<string, any>;
const json = async (res: Response) => (await res.json()) as Json;

describe.each(testEngines())('the assignment workflow on %s', (engine) => {
  let world: World;
  let office: Client;
  let science: Client;
  let finance: Client;
  let directiveId: number;
  let scienceAssignment: number;
  let financeSupport: number;

  /** Moves the clock; sessions last a week, so everyone signs in again. */
  async function travel(to: string) {
    world.clock.now = new Date(to);
    office = await world.as('vanphong');
    science = await world.as('canbo.khcn');
    finance = await world.as('canbo.taichinh');
  }

  beforeAll(async () => {
    world = await createWorld(engine);
    await travel('2025-03-01T02:00:00Z');
  });
  afterAll(async () => {
    await world?.close();
  });

  it('imports pasted text into a draft whose unit names are matched to the directory', async () => {
    const res = await office.post('/api/directives/import', { text: DIRECTIVE });
    expect(res.status).toBe(201);
    const draft = await json(res);
    directiveId = draft.id;
    expect(draft).toMatchObject({ status: 'draft', number: '15/UBND-KGVX', issuedOn: '2025-02-20' });
    expect(draft.tasks).toHaveLength(3);
    expect(draft.tasks[0].lead[0]).toMatchObject({
      name: 'Sở Khoa học và Công nghệ',
      unitId: world.units.science,
    });
    expect(draft.tasks[0].support[0]).toMatchObject({ unitId: world.units.finance });
    expect(draft.tasks[1].lead[0]).toMatchObject({ groupId: world.groups.departments, match: 'group' });
    expect(draft.tasks[2].lead[0]).toMatchObject({ name: 'Sở Ngoại vụ', unitId: null });
  });

  it('refuses to publish while a task has no lead unit from the directory', async () => {
    const draft = await json(await office.get(`/api/directives/${directiveId}`));
    const res = await office.post(`/api/directives/${directiveId}/publish`, { version: draft.version });
    expect(res.status).toBe(422);
    expect((await json(res)).error.message).toMatch(/chưa có đơn vị chủ trì/);
  });

  it('refuses an edit made on a stale version, and keeps the newer one', async () => {
    const draft = await json(await office.get(`/api/directives/${directiveId}`));
    const tasks = draft.tasks.map((t: Json) => ({
      ref: t.ref,
      text: t.text,
      due: t.due,
      lead: t.lead.map((u: Json) => ({
        name: u.name,
        unitId: u.unitId ?? (u.groupId ? null : world.units.finance),
        groupId: u.groupId,
      })),
      support: t.support.map((u: Json) => ({ name: u.name, unitId: u.unitId, groupId: u.groupId })),
    }));
    const ok = await office.patch(`/api/directives/${directiveId}`, {
      version: draft.version,
      tasks,
      programmes: ['Đề án 06'],
    });
    expect(ok.status).toBe(200);
    const stale = await office.patch(`/api/directives/${directiveId}`, {
      version: draft.version,
      subject: 'Ghi đè',
    });
    expect(stale.status).toBe(409);
    const now = await json(await office.get(`/api/directives/${directiveId}`));
    expect(now.subject).toBe('V/v triển khai nhiệm vụ chuyển đổi số năm 2025');
    expect(now.tasks[2].lead[0]).toMatchObject({ unitId: world.units.finance, match: 'chosen' });
  });

  it('publishes one assignment per lead and supporting unit, expanding groups', async () => {
    const draft = await json(await office.get(`/api/directives/${directiveId}`));
    const res = await office.post(`/api/directives/${directiveId}/publish`, { version: draft.version });
    expect(res.status).toBe(200);
    const summary = await json(res);
    // task 1: science (lead) + finance (support); task 2: science + finance (group); task 3: finance
    expect(summary.assignments).toBe(5);
    const mine = await json(await science.get('/api/assignments'));
    expect(mine.items).toHaveLength(2);
    scienceAssignment = mine.items.find((a: Json) => a.task.ref === '1').id;
    const theirs = await json(await finance.get('/api/assignments?q=ke hoach chuyen doi so'));
    financeSupport = theirs.items.find((a: Json) => a.role === 'support').id;
    expect(mine.items.every((a: Json) => a.color === 'yellow')).toBe(true);
  });

  it('lets an officer report progress on its own assignment, not another unit’s', async () => {
    const report = await science.post(`/api/assignments/${scienceAssignment}/reports`, {
      percent: 40,
      narrative: 'Đã xây dựng dự thảo kế hoạch.',
      obstacles: 'Thiếu kinh phí thuê tư vấn.',
    });
    expect(report.status).toBe(201);
    expect((await json(report)).assignment).toMatchObject({ state: 'in_progress', percent: 40 });
    const foreign = await finance.post(`/api/assignments/${scienceAssignment}/reports`, {
      percent: 10,
      narrative: 'x',
    });
    expect(foreign.status).toBe(403);
    const invalid = await science.post(`/api/assignments/${scienceAssignment}/reports`, {
      percent: 150,
      narrative: '',
    });
    expect(invalid.status).toBe(400);
    const body = await json(invalid);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d: Json) => d.path)).toEqual(
      expect.arrayContaining(['percent', 'narrative']),
    );
  });

  it('refuses a claim without evidence, and a claim by a supporting unit', async () => {
    const bare = await science.post(`/api/assignments/${scienceAssignment}/claim`, {
      narrative: 'Xong',
      evidence: [],
    });
    expect(bare.status).toBe(422);
    expect((await json(bare)).error.message).toMatch(/minh chứng/);
    const support = await finance.post(`/api/assignments/${financeSupport}/claim`, {
      narrative: 'Xong',
      evidence: [{ url: 'https://example.gov.vn/ke-hoach' }],
    });
    expect(support.status).toBe(422);
  });

  it('takes a claim with uploaded evidence; only the standing office verifies; a return needs a reason', async () => {
    const upload = await science.upload(
      '/api/files',
      new TextEncoder().encode('Kế hoạch chuyển đổi số đã ban hành.'),
      'ke-hoach.txt',
    );
    expect(upload.status).toBe(201);
    const file = await json(upload);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    const claim = await science.post(`/api/assignments/${scienceAssignment}/claim`, {
      narrative: 'Đã ban hành kế hoạch.',
      evidence: [{ sha256: file.sha256, fileName: 'ke-hoach.txt' }],
    });
    expect(claim.status).toBe(200);
    expect(await json(claim)).toMatchObject({ state: 'claimed', flags: ['awaiting_verification'] });

    expect(
      (await science.post(`/api/assignments/${scienceAssignment}/verification`, { decision: 'accept' }))
        .status,
    ).toBe(403);
    expect(
      (await office.post(`/api/assignments/${scienceAssignment}/verification`, { decision: 'return' }))
        .status,
    ).toBe(400);
    const returned = await office.post(`/api/assignments/${scienceAssignment}/verification`, {
      decision: 'return',
      reason: 'Thiếu quyết định phê duyệt kế hoạch.',
    });
    expect(await json(returned)).toMatchObject({ state: 'in_progress', flags: ['returned'] });
  });

  it('accepts the claim made again in time: green, done on time, even when verified after the due date', async () => {
    await travel('2025-03-30T03:00:00Z');
    await science.post(`/api/assignments/${scienceAssignment}/claim`, {
      narrative: 'Bổ sung quyết định phê duyệt.',
      evidence: [{ url: 'https://example.gov.vn/quyet-dinh' }],
    });
    await travel('2025-04-05T03:00:00Z');
    await refreshAllStatuses(world.database.db, world.clock.now, 7);
    const waiting = await json(await science.get(`/api/assignments/${scienceAssignment}`));
    expect(waiting).toMatchObject({ state: 'claimed', color: 'yellow' });
    const accepted = await json(
      await office.post(`/api/assignments/${scienceAssignment}/verification`, { decision: 'accept' }),
    );
    expect(accepted).toMatchObject({ state: 'done', color: 'green', timeliness: 'done_on_time' });
    expect(accepted.timeline.map((e: Json) => e.kind)).toEqual([
      'report',
      'report',
      'verification',
      'report',
      'verification',
    ]);
    const again = await science.post(`/api/assignments/${scienceAssignment}/reports`, {
      percent: 100,
      narrative: 'x',
    });
    expect(again.status).toBe(422);
  });

  it('turns an open assignment red once its deadline passes, and an approved extension moves the deadline', async () => {
    const list = await json(await finance.get('/api/assignments?q=hop tac quoc te'));
    const id = list.items[0].id;
    await travel('2026-01-02T03:00:00Z');
    await refreshAllStatuses(world.database.db, world.clock.now, 7);
    expect(await json(await finance.get(`/api/assignments/${id}`))).toMatchObject({
      color: 'red',
      timeliness: 'open_overdue',
    });

    const requested = await finance.post(`/api/assignments/${id}/extensions`, {
      requestedDue: '2026-03-31',
      reason: 'Chờ đối tác.',
    });
    expect(requested.status).toBe(201);
    const { extensionId } = await json(requested);
    expect(
      (await finance.post(`/api/extensions/${extensionId}/decision`, { decision: 'approve' })).status,
    ).toBe(403);
    expect(
      (await office.post(`/api/extensions/${extensionId}/decision`, { decision: 'approve', note: 'Đồng ý.' }))
        .status,
    ).toBe(200);
    const moved = await json(await finance.get(`/api/assignments/${id}`));
    expect(moved).toMatchObject({ dueDate: '2026-03-31', originalDueDate: '2025-12-31', color: 'yellow' });
    expect(
      (await office.post(`/api/extensions/${extensionId}/decision`, { decision: 'refuse' })).status,
    ).toBe(422);
  });

  it('hands an assignment down to a division, whose progress rolls up', async () => {
    const mine = await json(await science.get('/api/assignments?q=so hoa ho so'));
    const id = mine.items[0].id;
    const refused = await science.post(`/api/assignments/${id}/cascade`, { unitIds: [world.units.finance] });
    expect(refused.status).toBe(422);
    const cascaded = await science.post(`/api/assignments/${id}/cascade`, {
      unitIds: [world.units.division],
    });
    expect(cascaded.status).toBe(201);
    const [childId] = (await json(cascaded)).created;
    const division = await world.as('canbo.phong');
    expect(
      (
        await division.post(`/api/assignments/${childId}/reports`, {
          percent: 60,
          narrative: 'Đã số hóa 60% hồ sơ.',
        })
      ).status,
    ).toBe(201);
    expect(await json(await science.get(`/api/assignments/${id}`))).toMatchObject({
      percent: 60,
      state: 'in_progress',
    });
  });

  it('refuses a report on a cancelled assignment', async () => {
    const cancel = await office.post(`/api/assignments/${financeSupport}/cancel`, {
      reason: 'Không còn cần phối hợp.',
    });
    expect(cancel.status).toBe(200);
    const report = await finance.post(`/api/assignments/${financeSupport}/reports`, {
      percent: 10,
      narrative: 'x',
    });
    expect(report.status).toBe(422);
    expect((await json(report)).error.message).toMatch(/đã hủy/);
  });

  it('records every change in the audit log, with before and after', async () => {
    const leader = await world.as('lanhdao');
    const audit = await json(await leader.get(`/api/audit?entity=assignment&entityId=${scienceAssignment}`));
    const actions = audit.items.map((e: Json) => e.action).reverse();
    expect(actions).toEqual([
      'assignment.report',
      'assignment.claim',
      'assignment.verification.return',
      'assignment.claim',
      'assignment.verification.accept',
    ]);
    expect(audit.items[0].after).toMatchObject({ state: 'done' });
    expect(audit.items[0].before).toMatchObject({ state: 'claimed' });
    expect((await science.get('/api/audit')).status).toBe(403);
  });

  it('counts by colour and timeliness on the dashboard', async () => {
    const leader = await world.as('lanhdao');
    const board = await json(await leader.get('/api/dashboard'));
    expect(board.timeliness.done_on_time).toBe(1);
    expect(board.total).toBe(4); // lead assignments, the cancelled support one aside
    // one done on time; task 2's two lead assignments are overdue (#9.7: not a share of the finished only)
    expect(board.onTimeShare).toBeCloseTo(1 / 3);
    expect(board.byProgramme).toEqual([expect.objectContaining({ code: 'Đề án 06' })]);
  });

  it('runs a job slot once even when two instances race for it', async () => {
    let runs = 0;
    const job = () => runOnce(world.database.db, 'test-job', '2025-01-01T00', async () => void runs++);
    const results = await Promise.all([job(), job()]);
    expect(results.sort()).toEqual([false, true]);
    expect(runs).toBe(1);
  });
});
